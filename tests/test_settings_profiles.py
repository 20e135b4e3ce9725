"""The production profile passes Django's deployment checks; the embedded one needs no setup."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_duijie(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DUIJIE_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "duijie.cli", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_profile_passes_check_deploy(tmp_path):
    result = run_duijie(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DUIJIE_PRODUCTION="1",
        DUIJIE_SECRET_KEY="x" * 64 + "-not-a-real-production-secret-key-0123456789",
        DUIJIE_ALLOWED_HOSTS="duijie.example.org",
        DUIJIE_DATA_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key(tmp_path):
    result = run_duijie("check", DUIJIE_PRODUCTION="1", DUIJIE_DATA_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DUIJIE_SECRET_KEY must be set in production" in result.stderr


def test_embedded_mode_generates_and_keeps_a_secret_key(tmp_path):
    first = run_duijie("check", DUIJIE_DATA_DIR=str(tmp_path))
    key = (tmp_path / "secret_key").read_text()
    second = run_duijie("check", DUIJIE_DATA_DIR=str(tmp_path))
    assert first.returncode == second.returncode == 0
    assert len(key) > 50
    assert (tmp_path / "secret_key").read_text() == key
    assert oct((tmp_path / "secret_key").stat().st_mode & 0o777) == "0o600"
