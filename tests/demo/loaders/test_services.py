"""The services demo: routing for every category and a dozen requests, loaded idempotently."""

import datetime

import pytest

from duijie.common.models import AuditEvent
from duijie.services.domain.history import request_history
from duijie.services.models import (
    ConsultingRequest,
    RequestCategory,
    RoutingRule,
)
from duijie_demo.loaders.directory import load_departments
from duijie_demo.loaders.services import load_demo
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

TODAY = datetime.date(2026, 3, 16)


def sample_members() -> None:
    """Sample enterprises with English- and Chinese-speaking members."""
    load_departments()
    for index in range(3):
        for language in ("en", "zh-hans"):
            org = OrganisationFactory(is_sample=True, org_type="enterprise")
            user = UserFactory(language=language, email=f"{language}{index}@sample.example")
            MembershipFactory(user=user, organisation=org)


@pytest.fixture
def loaded(db):
    """The demo loaded twice on top of the sample members."""
    sample_members()
    first = load_demo(today=TODAY)
    events = AuditEvent.objects.count()
    second = load_demo(today=TODAY)
    assert AuditEvent.objects.count() == events  # the second run changed nothing
    return first, second


def test_every_category_is_routed(loaded):
    routed = set(RoutingRule.objects.values_list("category__code", flat=True))
    assert routed == set(RequestCategory.objects.values_list("code", flat=True))
    assert loaded[0] == loaded[1] == {"routing_rules": 8, "consulting_requests": 12}


def test_a_dozen_bilingual_requests_in_various_states(loaded):
    requests = ConsultingRequest.objects.filter(is_sample=True)
    assert set(requests.values_list("content_locale", flat=True)) == {"en", "zh-hans"}
    assert set(requests.values_list("status", flat=True)) == {
        "submitted",
        "in_progress",
        "answered",
        "closed",
    }
    transferred = AuditEvent.objects.filter(verb="consulting_request.transferred")
    assert set(transferred.values_list("target_id", flat=True)) <= {str(r.pk) for r in requests}
    assert transferred.count() == 1
    assert requests.filter(rating__isnull=False).count() == 2
    assert requests.filter(internal_notes__isnull=False).distinct().count() == 4
    assert requests.filter(status="submitted", due_on__lt=TODAY).count() == 1  # overdue


def test_requests_come_from_sample_members_in_their_language(loaded):
    for item in ConsultingRequest.objects.filter(is_sample=True).select_related("requester"):
        assert item.requester.memberships.filter(organisation__is_sample=True).exists()
        assert item.requester.language == item.content_locale
        assert item.organisation.is_sample


def test_history_is_dated_back_into_the_story(loaded):
    item = ConsultingRequest.objects.get(demo_key="req-rhq-recognition")
    assert item.created_at.date() == TODAY - datetime.timedelta(days=34)
    dates = [event.created_at.date() for event in request_history(item, internal=True)]
    assert dates == sorted(dates) and dates[0] == item.created_at.date()
    assert item.closed_at.date() == TODAY - datetime.timedelta(days=28)


def test_loading_sends_no_email(db, settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    sample_members()
    load_demo(today=TODAY)
    assert "Subject:" not in capsys.readouterr().out
