"""Event participants' "what we offer / seek" in the reader's language."""

import pytest
from django.urls import reverse

from duijie.events.models import Participant
from duijie.versions.domain.display import shown_text
from duijie.versions.models import ContentVersion
from tests.conftest import login
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

EN = {"offer": "Machine-vision inspection for PCB lines.", "seek": "Pilot factories in Singapore."}


@pytest.fixture
def participant():
    from tests.events.factories import EventFactory

    member = MembershipFactory(user__language="zh-hans").user
    return Participant.objects.create(
        event=EventFactory(),
        user=member,
        organisation=member.memberships.get().organisation,
        offer="面向PCB产线的机器视觉检测。",
        seek="寻找新加坡的试点工厂。",
        content_locale="zh-hans",
    )


def test_the_participant_writes_an_english_version_side_by_side(client, participant):
    login(client, participant.user)
    url = reverse("web:participant_version_edit", args=[participant.pk])
    assert "面向PCB产线的机器视觉检测。" in client.get(url).content.decode()
    assert client.post(url, EN).status_code == 302
    version = ContentVersion.objects.get()
    assert (version.source, version.fields) == ("author", EN)
    shown = shown_text(participant, "en")
    assert (shown.text("offer"), shown.text("seek")) == (EN["offer"], EN["seek"])


def test_an_empty_version_is_refused_and_outsiders_may_not_write(client, participant):
    login(client, participant.user)
    url = reverse("web:participant_version_edit", args=[participant.pk])
    response = client.post(url, {"offer": "", "seek": ""}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "请至少填写版本的一栏。" in response.content.decode()
    assert not ContentVersion.objects.exists()
    login(client, UserFactory())
    assert client.get(url).status_code == 403
