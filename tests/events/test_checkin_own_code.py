"""A participant who scans their own check-in QR code is told to show it at the desk."""

from duijie.events.domain import checkin
from tests.conftest import login


def test_own_code_explains_itself_in_the_participants_language(client, world):
    login(client, world.bob.user)  # bob reads Chinese
    response = client.get(f"/events/checkin/{checkin.checkin_token(world.bob)}/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "这是您本人的签到码：请在签到台出示。" in html
    assert '<html lang="zh-hans">' in html


def test_someone_elses_code_gets_the_general_refusal(client, world):
    login(client, world.alice.user)
    response = client.get(f"/events/checkin/{checkin.checkin_token(world.bob)}/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "show it at the desk" not in html
    assert "You cannot open this page" in html
