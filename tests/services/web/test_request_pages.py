"""Consulting-request pages: permissions on the server, hidden notes, forms, files, Excel."""

import io

import openpyxl
import pytest
from django.core import mail
from django.urls import reverse

from duijie.services.domain import handling
from duijie.services.models import ConsultingRequest, RequestAttachment
from tests.conftest import login
from tests.services.factories import EXE_BYTES, PDF_BYTES, category, upload

NOTE = "Registered capital looks too low; check with finance"
REPLY = "Please send the audited accounts of the parent company."


def detail_url(item) -> str:
    return reverse("web:services_request_detail", args=[item.pk])


@pytest.fixture
def handled(desk, submit):
    """A request with a reply and an internal note."""
    item = submit(subject="Recognition as regional HQ")
    handling.add_internal_note(item, actor=desk.clerk, body=NOTE)
    handling.reply_to_request(item, actor=desk.clerk, body=REPLY, content_locale="en")
    return item


def test_the_requester_sees_the_reply_but_never_the_internal_note(client, desk, handled):
    page = login(client, desk.requester).get(detail_url(handled))
    html = page.content.decode()
    assert page.status_code == 200
    assert REPLY in html
    assert NOTE not in html
    assert "Internal notes" not in html
    assert desk.clerk.full_name not in html  # staff names stay internal too


def test_the_department_sees_the_internal_note_and_the_actions(client, desk, handled):
    html = login(client, desk.clerk).get(detail_url(handled)).content.decode()
    assert NOTE in html and REPLY in html
    assert reverse("web:services_request_transfer", args=[handled.pk]) in html
    assert desk.requester.email in html


@pytest.mark.parametrize("who", ["stranger", "investor_clerk", "operator"])
def test_anyone_else_gets_404(client, desk, handled, who):
    assert login(client, getattr(desk, who)).get(detail_url(handled)).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, handled):
    response = client.get(detail_url(handled))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_requester_posting_a_department_action_gets_403(client, desk, handled):
    login(client, desk.requester)
    for name in ("reply", "note", "close", "assign", "transfer"):
        url = reverse(f"web:services_request_{name}", args=[handled.pk])
        assert client.post(url, {"body": "x", "reason": "x"}).status_code == 403
    handled.refresh_from_db()
    assert handled.status == "answered"
    assert handled.internal_notes.count() == 1


def test_another_department_posting_an_action_gets_404(client, desk, handled):
    url = reverse("web:services_request_close", args=[handled.pk])
    assert login(client, desk.investor_clerk).post(url).status_code == 404


def test_the_list_shows_each_user_only_what_they_may_see(client, desk, submit):
    mine = submit(subject="Mine to see")
    theirs = submit(actor=desk.stranger, subject="Someone else asks")
    elsewhere = submit(actor=desk.stranger, code="site_selection", subject="Office space")
    url = reverse("web:services_request_list")
    html = login(client, desk.requester).get(url).content.decode()
    assert mine.subject in html and theirs.subject not in html
    html = login(client, desk.clerk).get(url).content.decode()
    assert mine.subject in html and theirs.subject in html and elsewhere.subject not in html
    html = login(client, desk.admin).get(url).content.decode()
    assert elsewhere.subject in html


def test_the_list_filters_by_status_and_overdue(client, desk, submit):
    open_item = submit(subject="Still open")
    closed = submit(subject="Already closed")
    handling.close_request(closed, actor=desk.clerk)
    ConsultingRequest.objects.filter(pk=open_item.pk).update(due_on="2020-01-01")
    login(client, desk.clerk)
    url = reverse("web:services_request_list")
    html = client.get(url, {"status": "closed"}).content.decode()
    assert closed.subject in html and open_item.subject not in html
    html = client.get(url, {"overdue": "on"}).content.decode()
    assert open_item.subject in html and closed.subject not in html


def test_the_excel_export_respects_permissions_and_leaves_out_notes(client, desk, handled, submit):
    submit(actor=desk.stranger, code="site_selection", subject="Office space")
    response = login(client, desk.clerk).get(reverse("web:services_request_export"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("编号", "提交时间", "类别", "标题")
    assert [row[3] for row in rows[1:]] == ["Recognition as regional HQ"]
    assert NOTE not in str(rows)


def test_submitting_with_files_through_the_form(client, desk):
    login(client, desk.requester)
    data = {
        "category": category().pk,
        "subject": "Documents for recognition",
        "description": "See the attached plan.",
        "content_locale": "en",
        "attachments": [upload("plan.pdf", PDF_BYTES)],
    }
    response = client.post(reverse("web:services_request_create"), data)
    item = ConsultingRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == detail_url(item)
    assert item.attachments.get().original_name == "plan.pdf"


def test_a_disguised_file_gets_a_field_error_and_nothing_is_saved(client, desk):
    login(client, desk.requester)
    data = {
        "category": category().pk,
        "subject": "Documents for recognition",
        "description": "See the attached plan.",
        "content_locale": "en",
        "attachments": [upload("plan.pdf", EXE_BYTES)],
    }
    response = client.post(reverse("web:services_request_create"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "not a PDF, Word" in form.errors["attachments"][0]
    assert 'value="Documents for recognition"' in response.content.decode()
    assert not ConsultingRequest.objects.exists() and not RequestAttachment.objects.exists()
    assert mail.outbox == []


def test_missing_fields_get_translated_field_errors(client, desk_zh_requester):
    response = desk_zh_requester.post(reverse("web:services_request_create"), {"subject": ""})
    assert "这个字段是必填项。" in response.context["form"].errors["subject"]


@pytest.fixture
def desk_zh_requester(client, desk):
    return login(client, desk.requester_zh)


def test_files_download_only_for_those_who_may_see_the_request(client, desk, submit):
    item = submit(uploads=[upload("plan.pdf", PDF_BYTES)])
    url = reverse("web:services_attachment_download", args=[item.attachments.get().pk])
    response = login(client, desk.requester).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert 'filename="plan.pdf"' in response["Content-Disposition"]
    assert login(client, desk.clerk).get(url).status_code == 200
    assert login(client, desk.stranger).get(url).status_code == 404
    assert login(client, desk.investor_clerk).get(url).status_code == 404


def test_department_actions_through_the_page(client, desk, submit):
    item = submit()
    login(client, desk.clerk)
    client.post(
        reverse("web:services_request_assign", args=[item.pk]), {"assignee": desk.colleague.pk}
    )
    client.post(
        reverse("web:services_request_reply", args=[item.pk]),
        {"body": "Answer", "content_locale": "en"},
    )
    client.post(reverse("web:services_request_close", args=[item.pk]), {"remark": ""})
    item.refresh_from_db()
    assert (item.assignee, item.status) == (desk.colleague, "closed")


def test_an_empty_reply_shows_the_error_on_the_page(client, desk, submit):
    item = submit()
    url = reverse("web:services_request_reply", args=[item.pk])
    response = login(client, desk.clerk).post(url, {"body": "", "content_locale": "en"})
    assert response.status_code == 400
    assert "这个字段是必填项。" in response.content.decode()
    item.refresh_from_db()
    assert item.status == "submitted"


def test_the_rating_form_appears_only_for_the_requester_after_closing(client, desk, submit):
    item = submit()
    rate_url = reverse("web:services_request_rate", args=[item.pk])
    login(client, desk.requester)
    assert rate_url not in client.get(detail_url(item)).content.decode()
    assert client.post(rate_url, {"score": "5"}).status_code == 403
    handling.close_request(item, actor=desk.clerk)
    assert rate_url in client.get(detail_url(item)).content.decode()
    client.post(rate_url, {"score": "4", "comment": "Helpful"})
    again = client.post(rate_url, {"score": "1"}, follow=True)
    assert "You have already rated this request." in again.content.decode()
    item.refresh_from_db()
    assert item.rating.score == 4
    assert rate_url not in client.get(detail_url(item)).content.decode()


def test_the_detail_page_in_chinese_and_english(client, desk, handled):
    login(client, desk.admin)
    desk.admin.language = ""
    desk.admin.save()
    html_zh = client.get(detail_url(handled), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    html_en = client.get(detail_url(handled), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "已答复" in html_zh and "已提交" in html_zh  # status and history kinds
    assert "沟通记录" in html_zh and "内部备注" in html_zh and "跨国公司地区总部认定" in html_zh
    assert "Conversation" in html_en and "Internal notes" in html_en
    assert "Regional-HQ recognition" in html_en


def test_routing_page_is_for_administrators_only(client, desk):
    url = reverse("web:services_routing")
    assert login(client, desk.clerk).get(url).status_code == 403
    assert login(client, desk.operator).get(url).status_code == 403
    assert login(client, desk.admin).get(url).status_code == 200


def test_administrators_change_routing_on_the_page(client, desk):
    url = reverse("web:services_routing_save", args=["regional_hq"])
    login(client, desk.admin)
    data = {
        "regional_hq-department": desk.invest.pk,
        "regional_hq-response_working_days": "3",
        "regional_hq-reminder_working_days": "3",
    }
    response = client.post(url, data)
    assert response.status_code == 400
    assert category().routing_rule.department == desk.commerce
    data["regional_hq-reminder_working_days"] = "1"
    assert client.post(url, data).status_code == 302
    rule = category().routing_rule
    assert (rule.department, rule.response_working_days) == (desk.invest, 3)
    assert login(client, desk.clerk).post(url, data).status_code == 403
