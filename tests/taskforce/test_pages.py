"""Task-force pages: access on the server, forms, exports, public replies, both languages."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from duijie.taskforce.models import ProgressReport, Proposal, WorkItem
from tests.conftest import login
from tests.taskforce.factories import ReplyFactory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"web:{name}", args=args)


def test_anonymous_visitors_are_sent_to_log_in(client, item):
    response = client.get(url("taskforce_item_detail", item.pk))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_board_for_coordinators_and_redirect_for_units(client, people, units, item):
    assert login(client, people["coordinator"]).get(url("taskforce_board")).status_code == 200
    response = login(client, people["lead"]).get(url("taskforce_board"))
    assert response["Location"] == url("taskforce_unit_board", "yp-invest")


@pytest.mark.parametrize("who", ["company", "staff"])
def test_companies_get_403_on_boards_and_lists(client, people, item, who):
    login(client, people[who])
    for name in ("taskforce_board", "taskforce_item_list", "taskforce_proposal_list"):
        assert client.get(url(name)).status_code == 403
    assert client.get(url("taskforce_unit_board", "yp-invest")).status_code == 403


def test_unit_board_shows_own_items_and_refuses_other_units(client, people, units, item):
    response = login(client, people["co"]).get(url("taskforce_unit_board", "yp-science"))
    assert response.status_code == 200
    assert "Advance Sino-Singapore digital cooperation" in response.content.decode()
    assert client.get(url("taskforce_unit_board", "yp-invest")).status_code == 403


@pytest.mark.parametrize("who", ["other", "company", "parent"])
def test_hidden_items_and_proposals_are_404(client, people, item, proposal, who):
    login(client, people[who])
    assert client.get(url("taskforce_item_detail", item.pk)).status_code == 404
    assert client.get(url("taskforce_proposal_detail", proposal.pk)).status_code == 404
    response = client.post(url("taskforce_report_add", item.pk), {"text": "x"})
    assert response.status_code == 404
    assert ProgressReport.objects.count() == 0


def test_list_shows_only_visible_items(client, people, units, item):
    from tests.taskforce.factories import WorkItemFactory

    WorkItemFactory(lead_unit=units["other"], title_en="Secret other unit item")
    content = login(client, people["co"]).get(url("taskforce_item_list")).content.decode()
    assert "Advance Sino-Singapore digital cooperation" in content
    assert "Secret other unit item" not in content


def test_report_with_bad_input_shows_field_errors_and_saves_nothing(client, people, item):
    login(client, people["co"])
    response = client.post(
        url("taskforce_report_add", item.pk),
        {"assessment": "maybe", "text": "", "content_locale": "en", "reported_on": "2999-01-01"},
    )
    assert response.status_code == 400
    errors = response.context["report_form"].errors
    assert set(errors) == {"assessment", "text", "reported_on"}
    assert "This date cannot be in the future." in response.content.decode()
    assert ProgressReport.objects.count() == 0


def test_co_unit_reports_progress(client, people, units, item):
    login(client, people["co"])
    response = client.post(
        url("taskforce_report_add", item.pk),
        {"assessment": "at_risk", "text": "Waiting for the venue.", "content_locale": "en",
         "reported_on": "2024-06-01"},
    )  # fmt: skip
    assert response.status_code == 302
    report = ProgressReport.objects.get()
    assert (report.unit, report.author, report.assessment) == (units["co"], people["co"], "at_risk")


def test_co_unit_cannot_edit_or_complete(client, people, item):
    login(client, people["co"])
    assert client.get(url("taskforce_item_edit", item.pk)).status_code == 403
    assert client.post(url("taskforce_item_complete", item.pk)).status_code == 403
    item.refresh_from_db()
    assert item.done_on is None


def test_coordinator_creates_an_item_and_bad_input_is_kept(client, people, units, item):
    login(client, people["coordinator"])
    data = {
        "workstream": item.workstream.pk, "title_zh": "", "title_en": "", "description": "",
        "content_locale": "en", "lead_unit": units["lead"].pk, "co_units": [units["lead"].pk],
        "start_date": "2024-07-01", "due_date": "2024-06-01", "reporting_period_days": 30,
    }  # fmt: skip
    response = client.post(url("taskforce_item_create"), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"title_zh", "co_units", "due_date"}
    assert WorkItem.objects.count() == 1
    data.update(title_en="Joint CIIE pavilion", co_units=[units["co"].pk], due_date="2024-11-10")
    response = client.post(url("taskforce_item_create"), data)
    created = WorkItem.objects.get(title_en="Joint CIIE pavilion")
    assert response["Location"] == url("taskforce_item_detail", created.pk)
    assert list(created.co_units.all()) == [units["co"]]


def test_lead_unit_cannot_create_items(client, people):
    assert login(client, people["lead"]).get(url("taskforce_item_create")).status_code == 403


def test_work_item_export_opens_with_openpyxl(client, people, item):
    response = login(client, people["co"]).get(url("taskforce_item_export") + "?q=Sino")
    book = load_workbook(io.BytesIO(response.content))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Workstream", "Title", "Lead unit")
    assert len(rows) == 2 and rows[1][1] == "Advance Sino-Singapore digital cooperation"


def test_proposal_export_and_filters(client, people, proposal, units):
    from tests.taskforce.factories import ProposalFactory

    ProposalFactory(lead_unit=units["lead"], subject="关于人才公寓的建议")
    login(client, people["lead"])
    response = client.get(url("taskforce_proposal_export") + "?q=人才")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert [row[4] for row in rows[1:]] == ["关于人才公寓的建议"]
    page = client.get(url("taskforce_proposal_list") + "?q=人才").content.decode()
    assert "关于人才公寓的建议" in page and proposal.subject not in page


def test_public_page_shows_only_current_proactive_replies(client, proposal, units):
    from tests.taskforce.factories import ProposalFactory

    public = ReplyFactory(
        proposal=proposal, status="issued", document_number="杨府〔2024〕20号",
        body="公开答复正文内容",
    )  # fmt: skip
    hidden = {
        "on_request": ReplyFactory(
            proposal=ProposalFactory(lead_unit=units["lead"]), status="issued",
            disclosure="on_request", document_number="杨府〔2024〕21号", body="依申请公开正文",
        ),
        "not_public": ReplyFactory(
            proposal=ProposalFactory(lead_unit=units["lead"]), status="issued",
            disclosure="not_public", document_number="杨府〔2024〕22号", body="不予公开正文",
        ),
        "draft": ReplyFactory(
            proposal=ProposalFactory(lead_unit=units["lead"]), status="draft",
            document_number="杨府〔2024〕23号", body="草稿正文",
        ),
    }  # fmt: skip
    listing = client.get(url("taskforce_public_list")).content.decode()
    assert "杨府〔2024〕20号" in listing
    for number in ("21", "22", "23"):
        assert f"杨府〔2024〕{number}号" not in listing
    detail = client.get(url("taskforce_public_detail", public.pk)).content.decode()
    assert "公开答复正文内容" in detail
    for reply in hidden.values():
        assert client.get(url("taskforce_public_detail", reply.pk)).status_code == 404
        assert client.get(url("taskforce_public_document", reply.pk)).status_code == 404
        assert client.get(url("taskforce_reply_document", reply.pk, "pdf")).status_code == 302
    assert Proposal.objects.count() == 4


def test_internal_documents_are_404_for_outsiders(client, people, proposal):
    reply = ReplyFactory(proposal=proposal, disclosure="not_public")
    login(client, people["company"])
    assert client.get(url("taskforce_reply_document", reply.pk, "docx")).status_code == 404
    assert client.get(url("taskforce_reply_detail", reply.pk)).status_code == 404
    login(client, people["co"])
    response = client.get(url("taskforce_reply_document", reply.pk, "docx"))
    assert response.status_code == 200 and response["Content-Type"].endswith("document")


def test_lead_unit_drafts_and_issues_through_the_pages(client, people, proposal):
    login(client, people["lead"])
    form_page = client.get(url("taskforce_reply_new", proposal.pk))
    assert "您提出的《" in form_page.content.decode()
    data = {
        "document_number": "杨府[2024]5号", "reply_date": "2024-06-10",
        "handling_result": "adopted", "disclosure": "proactive", "body": "答复正文",
        "contact_person": "陈静", "contact_phone": "", "cc": "区政府办公室、区人大",
    }  # fmt: skip
    response = client.post(url("taskforce_reply_new", proposal.pk), data)
    assert "〔〕" in response.context["form"].errors["document_number"][0]
    data["document_number"] = "杨府〔2024〕5号"
    response = client.post(url("taskforce_reply_new", proposal.pk), data)
    reply = proposal.replies.get()
    assert reply.cc == ["区政府办公室", "区人大"]
    client.post(url("taskforce_reply_issue", reply.pk))
    reply.refresh_from_db()
    assert reply.status == "issued"
    assert client.get(url("taskforce_reply_edit", reply.pk)).status_code == 404
    assert client.get(url("taskforce_public_detail", reply.pk)).status_code == 200


def test_pages_in_chinese_and_english(client, people, item):
    login(client, people["coordinator"])
    people["coordinator"].language = "zh-hans"
    people["coordinator"].save()
    chinese = client.get(url("taskforce_item_detail", item.pk)).content.decode()
    assert "推进中新数字经济合作" in chinese and "主办单位" in chinese
    people["coordinator"].language = "en"
    people["coordinator"].save()
    english = client.get(url("taskforce_item_detail", item.pk)).content.decode()
    assert "Advance Sino-Singapore digital cooperation" in english and "Lead unit" in english


def test_public_page_in_both_languages_for_anonymous_visitors(client):
    chinese = client.get(url("taskforce_public_list"), HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "代表建议、政协提案答复公开" in chinese.content.decode()
    english = client.get(url("taskforce_public_list"), HTTP_ACCEPT_LANGUAGE="en")
    assert "Replies to deputies' proposals" in english.content.decode()
