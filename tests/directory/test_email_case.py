"""E-mail addresses ignore case for login and uniqueness; old clashes are reported, not merged."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from duijie.directory.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("duijie.directory.migrations.0002_email_unique_ignoring_case")
PASSWORD = "a long password 2026"


@pytest.mark.parametrize(
    "typed", ["li.wei@example.com", "Li.wei@example.com", "LI.WEI@EXAMPLE.COM"]
)
def test_login_ignores_the_case_of_the_email_address(client, typed):
    user = UserFactory(email="li.wei@example.com")
    user.set_password(PASSWORD)
    user.save()
    response = client.post(reverse("web:login"), {"username": typed, "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_an_address_differing_only_in_case_is_refused():
    UserFactory(email="li.wei@example.com")
    duplicate = User(email="Li.Wei@Example.com", full_name="Other")
    with pytest.raises(ValidationError) as error:
        duplicate.validate_constraints()
    assert error.value.messages == ["该电子邮件地址已注册。"]  # in the default language
    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory(email="LI.WEI@example.com")


def test_the_migration_reports_clashes_grouped_and_changes_nothing():
    emails = ["a@x.org", "B@x.org", "b@x.org", "c@x.org", "A@X.org", "b@X.ORG"]
    assert migration.case_clashes(emails) == {
        "a@x.org": ["A@X.org", "a@x.org"],
        "b@x.org": ["B@x.org", "b@X.ORG", "b@x.org"],
    }
    assert migration.case_clashes(["a@x.org", "b@x.org"]) == {}


def test_the_migration_passes_when_no_address_clashes():
    UserFactory(email="a@x.org")
    UserFactory(email="b@x.org")
    migration.report_clashes(django_apps, None)
