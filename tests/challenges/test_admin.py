import pytest

from tests.conftest import login
from tests.factories import UserFactory


@pytest.mark.parametrize(
    "model", ["challenge", "application", "expert", "ndaacceptance", "milestone"]
)
def test_administrators_open_every_challenge_list(client, challenge, model):
    admin_user = UserFactory(is_staff=True, is_superuser=True)
    login(client, admin_user)
    assert client.get(f"/admin/challenges/{model}/").status_code == 200
    assert client.get(f"/admin/challenges/challenge/{challenge.pk}/change/").status_code == 200
