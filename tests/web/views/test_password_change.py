"""Changing one's own password: the current one is checked, this session stays signed in."""

import pytest
from django.test import Client
from django.urls import reverse

from duijie.common.errors import PermissionDenied
from duijie.common.models.audit import AuditEvent
from duijie.directory.domain import accounts
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OLD, NEW = "an old password 2026", "a brand new passphrase 2027"
URL = "/accounts/password/"


@pytest.fixture
def user(db):
    user = UserFactory(language="en")
    user.set_password(OLD)
    user.save()
    return user


def test_a_new_password_replaces_the_old_one_and_other_sessions_end(client, user):
    other = login(Client(), user)
    login(client, user)
    form = {"old_password": OLD, "new_password1": NEW, "new_password2": NEW}
    response = client.post(URL, form)
    assert response.status_code == 302 and response["Location"] == reverse("web:profile")
    user.refresh_from_db()
    assert user.check_password(NEW) and not user.check_password(OLD)
    assert client.get(reverse("web:me")).status_code == 200
    assert other.get(reverse("web:me")).status_code == 302
    event = AuditEvent.objects.get(verb="user.password_changed")
    assert OLD not in str(event.data) and NEW not in str(event.data)


def test_a_wrong_current_password_changes_nothing(client, user):
    login(client, user)
    form = {"old_password": "wrong", "new_password1": NEW, "new_password2": NEW}
    response = client.post(URL, form, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Your old password was entered incorrectly." in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(OLD)


def test_nobody_changes_another_persons_password(user):
    with pytest.raises(PermissionDenied):
        accounts.change_password(
            user, actor=UserFactory(is_superuser=True), old_password=OLD, new_password=NEW
        )
