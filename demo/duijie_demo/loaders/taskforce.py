"""Load the task force's demo work plan, government users and proposals, idempotently.

Called by `duijie seed-demo`. Rows are found again by stable keys (`demo_key`, emails,
titles), so loading twice changes nothing but dates relative to `today`.

The content is `data/taskforce.json` (fictional, realistic). Dates are offsets in days from
the day the demo is loaded, so the statuses stay varied: some items done, on track, at risk
(late milestone, unit reported at risk), overdue, and not started yet. A proposal's
`received` is (years ago, month, day) or days before today; replies of last year's session
carry last year's document numbers, as real ones would.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from duijie.taskforce.core.letter import build_letter
from duijie.taskforce.models import (
    HandlingStep,
    Milestone,
    ProgressReport,
    Proposal,
    Reply,
    WorkItem,
    Workstream,
)
from duijie_demo.accounts import ensure_user
from duijie_demo.files import read, rows
from duijie_demo.loaders.directory import load_departments

ORDER = 70


@dataclass(frozen=True)
class DemoMilestone:
    title_zh: str
    title_en: str
    due: int
    done: int | None = None


@dataclass(frozen=True)
class DemoReport:
    unit: str
    days_ago: int
    text: str
    locale: str = "zh-hans"
    at_risk: bool = False


@dataclass(frozen=True)
class DemoItem:
    key: str
    stream: str
    title_zh: str
    title_en: str
    description: str
    lead: str
    co: tuple[str, ...]
    start: int
    due: int
    done: int | None = None
    period: int = 30
    milestones: tuple[DemoMilestone, ...] = ()
    reports: tuple[DemoReport, ...] = ()


@dataclass(frozen=True)
class DemoStep:
    unit: str
    kind: str
    days_after_receipt: int
    note: str


@dataclass(frozen=True)
class DemoReply:
    number_code: str
    serial: int
    result: str
    disclosure: str
    days_after_receipt: int
    contact: str
    phone: str
    cc: tuple[str, ...]
    body: str
    issued: bool = True


@dataclass(frozen=True)
class DemoProposal:
    key: str
    kind: str
    session: str
    number: str
    proposers: tuple[str, ...]
    subject: str
    text: str
    received: tuple[int, int, int] | int
    lead: str | None
    co: tuple[str, ...]
    steps: tuple[DemoStep, ...] = ()
    reply: DemoReply | None = None
    feedback: str = ""


def _item(data: dict) -> DemoItem:
    milestones = tuple(DemoMilestone(**row) for row in data.get("milestones", ()))
    reports = tuple(DemoReport(**row) for row in data.get("reports", ()))
    return DemoItem(**{**data, "milestones": milestones, "reports": reports})


def _proposal(data: dict) -> DemoProposal:
    steps = tuple(DemoStep(**row) for row in data.get("steps", ()))
    reply = DemoReply(**data["reply"]) if data.get("reply") else None
    return DemoProposal(**{**data, "steps": steps, "reply": reply})


DATA = read("taskforce")
WORKSTREAMS = rows(DATA["workstreams"], "code", "name_zh", "name_en")
# (email, full name, language, department code, coordinator?)
GOVERNMENT_USERS = rows(
    DATA["government_users"], "email", "full_name", "language", "department", "coordinator"
)
WORK_ITEMS = tuple(_item(row) for row in DATA["work_items"])
PROPOSALS = tuple(_proposal(row) for row in DATA["proposals"])

COORDINATORS_GROUP = "任务组协调人 / Task force coordinators"


def load_demo(*, today: datetime.date | None = None) -> dict[str, int]:
    """Create or refresh the task-force demo rows; returns how many of each there are."""
    today = today or timezone.localdate()
    with transaction.atomic():
        units = load_departments()
        users = load_government_users(units)
        streams = load_workstreams()
        for demo in WORK_ITEMS:
            load_item(demo, streams, units, users, today)
        for demo in PROPOSALS:
            load_proposal(demo, units, users, today)
    return {
        "government_users": len(users),
        "work_items": len(WORK_ITEMS),
        "proposals": len(PROPOSALS),
    }


def coordinators_group() -> Group:
    group, _ = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(
        Permission.objects.get(codename="coordinate_taskforce", content_type__app_label="taskforce")
    )
    return group


def load_government_users(units) -> dict:
    """Demo staff for each unit (the first one listed per unit reports for it)."""
    group = coordinators_group()
    users = {}
    for email, name, language, unit, coordinates in GOVERNMENT_USERS:
        user = ensure_user(email, name, language, department=units[unit])
        if coordinates:
            user.groups.add(group)
        users.setdefault(unit, user)
    return users


def load_workstreams() -> dict[str, Workstream]:
    return {
        code: Workstream.objects.update_or_create(
            code=code, defaults={"name_zh": zh, "name_en": en, "position": position}
        )[0]
        for position, (code, zh, en) in enumerate(WORKSTREAMS)
    }


def _day(today: datetime.date, offset: int | None) -> datetime.date | None:
    return None if offset is None else today + datetime.timedelta(days=offset)


def load_item(demo: DemoItem, streams, units, users, today: datetime.date) -> WorkItem:
    item, _ = WorkItem.objects.update_or_create(
        demo_key=demo.key,
        defaults={
            "workstream": streams[demo.stream],
            "title_zh": demo.title_zh,
            "title_en": demo.title_en,
            "description": demo.description,
            "content_locale": "zh-hans",
            "lead_unit": units[demo.lead],
            "start_date": _day(today, demo.start),
            "due_date": _day(today, demo.due),
            "done_on": _day(today, demo.done),
            "reporting_period_days": demo.period,
        },
    )
    item.co_units.set([units[code] for code in demo.co])
    item.owners.set([users[demo.lead]])
    for milestone in demo.milestones:
        Milestone.objects.update_or_create(
            work_item=item,
            title_zh=milestone.title_zh,
            defaults={
                "title_en": milestone.title_en,
                "due_date": _day(today, milestone.due),
                "done_on": _day(today, milestone.done),
            },
        )
    for report in demo.reports:
        ProgressReport.objects.update_or_create(
            work_item=item,
            unit=units[report.unit],
            text=report.text,
            defaults={
                "author": users.get(report.unit),
                "reported_on": _day(today, report.days_ago),
                "assessment": "at_risk" if report.at_risk else "on_track",
                "content_locale": report.locale,
            },
        )
    return item


def _received(demo: DemoProposal, today: datetime.date) -> datetime.date:
    if isinstance(demo.received, int):
        return today - datetime.timedelta(days=demo.received)
    years_ago, month, day = demo.received
    return datetime.date(today.year - years_ago, month, day)


def load_proposal(demo: DemoProposal, units, users, today: datetime.date) -> Proposal:
    received = _received(demo, today)
    replied = demo.reply is not None and demo.reply.issued
    status = "closed" if demo.feedback else "replied" if replied else "handling"
    proposal, _ = Proposal.objects.update_or_create(
        demo_key=demo.key,
        defaults={
            "kind": demo.kind,
            "session": demo.session,
            "number": demo.number,
            "proposers": list(demo.proposers),
            "subject": demo.subject,
            "text": demo.text,
            "content_locale": "zh-hans",
            "received_on": received,
            "reply_due": received + datetime.timedelta(days=90),
            "lead_unit": units[demo.lead] if demo.lead else None,
            "status": status if demo.lead else "registered",
            "feedback": demo.feedback,
            "feedback_on": received + datetime.timedelta(days=170) if demo.feedback else None,
        },
    )
    proposal.co_units.set([units[code] for code in demo.co])
    for step in demo.steps:
        HandlingStep.objects.update_or_create(
            proposal=proposal,
            unit=units[step.unit],
            note=step.note,
            defaults={
                "kind": step.kind,
                "happened_on": received + datetime.timedelta(days=step.days_after_receipt),
                "content_locale": "zh-hans",
                "author": users.get(step.unit),
            },
        )
    if demo.reply is not None:
        load_reply(proposal, demo, received, users)
    return proposal


def load_reply(proposal: Proposal, demo: DemoProposal, received, users) -> Reply:
    """Version 1 of the demo reply; an issued one keeps its stored documents when reloaded."""
    existing = proposal.replies.filter(version=1).first()
    if existing is not None:
        return existing
    data = demo.reply
    reply_date = received + datetime.timedelta(days=data.days_after_receipt)
    reply = Reply(
        proposal=proposal,
        version=1,
        document_number=f"{data.number_code}〔{reply_date.year}〕{data.serial}号",
        handling_result=data.result,
        disclosure=data.disclosure,
        body=data.body,
        contact_person=data.contact,
        contact_phone=data.phone,
        cc=list(data.cc),
        reply_date=reply_date,
        drafted_by=users.get(demo.lead),
    )
    if data.issued:
        _issue(reply, users.get(demo.lead), reply_date)
    reply.save()
    return reply


def _issue(reply: Reply, issuer, reply_date: datetime.date) -> None:
    from duijie.taskforce.domain.replies import letter_input
    from duijie.taskforce.interfaces.docx import render_docx
    from duijie.taskforce.interfaces.pdf import render_pdf

    reply.status = "issued"
    reply.issued_by = issuer
    reply.issued_at = timezone.make_aware(datetime.datetime.combine(reply_date, datetime.time(10)))
    letter = build_letter(letter_input(reply))
    reply.docx, reply.pdf = render_docx(letter), render_pdf(letter)
