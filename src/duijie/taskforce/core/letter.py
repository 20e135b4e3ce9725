"""The formal reply letter to a deputy's proposal, as structured text (pure Python, no Django).

The DOCX and PDF renderers both lay out the same `Letter`, so the two documents always say
the same thing. Official replies are written in Chinese, in the usual Shanghai layout: the
disclosure attribute and handling result at the top, the document number, the title, the
salutation, the body, the issuing unit and date, then contact person and CC list.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

HANDLING_RESULTS = {
    "adopted": "解决或采纳",
    "in_progress": "正在解决或列入计划",
    "reference": "留作参考",
}
DISCLOSURES = {"proactive": "主动公开", "on_request": "依申请公开", "not_public": "不予公开"}
PROPOSAL_KINDS = {"deputy": "代表建议", "cppcc": "政协提案"}
SALUTATION_SUFFIX = {"deputy": "代表", "cppcc": "委员"}
STEP_KINDS = {
    "contact": "与提出人联系沟通",
    "visit": "上门走访提出人",
    "meeting": "召开座谈会",
    "survey": "开展实地调研",
    "consultation": "与会办单位会商",
    "other": "开展相关工作",
}
DRAFT_MARK = "（草稿，未印发）"


@dataclass(frozen=True)
class LetterInput:
    issuing_unit: str
    document_number: str
    session: str
    proposal_number: str
    proposal_kind: str
    subject: str
    proposers: Sequence[str]
    body: str
    handling_result: str
    disclosure: str
    reply_date: datetime.date
    contact_person: str
    contact_phone: str
    cc: Sequence[str]
    draft: bool = False


@dataclass(frozen=True)
class Letter:
    top_lines: tuple[str, ...]
    document_number: str
    title: str
    salutation: str
    paragraphs: tuple[str, ...]
    signature: str
    date_line: str
    contact_line: str
    cc_line: str


def chinese_date(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def letter_title(data: LetterInput) -> str:
    kind = PROPOSAL_KINDS.get(data.proposal_kind, PROPOSAL_KINDS["deputy"])
    return f"{data.issuing_unit}关于{data.session}第{data.proposal_number}号{kind}的答复"


def salutation(data: LetterInput) -> str:
    suffix = SALUTATION_SUFFIX.get(data.proposal_kind, SALUTATION_SUFFIX["deputy"])
    names = "、".join(name for name in data.proposers if name)
    return f"{names}{suffix}：" if names else f"尊敬的{suffix}："


def body_paragraphs(body: str) -> tuple[str, ...]:
    """Paragraphs of the body: blank lines separate them; single line breaks are kept."""
    blocks = [block.strip() for block in body.replace("\r\n", "\n").split("\n\n")]
    return tuple(block for block in blocks if block)


def build_letter(data: LetterInput) -> Letter:
    """Lay out the reply letter from its facts."""
    result = HANDLING_RESULTS[data.handling_result]
    disclosure = DISCLOSURES[data.disclosure]
    contact = f"联系人：{data.contact_person}"
    if data.contact_phone:
        contact += f"　　联系电话：{data.contact_phone}"
    cc = "、".join(item for item in data.cc if item)
    top = (f"办理结果：{result}", f"公开属性：{disclosure}")
    return Letter(
        top_lines=(DRAFT_MARK, *top) if data.draft else top,
        document_number=data.document_number,
        title=letter_title(data),
        salutation=salutation(data),
        paragraphs=body_paragraphs(data.body),
        signature=data.issuing_unit,
        date_line=chinese_date(data.reply_date),
        contact_line=contact,
        cc_line=f"抄送：{cc}" if cc else "",
    )


def handling_note(day: datetime.date, unit: str, kind: str, note: str) -> str:
    """One handling step as a sentence of the draft (日期，单位 + 动作：说明)."""
    action = STEP_KINDS.get(kind, STEP_KINDS["other"])
    return f"{chinese_date(day)}，{unit}{action}：{note}"


def draft_body(
    *,
    subject: str,
    lead_unit: str,
    co_units: Sequence[str],
    handling_notes: Sequence[str],
) -> str:
    """A first draft of the reply body for the lead unit to edit."""
    opening = f"您提出的《{subject}》收悉。"
    if co_units:
        opening += f"本建议由我单位主办，{'、'.join(co_units)}会办。"
    opening += "经认真研究，并与会办单位沟通协商，现答复如下："
    handling = "一、办理情况\n" + (
        "\n".join(handling_notes) if handling_notes else "（请写明已开展的工作和取得的进展。）"
    )
    next_steps = "二、下一步工作\n（请写明下一步工作安排和时间节点。）"
    closing = f"感谢您对{lead_unit}工作的关心和支持，欢迎继续提出宝贵意见和建议。"
    return "\n\n".join([opening, handling, next_steps, closing])
