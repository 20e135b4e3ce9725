import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from duijie.challenges.domain import decisions
from duijie.challenges.domain.deadlines import remind_due_milestones
from duijie.challenges.domain.lifecycle import start_pitch
from duijie.challenges.models import Application, ApplicationStatus, Challenge, ChallengeStatus
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import Notification
from tests.challenges.conftest import sent_application


@pytest.fixture
def evaluated(challenge, solver, other_solver):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    return challenge, sent_application(challenge, solver), sent_application(challenge, other_solver)


def test_award_to_a_non_shortlisted_application_is_refused(evaluated, owner):
    challenge, first, second = evaluated
    decisions.shortlist(challenge, actor=owner, application_ids=[first.pk])
    with pytest.raises(DomainError) as refused:
        decisions.award(challenge, actor=owner, winner_ids=[second.pk], reason="Cheaper")
    with translation.override("zh-hans"):
        assert str(refused.value.message) == "只有入围的申请才能获奖。"
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.SHORTLIST
    assert dict(Application.objects.values_list("pk", "status")) == {
        first.pk: "shortlisted",
        second.pk: "submitted",
    }
    assert not Notification.objects.exists()


def test_award_needs_reasons_and_tells_every_applicant_in_their_language(evaluated, owner):
    challenge, first, second = evaluated
    decisions.shortlist(challenge, actor=owner, application_ids=[first.pk, second.pk])
    with pytest.raises(DomainError) as refused:
        decisions.award(challenge, actor=owner, winner_ids=[first.pk], reason="")
    assert refused.value.code == "reason"
    decisions.award(
        challenge, actor=owner, winner_ids=[first.pk], reason="最佳技术路线", publish=True
    )
    assert challenge.status == ChallengeStatus.AWARDED and challenge.publish_result
    assert dict(Application.objects.values_list("pk", "status")) == {
        first.pk: "awarded",
        second.pk: "not_selected",
    }
    titles = dict(Notification.objects.values_list("recipient__language", "title"))
    assert titles == {
        "en": f"Your application won: {challenge.title}",
        "zh-hans": f"揭榜结果：{challenge.title}",
    }


def test_shortlist_only_from_submitted_applications(evaluated, owner, solver):
    challenge, first, _second = evaluated
    Application.objects.filter(pk=first.pk).update(status="withdrawn")
    with pytest.raises(DomainError) as refused:
        decisions.shortlist(challenge, actor=owner, application_ids=[first.pk])
    assert refused.value.code == "applications"
    with pytest.raises(PermissionDenied):
        decisions.shortlist(challenge, actor=solver, application_ids=[first.pk])


def test_no_award_closes_with_a_reason(evaluated, owner):
    challenge, first, second = evaluated
    decisions.close_without_award(challenge, actor=owner, reason="None meets the TRL")
    assert challenge.status == ChallengeStatus.NO_AWARD
    assert set(Application.objects.values_list("status", flat=True)) == {"not_selected"}
    assert Notification.objects.count() == 2


def test_delivery_milestones_evidence_and_acceptance(evaluated, owner, solver, other_solver):
    challenge, first, second = evaluated
    decisions.shortlist(challenge, actor=owner, application_ids=[first.pk])
    decisions.award(challenge, actor=owner, winner_ids=[first.pk], reason="Best")
    first.refresh_from_db()
    with pytest.raises(DomainError):
        decisions.add_milestone(
            challenge, actor=owner, application=second, title="x", due_on=timezone.localdate()
        )
    due = timezone.localdate() + datetime.timedelta(days=3)
    milestone = decisions.add_milestone(
        challenge, actor=owner, application=first, title="Prototype", due_on=due
    )
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.DELIVERY
    assert remind_due_milestones(today=timezone.localdate()) == 1
    assert remind_due_milestones(today=timezone.localdate()) == 0  # reminded once
    with pytest.raises(DomainError):
        decisions.finish_delivery(challenge, actor=owner, accept=True)
    with pytest.raises(PermissionDenied):
        decisions.submit_evidence(milestone, actor=other_solver, note="Done")
    report = SimpleUploadedFile("report.png", b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    decisions.submit_evidence(milestone, actor=solver, note="Line test", uploads=[report])
    assert milestone.evidence.get().original_name == "report.png"
    with pytest.raises(DomainError):
        decisions.review_milestone(milestone, actor=owner, accept=False, note="")
    decisions.review_milestone(milestone, actor=owner, accept=True)
    decisions.finish_delivery(challenge, actor=owner, accept=True)
    assert challenge.status == ChallengeStatus.ACCEPTED
    assert first.status == ApplicationStatus.AWARDED


def test_pitch_at_an_event_the_owner_organises_invites_the_shortlisted(evaluated, owner, staff):
    from tests.events.factories import EventFactory

    challenge, first, second = evaluated
    decisions.shortlist(challenge, actor=owner, application_ids=[first.pk])
    someone_elses = EventFactory(status="published")
    with pytest.raises(PermissionDenied):
        start_pitch(challenge, actor=owner, note="10 minutes each", event=someone_elses)
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.SHORTLIST and not Notification.objects.exists()
    own = EventFactory(status="published")
    own.organisers.add(owner)
    start_pitch(challenge, actor=owner, note="10 minutes each", event=own)
    assert challenge.status == ChallengeStatus.PITCH and challenge.pitch_event == own
    [told] = Notification.objects.all()
    assert told.recipient == first.created_by and "10 minutes each" in told.body
    assert own.name_en in told.body
