"""The department's actions: assign, reply, internal note, transfer, close, follow-up."""

import datetime

import pytest
from django.core import mail

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models import AuditEvent
from duijie.services.domain import handling
from duijie.services.domain.history import request_history
from duijie.services.models import ConsultingRequest, InternalNote, RequestMessage


@pytest.fixture
def item(desk, submit):
    created = submit(subject="Capital threshold")
    mail.outbox.clear()
    return created


def kinds(item) -> list[str]:
    return [entry.kind for entry in request_history(item, internal=True)]


def test_assigning_moves_the_request_into_progress_and_tells_the_assignee(desk, item):
    handling.assign_request(item, actor=desk.clerk, assignee=desk.colleague)
    item.refresh_from_db()
    assert (item.status, item.assignee) == ("in_progress", desk.colleague)
    assert [message.to for message in mail.outbox] == [[desk.colleague.email]]
    assert "has been assigned to you" in mail.outbox[0].subject
    assert kinds(item) == ["submitted", "assigned"]


def test_only_staff_of_the_responsible_department_can_be_assigned(desk, item):
    with pytest.raises(DomainError) as refusal:
        handling.assign_request(item, actor=desk.clerk, assignee=desk.investor_clerk)
    assert refusal.value.code == "wrong_department"
    item.refresh_from_db()
    assert item.assignee is None and kinds(item) == ["submitted"]


def test_a_reply_reaches_the_requester_in_their_language(desk, submit):
    item = submit(actor=desk.requester_zh, content_locale="zh-hans")
    mail.outbox.clear()
    handling.reply_to_request(
        item, actor=desk.clerk, body="请准备母公司审计报告。", content_locale="zh-hans"
    )
    item.refresh_from_db()
    assert item.status == "answered" and item.assignee == desk.clerk
    (message,) = mail.outbox
    assert message.to == [desk.requester_zh.email]
    assert message.subject.startswith("您的咨询申请")
    assert "请准备母公司审计报告。" in message.body
    assert "上海市商务委员会已答复您的咨询申请" in message.body


def test_internal_notes_are_saved_but_never_emailed(desk, item):
    note = handling.add_internal_note(item, actor=desk.clerk, body="Check credit record first")
    assert note.department == desk.commerce
    assert mail.outbox == []
    handling.reply_to_request(
        item, actor=desk.clerk, body="Here is the answer.", content_locale="en"
    )
    handling.close_request(item, actor=desk.clerk, remark="Done")
    assert all("credit record" not in message.body for message in mail.outbox)


def test_requesters_cannot_write_internal_notes_or_reply(desk, item):
    with pytest.raises(PermissionDenied):
        handling.add_internal_note(item, actor=desk.requester, body="sneaky")
    with pytest.raises(PermissionDenied):
        handling.reply_to_request(item, actor=desk.requester, body="x", content_locale="en")
    assert not InternalNote.objects.exists() and not RequestMessage.objects.exists()


def test_other_departments_cannot_act_on_the_request(desk, item):
    with pytest.raises(PermissionDenied):
        handling.close_request(item, actor=desk.investor_clerk)
    item.refresh_from_db()
    assert item.status == "submitted"


def test_transfer_needs_a_reason_and_another_department(desk, item):
    with pytest.raises(DomainError):
        handling.transfer_request(item, actor=desk.clerk, department=desk.invest, reason=" ")
    with pytest.raises(DomainError) as refusal:
        handling.transfer_request(item, actor=desk.clerk, department=desk.commerce, reason="x")
    assert refusal.value.code == "same"
    item.refresh_from_db()
    assert item.department == desk.commerce and kinds(item) == ["submitted"]


def test_transfer_restarts_the_deadline_and_notifies_both_sides(desk, item, monkeypatch):
    handling.assign_request(item, actor=desk.clerk, assignee=desk.clerk)
    wednesday = datetime.date(2026, 9, 30)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: wednesday)
    ConsultingRequest.objects.filter(pk=item.pk).update(reminded_at="2026-09-29T09:00Z")
    mail.outbox.clear()
    handling.transfer_request(item, actor=desk.clerk, department=desk.invest, reason="Land use")
    item.refresh_from_db()
    assert (item.department, item.assignee, item.status) == (desk.invest, None, "submitted")
    # Oct 1–7 2026 is the National Day holiday; Sat 10 Oct is a make-up working day.
    assert item.due_on == datetime.date(2026, 10, 13)
    assert item.reminded_at is None
    event = request_history(item, internal=True)[-1]
    assert (event.kind, event.from_department, event.to_department, event.reason) == (
        "transferred",
        desk.commerce,
        desk.invest,
        "Land use",
    )
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([desk.requester.email, desk.investor_clerk.email])


def test_closing_records_the_time_and_blocks_further_handling(desk, item):
    handling.close_request(item, actor=desk.clerk, remark="Answered by phone")
    item.refresh_from_db()
    assert item.status == "closed" and item.closed_at is not None
    assert request_history(item, internal=True)[-1].reason == "Answered by phone"
    assert mail.outbox[0].to == [desk.requester.email]
    with pytest.raises(PermissionDenied):
        handling.reply_to_request(item, actor=desk.clerk, body="late", content_locale="en")
    with pytest.raises(PermissionDenied):
        handling.follow_up_request(item, actor=desk.requester, body="more", content_locale="en")


def test_a_follow_up_sends_an_answered_request_back_to_its_handler(desk, item):
    handling.assign_request(item, actor=desk.clerk, assignee=desk.colleague)
    handling.reply_to_request(item, actor=desk.colleague, body="Answer", content_locale="en")
    mail.outbox.clear()
    handling.follow_up_request(
        item, actor=desk.requester, body="And branches?", content_locale="en"
    )
    item.refresh_from_db()
    assert item.status == "in_progress"
    assert [message.to for message in mail.outbox] == [[desk.colleague.email]]
    assert "And branches?" in mail.outbox[0].body
    assert kinds(item) == ["submitted", "assigned", "replied", "followed_up"]


def test_only_the_requester_can_follow_up(desk, item):
    with pytest.raises(PermissionDenied):
        handling.follow_up_request(item, actor=desk.stranger, body="x", content_locale="en")


def test_every_action_is_audited(desk, item):
    handling.assign_request(item, actor=desk.clerk, assignee=desk.clerk)
    handling.close_request(item, actor=desk.clerk)
    verbs = AuditEvent.objects.filter(target_id=str(item.pk)).values_list("verb", flat=True)
    assert {"consulting_request.assigned", "consulting_request.closed"} <= set(verbs)
