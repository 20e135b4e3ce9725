"""Shared fixtures. Catalogs are compiled once so tests can check Chinese and English pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_messages.py"), "--compile"],
        check=False,
        capture_output=True,
    )


@pytest.fixture(autouse=True)
def _isolated_data(settings, tmp_path):
    """Media and index files of one test never leak into another."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MATCHING_INDEX_DIR = tmp_path / "index"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Argon2 is slow on purpose; tests that check hashing itself set it back."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sectors(db):
    from tests.factories import SectorFactory

    return [
        SectorFactory(
            code="digital_ai", name_zh="数字经济与人工智能", name_en="Digital economy and AI"
        ),
        SectorFactory(
            code="healthcare",
            name_zh="医疗健康与医疗器械",
            name_en="Healthcare and medical devices",
        ),
    ]


@pytest.fixture
def staff_user(db):
    from tests.factories import UserFactory

    return UserFactory(is_staff=True, full_name="Review Staff")


@pytest.fixture
def org_admin(db):
    from tests.factories import MembershipFactory

    return MembershipFactory(role="admin").user


def login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client
