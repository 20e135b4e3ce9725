"""Drafting, issuing and correcting formal replies; the DOCX and PDF documents."""

import datetime
import io

import pytest
from docx import Document
from pypdf import PdfReader

from duijie.common.errors import DomainError, PermissionDenied
from duijie.taskforce.domain import proposals as proposal_domain
from duijie.taskforce.domain import replies
from duijie.taskforce.interfaces import pdf as pdf_module
from duijie.taskforce.interfaces.documents import render_documents
from duijie.taskforce.models import Proposal, Reply

pytestmark = pytest.mark.django_db
REPLY_DATE = datetime.date(2023, 6, 20)


def fields(**changes) -> dict:
    base = {
        "document_number": "杨府〔2023〕20号",
        "handling_result": "in_progress",
        "disclosure": "proactive",
        "body": "您提出的建议收悉。\n\n一、办理情况\n"
        "我区已会同市商务委建立中新合作工作专班。\n\n感谢支持。",
        "contact_person": "陈静",
        "contact_phone": "021-65430000",
        "cc": ["区人大常委会人代联工委"],
        "reply_date": REPLY_DATE,
    }
    return {**base, **changes}


def docx_text(content: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.fixture
def issued(proposal, people):
    draft = replies.draft_reply(proposal, actor=people["lead"], fields=fields())
    return replies.issue_reply(draft, actor=people["lead"], render=render_documents)


def test_issue_stores_docx_with_number_and_result(issued, proposal):
    text = docx_text(bytes(issued.docx))
    assert "杨府〔2023〕20号" in text
    assert "办理结果：正在解决或列入计划" in text
    assert "公开属性：主动公开" in text
    assert f"区十七届人大三次会议第{proposal.number}号代表建议的答复" in text
    assert "王建国、李敏代表：" in text
    assert "抄送：区人大常委会人代联工委" in text
    assert "2023年6月20日" in text


def test_pdf_contains_the_chinese_text(issued):
    text = pdf_text(bytes(issued.pdf)).replace(" ", "").replace("\n", "")
    assert "杨府〔2023〕20号" in text
    assert "办理结果：正在解决或列入计划" in text
    assert "我区已会同市商务委建立中新合作工作专班" in text


def test_issuing_marks_the_proposal_replied(issued, proposal):
    proposal.refresh_from_db()
    assert proposal.status == "replied"
    assert issued.issued_by is not None and issued.issued_at is not None


def test_issued_reply_is_immutable(issued, people):
    with pytest.raises(DomainError) as error:
        replies.update_draft(issued, actor=people["lead"], fields=fields(body="改过的"))
    assert error.value.code == "issued"
    issued.body = "sneaky"
    with pytest.raises(ValueError):
        issued.save()
    assert Reply.objects.get(pk=issued.pk).body.startswith("您提出的建议收悉")
    with pytest.raises(DomainError):
        replies.issue_reply(issued, actor=people["lead"], render=render_documents)


def test_correction_is_a_new_version_and_becomes_current(issued, proposal, people):
    draft = replies.start_correction(issued, actor=people["lead"])
    assert (draft.version, draft.supersedes, draft.status) == (2, issued, "draft")
    replies.update_draft(draft, actor=people["lead"], fields=fields(disclosure="not_public"))
    corrected = replies.issue_reply(draft, actor=people["lead"], render=render_documents)
    assert list(replies.current_replies()) == [corrected]
    assert list(replies.public_replies()) == []  # the old public version is superseded
    issued.refresh_from_db()
    assert issued.status == "issued" and bytes(issued.docx)  # the old record is untouched


def test_only_one_open_draft(proposal, people):
    replies.draft_reply(proposal, actor=people["lead"], fields=fields())
    with pytest.raises(DomainError):
        replies.draft_reply(proposal, actor=people["lead"], fields=fields())


@pytest.mark.parametrize(
    "number", ["杨府[2023]20号", "杨府〔2022〕20号", "杨府〔2023〕020号", "", "杨府〔23〕20号"]
)
def test_bad_document_numbers_are_refused_and_nothing_is_saved(proposal, people, number):
    with pytest.raises(DomainError) as error:
        replies.draft_reply(proposal, actor=people["lead"], fields=fields(document_number=number))
    assert error.value.code == "document_number"
    assert Reply.objects.count() == 0


def test_document_number_cannot_be_reused_by_another_proposal(issued, units, people):
    from tests.taskforce.factories import ProposalFactory

    other = ProposalFactory(lead_unit=units["lead"])
    draft = replies.draft_reply(other, actor=people["lead"], fields=fields())
    with pytest.raises(DomainError):
        replies.issue_reply(draft, actor=people["lead"], render=render_documents)
    draft.refresh_from_db()
    assert draft.status == "draft" and draft.docx is None


@pytest.mark.parametrize("who", ["co", "other", "company", "coordinator"])
def test_only_the_lead_unit_drafts_and_issues(proposal, people, who):
    with pytest.raises(PermissionDenied):
        replies.draft_reply(proposal, actor=people[who], fields=fields())


def test_font_missing_gives_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_module.pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(pdf_module.ChineseFontMissing, match="fonts-wqy-zenhei"):
        pdf_module.register_chinese_font(tmp_path / "missing.ttc")


def test_suggested_body_includes_handling_steps(proposal, people):
    proposal_domain.log_step(
        proposal,
        actor=people["co"],
        kind="visit",
        happened_on=datetime.date(2023, 5, 10),
        note="走访王建国代表，听取意见",
        content_locale="zh-hans",
    )
    body = replies.suggested_body(Proposal.objects.get(pk=proposal.pk))
    assert "2023年5月10日，杨浦区科委上门走访提出人：走访王建国代表，听取意见" in body
    assert "杨浦区科委会办" in body


def test_feedback_needs_an_issued_reply_then_closes(proposal, people, issued):
    closed = proposal_domain.record_feedback(
        Proposal.objects.get(pk=proposal.pk), actor=people["lead"], feedback="satisfied"
    )
    assert (closed.status, closed.feedback) == ("closed", "satisfied")


def test_feedback_before_reply_is_refused(proposal, people):
    with pytest.raises(DomainError):
        proposal_domain.record_feedback(proposal, actor=people["lead"], feedback="satisfied")
