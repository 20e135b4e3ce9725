import pytest
from django.core import mail
from django.urls import reverse

from duijie.common.errors import DomainError, PermissionDenied
from duijie.matching.domain import interest as flow
from duijie.matching.domain.search import match_listing
from duijie.matching.models import ContactTransfer
from tests.conftest import login
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(cross_lingual):
    """The Chinese company expresses interest in the Singapore offer."""
    cn_org = cross_lingual["cn"].memberships.get().organisation
    return flow.express_interest(
        cross_lingual["offer"],
        actor=cross_lingual["cn"],
        organisation=cn_org,
        from_listing=cross_lingual["need"],
        message="我们想了解贵司的检测方案。",
        answers={"timeline": "3m", "partnership": "licensing", "budget_confirmed": True},
    )


def accept_and_consent(sent, cross_lingual, *, consent_sg=True, consent_cn=True):
    flow.accept_interest(sent, actor=cross_lingual["sg"])
    if consent_sg:
        flow.give_contact_consent(sent, actor=cross_lingual["sg"])
    if consent_cn:
        flow.give_contact_consent(sent, actor=cross_lingual["cn"])
    return sent


def test_no_contacts_before_acceptance(sent, cross_lingual):
    assert flow.reveal_contacts(sent, actor=cross_lingual["cn"]) == []
    assert flow.reveal_contacts(sent, actor=cross_lingual["sg"]) == []
    with pytest.raises(PermissionDenied):
        flow.give_contact_consent(sent, actor=cross_lingual["cn"])


def test_contacts_need_both_persons_consent(sent, cross_lingual):
    accept_and_consent(sent, cross_lingual, consent_sg=False)
    assert flow.reveal_contacts(sent, actor=cross_lingual["cn"]) == []
    assert flow.reveal_contacts(sent, actor=cross_lingual["sg"]) == []
    flow.give_contact_consent(sent, actor=cross_lingual["sg"])
    seen_by_sg = flow.reveal_contacts(sent, actor=cross_lingual["sg"])
    assert [c.email for c in seen_by_sg] == [cross_lingual["cn"].email]


def test_disclosures_are_logged_once_with_countries(sent, cross_lingual):
    accept_and_consent(sent, cross_lingual)
    for _ in range(2):
        flow.reveal_contacts(sent, actor=cross_lingual["cn"])
        flow.reveal_contacts(sent, actor=cross_lingual["sg"])
    rows = ContactTransfer.objects.order_by("to_country")
    assert [(r.subject, r.from_country, r.to_country) for r in rows] == [
        (cross_lingual["sg"], "SG", "CN"),
        (cross_lingual["cn"], "CN", "SG"),
    ]
    assert [(y["total"], y["cross_border"]) for y in flow.transfers_by_year()] == [(2, 2)]


def test_only_the_listing_side_answers(sent, cross_lingual):
    with pytest.raises(PermissionDenied):
        flow.accept_interest(sent, actor=cross_lingual["cn"])
    with pytest.raises(PermissionDenied):
        flow.accept_interest(sent, actor=UserFactory())


def test_duplicate_interest_refused(sent, cross_lingual):
    with pytest.raises(DomainError) as error:
        flow.express_interest(
            cross_lingual["offer"],
            actor=cross_lingual["cn"],
            organisation=sent.from_organisation,
            message="again",
            answers={},
        )
    assert error.value.code == "duplicate"


def test_cannot_express_interest_in_own_listing(cross_lingual):
    org = cross_lingual["sg"].memberships.get().organisation
    with pytest.raises(DomainError) as error:
        flow.express_interest(
            cross_lingual["offer"],
            actor=cross_lingual["sg"],
            organisation=org,
            message="x",
            answers={},
        )
    assert error.value.code == "own_listing"


def test_receiver_is_emailed_in_their_language(
    sent, cross_lingual, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        flow.decline_interest(sent, actor=cross_lingual["sg"], reason="not_focus", note="")
    assert [m.to for m in mail.outbox] == [[cross_lingual["cn"].email]]
    assert "拒绝" in mail.outbox[0].subject


def test_declined_pair_is_not_suggested_again(sent, cross_lingual):
    before = [r.listing for r in match_listing(cross_lingual["need"], viewer=cross_lingual["cn"])]
    flow.decline_interest(sent, actor=cross_lingual["sg"], reason="already_solved")
    after = [r.listing for r in match_listing(cross_lingual["need"], viewer=cross_lingual["cn"])]
    assert cross_lingual["offer"] in before
    assert cross_lingual["offer"] not in after


def test_decline_needs_a_known_reason(sent, cross_lingual):
    with pytest.raises(DomainError):
        flow.decline_interest(sent, actor=cross_lingual["sg"], reason="because")
    sent.refresh_from_db()
    assert sent.status == "pending"


def test_interest_page_hidden_from_outsiders_and_contacts_hidden_until_consent(
    client, sent, cross_lingual
):
    url = reverse("web:interest_detail", args=[sent.pk])
    login(client, MembershipFactory().user)
    assert client.get(url).status_code == 404
    login(client, cross_lingual["cn"])
    flow.accept_interest(sent, actor=cross_lingual["sg"])
    assert cross_lingual["sg"].email not in client.get(url).content.decode()
    flow.give_contact_consent(sent, actor=cross_lingual["sg"])
    assert cross_lingual["sg"].email not in client.get(url).content.decode()
    flow.give_contact_consent(sent, actor=cross_lingual["cn"])
    assert cross_lingual["sg"].email in client.get(url).content.decode()


def test_anonymous_listing_reveals_organisation_after_acceptance(client, sent, cross_lingual):
    offer = cross_lingual["offer"]
    offer.visibility = "anonymous"
    offer.save()
    login(client, cross_lingual["cn"])
    url = reverse("web:listing_detail", args=[offer.pk])
    assert "Merlion Vision" not in client.get(url).content.decode()
    flow.accept_interest(sent, actor=cross_lingual["sg"])
    assert "Merlion Vision" in client.get(url).content.decode()
