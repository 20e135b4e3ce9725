"""Likely solvers and experts across languages, from the matching engine."""

import pytest

from duijie.challenges.domain.lifecycle import approve_challenge
from duijie.challenges.domain.recommendations import (
    likely_experts,
    likely_solvers,
    recommend_to_solvers,
)
from duijie.challenges.models import Challenge
from duijie.common.errors import PermissionDenied
from duijie.common.models.notifications import Notification
from duijie.matching.domain.index import reset_engine, store_vectors
from tests.challenges.conftest import sent_application
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def _fresh_engine():
    reset_engine()
    yield
    reset_engine()


@pytest.fixture
def offers(challenge):
    Challenge.objects.filter(pk=challenge.pk).update(
        title="曲面玻璃缺陷视觉检测",
        problem="需要在产线速度下检测曲面玻璃的划痕和气泡。",
        content_locale="zh-hans",
    )
    challenge.refresh_from_db()
    made = {}
    for key, country, org_type, title, text in [
        (
            "vision",
            "SG",
            "enterprise",
            "Machine vision for glass defect inspection",
            "Detects scratches and bubbles on glass panels at line speed with deep learning.",
        ),
        (
            "lab",
            "SG",
            "university",
            "Optical inspection of curved glass surfaces",
            "University lab research on polarised imaging of glass scratches and defects.",
        ),
        (
            "food",
            "SG",
            "enterprise",
            "Plant-based protein fermentation",
            "Precision fermentation for dairy-free proteins.",
        ),
    ]:
        org = OrganisationFactory(country=country, org_type=org_type, name_en=key, name_zh="")
        admin = MembershipFactory(organisation=org, role="admin").user
        listing = ListingFactory(organisation=org, kind="tech_offer", title=title, description=text)
        made[key] = (org, admin, listing)
    store_vectors([listing for _org, _admin, listing in made.values()])
    return made


def test_likely_solvers_across_languages_who_have_not_applied(challenge, owner, offers):
    names = [s.organisation.name_en for s in likely_solvers(challenge, actor=owner)]
    assert names[:2] in (["vision", "lab"], ["lab", "vision"]) and "food" not in names
    sent_application(challenge, offers["vision"][1])
    names = [s.organisation.name_en for s in likely_solvers(challenge, actor=owner)]
    assert "vision" not in names and "lab" in names


def test_researchers_are_suggested_as_experts_to_the_owner_only(challenge, owner, offers, solver):
    [(person, suggestion)] = likely_experts(challenge, actor=owner)
    assert person == offers["lab"][1] and suggestion.organisation.org_type == "university"
    with pytest.raises(PermissionDenied):
        likely_experts(challenge, actor=solver)


def test_publication_tells_likely_solvers(
    challenge, staff, offers, django_capture_on_commit_callbacks
):
    Challenge.objects.filter(pk=challenge.pk).update(status="in_review")
    challenge.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        approve_challenge(challenge, actor=staff)
    told = set(Notification.objects.values_list("recipient__email", flat=True))
    assert told == {offers["vision"][1].email, offers["lab"][1].email}
    assert recommend_to_solvers(challenge) == 2
