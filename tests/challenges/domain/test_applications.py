import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from duijie.challenges.domain import applications
from duijie.challenges.models import (
    Application,
    ApplicationStatus,
    Challenge,
    StoredFile,
)
from duijie.common.errors import DomainError, PermissionDenied
from tests.challenges.conftest import org_of, past

FIELDS = {"approach": "Polarised imaging.", "trl": 5, "content_locale": "en", "budget": 300000}
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="plan.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def apply(challenge, user, **kwargs):
    return applications.start_application(
        challenge, actor=user, organisation=org_of(user), fields=FIELDS, **kwargs
    )


def test_a_draft_is_saved_then_sent_in_the_applicants_language(challenge, solver):
    draft = apply(challenge, solver, uploads=[pdf()])
    assert draft.status == ApplicationStatus.DRAFT and draft.content_locale == "en"
    assert draft.attachments.get().original_name == "plan.pdf"
    applications.update_application(
        draft, actor=solver, fields={"team": "Five engineers"}, submit=True
    )
    assert draft.status == ApplicationStatus.SUBMITTED and draft.submitted_at is not None
    assert draft.team == "Five engineers"


def test_applying_twice_is_refused_in_the_readers_language(challenge, solver):
    apply(challenge, solver, submit=True)
    with pytest.raises(DomainError) as refused:
        apply(challenge, solver)
    with translation.override("zh-hans"):
        assert str(refused.value.message) == "贵机构已申请过该揭榜项目。"
    assert Application.objects.count() == 1


def test_applying_after_the_deadline_is_refused(challenge, solver):
    Challenge.objects.filter(pk=challenge.pk).update(deadline=past())
    challenge.refresh_from_db()
    with pytest.raises(DomainError) as refused:
        apply(challenge, solver)
    assert refused.value.code == "deadline"
    with translation.override("zh-hans"):
        assert str(refused.value.message) == "该揭榜项目已不再接受申请。"
    assert not Application.objects.exists()


def test_a_disguised_attachment_leaves_nothing_behind(challenge, solver, settings):
    fake = SimpleUploadedFile("plan.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    with pytest.raises(DomainError) as refused:
        apply(challenge, solver, uploads=[pdf("ok.pdf"), fake])
    assert refused.value.code == "file_type"
    assert not Application.objects.exists() and not StoredFile.objects.exists()
    private = settings.MEDIA_ROOT / "private"
    assert not private.exists() or not any(private.rglob("*.*"))


def test_eligibility_trl_and_nda_are_checked(challenge, solver):
    Challenge.objects.filter(pk=challenge.pk).update(eligible_countries=["CN"])
    challenge.refresh_from_db()
    with pytest.raises(DomainError) as refused:
        apply(challenge, solver)
    assert refused.value.code == "eligibility"
    Challenge.objects.filter(pk=challenge.pk).update(
        eligible_countries=[], trl_min=6, confidentiality="nda", nda_text="Keep it secret."
    )
    challenge.refresh_from_db()
    with pytest.raises(DomainError) as refused:
        apply(challenge, solver)
    assert refused.value.code == "nda"
    acceptance = applications.accept_nda(challenge, actor=solver)
    assert acceptance.terms == "Keep it secret." and acceptance.organisation == org_of(solver)
    with pytest.raises(DomainError) as refused:
        apply(challenge, solver)
    assert refused.value.code == "trl"
    assert not Application.objects.exists()


def test_withdraw_until_the_deadline_and_apply_again(challenge, solver):
    application = apply(challenge, solver, submit=True)
    applications.withdraw_application(application, actor=solver)
    assert application.status == ApplicationStatus.WITHDRAWN
    applications.reopen_application(application, actor=solver)
    assert application.status == ApplicationStatus.DRAFT
    Challenge.objects.filter(pk=challenge.pk).update(deadline=past())
    application = Application.objects.get(pk=application.pk)
    with pytest.raises(PermissionDenied):
        applications.withdraw_application(application, actor=solver)
    with pytest.raises(PermissionDenied):
        applications.update_application(application, actor=solver, fields={"team": "x"})


def test_only_members_apply_for_their_organisation(challenge, solver, other_solver):
    with pytest.raises(PermissionDenied):
        applications.start_application(
            challenge, actor=other_solver, organisation=org_of(solver), fields=FIELDS
        )
    application = apply(challenge, solver)
    with pytest.raises(PermissionDenied):
        applications.update_application(application, actor=other_solver, fields={"team": "x"})
