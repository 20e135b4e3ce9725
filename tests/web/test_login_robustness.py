"""Issue 13: an over-long login name is a form error, never a database error."""

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db


def test_a_300_character_login_name_is_a_form_error(client):
    name = "a" * 290 + "@x.example"
    response = client.post(
        "/accounts/login/", {"username": name, "password": "whatever"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "at most 254 characters" in response.context["form"].errors["username"][0]
    assert not AccessAttempt.objects.exists()  # never looked up, never logged
