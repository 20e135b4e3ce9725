"""Submitting requests: routing, deadline, attachments (all or nothing), acknowledgements."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail

from duijie.common.errors import DomainError, PermissionDenied
from duijie.services.domain.attachments import MAX_FILE_BYTES
from duijie.services.domain.history import request_history
from duijie.services.models import ConsultingRequest, RequestAttachment, RequestCategory
from tests.factories import OrganisationFactory
from tests.services.factories import (
    DOCX_BYTES,
    EXE_BYTES,
    JPEG_BYTES,
    PDF_BYTES,
    PNG_BYTES,
    XLSX_BYTES,
    upload,
)


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_request_is_routed_to_the_categorys_department_with_a_working_day_deadline(
    desk, submit, monkeypatch
):
    monday = datetime.date(2025, 9, 22)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: monday)
    item = submit()
    assert item.department == desk.commerce
    assert item.status == "submitted"
    # Five working days after Mon 22 Sep 2025: 23, 24, 25, 26, then Sun 28 (make-up day).
    assert item.due_on == datetime.date(2025, 9, 28)
    assert [entry.kind for entry in request_history(item, internal=True)] == ["submitted"]


def test_requester_and_department_are_emailed_each_in_their_language(desk, submit):
    submit(subject="Set-up question")
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {
        desk.requester.email,
        desk.clerk.email,
        desk.colleague.email,
        desk.lead.email,
    }
    assert "We received your request" in by_recipient[desk.requester.email].subject
    assert "新的咨询申请" in by_recipient[desk.clerk.email].subject
    assert "New consulting request" in by_recipient[desk.colleague.email].subject


def test_all_five_allowed_file_types_are_stored_privately(desk, submit):
    files = [
        upload("a.pdf", PDF_BYTES),
        upload("b.docx", DOCX_BYTES),
        upload("c.xlsx", XLSX_BYTES),
        upload("d.png", PNG_BYTES),
        upload("e.JPG", JPEG_BYTES),
    ]
    item = submit(uploads=files)
    names = sorted(item.attachments.values_list("original_name", flat=True))
    assert names == ["a.pdf", "b.docx", "c.xlsx", "d.png", "e.JPG"]
    paths = stored_files()
    assert len(paths) == 5
    assert all("private" in path.parts for path in paths)
    # Random names: the user's file name never reaches the file system.
    assert all(re.fullmatch(r"[0-9a-f]{32}\.(pdf|docx|xlsx|png|jpg)", path.name) for path in paths)
    assert item.attachments.get(original_name="a.pdf").file.read() == PDF_BYTES


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ([upload("report.pdf", EXE_BYTES)], "file_type"),
        ([upload("ok.pdf", PDF_BYTES), upload("photo.pdf", PNG_BYTES)], "file_type"),
        ([upload("big.pdf", PDF_BYTES + b"0" * MAX_FILE_BYTES)], "file_too_big"),
        ([upload("empty.pdf", b"")], "file_empty"),
        ([upload(f"{n}.pdf", PDF_BYTES) for n in range(6)], "too_many_files"),
    ],
)
def test_a_refused_file_leaves_nothing_behind(desk, submit, files, code):
    with pytest.raises(DomainError) as refusal:
        submit(uploads=files)
    assert refusal.value.code == code
    assert ConsultingRequest.objects.count() == 0
    assert RequestAttachment.objects.count() == 0
    assert stored_files() == []
    assert mail.outbox == []


def test_files_already_stored_are_removed_when_saving_fails(desk, submit, monkeypatch):
    from duijie.services.domain import submission

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    original = submission.store_attachments

    def store_then_fail(consulting_request, checked, *, actor, stored):
        original(consulting_request, checked[:1], actor=actor, stored=stored)
        broken()

    monkeypatch.setattr(submission, "store_attachments", store_then_fail)
    with pytest.raises(RuntimeError):
        submit(uploads=[upload("a.pdf", PDF_BYTES), upload("b.pdf", PDF_BYTES)])
    assert ConsultingRequest.objects.count() == 0
    assert stored_files() == []


def test_a_category_without_routing_cannot_be_chosen(desk, submit):
    with pytest.raises(DomainError) as refusal:
        submit(code="talent_visas")
    assert refusal.value.code == "no_route"


def test_a_closed_category_refuses_new_requests(desk, submit):
    RequestCategory.objects.filter(code="regional_hq").update(is_active=False)
    with pytest.raises(DomainError):
        submit()


def test_requests_need_a_subject_and_a_question(desk, submit):
    with pytest.raises(DomainError):
        submit(subject="   ")
    assert ConsultingRequest.objects.count() == 0


def test_only_members_may_ask_on_behalf_of_an_organisation(desk, submit):
    own = desk.requester.memberships.get().organisation
    assert submit(organisation=own).organisation == own
    with pytest.raises(PermissionDenied):
        submit(organisation=OrganisationFactory())


def test_anonymous_visitors_cannot_submit(desk, submit):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        submit(actor=AnonymousUser())
