"""Demo data of company services: routing for every category and a dozen requests.

Requests are created through the domain functions (so history, audit and deadlines are
real) and then dated back to their place in the story. Loading again changes nothing:
existing demo requests are left as they are. Demo emails are kept in memory, not sent.

The content is `data/services.json`. Each step of a request is (kind, days after
submission, *arguments). Replies describe procedure in general terms and quote only the
recognition conditions that the rule file itself carries; they are sample content, not
official answers.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from duijie.common.models import AuditEvent
from duijie.directory.models import Department, Organisation, User
from duijie.services.domain import handling
from duijie.services.domain.deadlines import reply_due_on
from duijie.services.domain.rating import rate_request
from duijie.services.domain.submission import submit_request
from duijie.services.models import (
    ConsultingRequest,
    DepartmentLead,
    InternalNote,
    RequestCategory,
    RequestMessage,
    RoutingRule,
)
from duijie_demo.accounts import ensure_user
from duijie_demo.files import read, rows
from duijie_demo.loaders.directory import load_departments
from duijie_demo.loaders.policies import link_demo_requests

ORDER = 50


@dataclass(frozen=True)
class DemoRequest:
    key: str
    language: str  # the requester's language, and the language the request is written in
    category: str
    days_ago: int
    subject: str
    description: str
    steps: tuple[tuple, ...] = ()


DATA = read("services")
# (category code, department code, working days to reply)
DEMO_ROUTING = rows(DATA["routing"], "category", "department", "reply_days")
# Staff of every routed department (the first is also a foundation demo user, repeated so
# this loader stands on its own), and the leads of their units.
DEMO_STAFF = rows(DATA["staff"], "email", "full_name", "language", "department")
DEMO_LEADS = rows(DATA["leads"], "email", "department")
DEMO_REQUESTS = tuple(DemoRequest(**item) for item in DATA["requests"])

MEMORY_EMAIL = "django.core.mail.backends.locmem.EmailBackend"


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Create the routing rules, demo staff and requests that do not exist yet."""
    with override_settings(EMAIL_BACKEND=MEMORY_EMAIL), transaction.atomic():
        departments = load_departments()
        load_routing(departments)
        load_staff(departments)
        requesters = demo_requesters()
        for item in DEMO_REQUESTS if requesters else ():
            _load_request(item, requesters, today)
    _link_policies()
    total = ConsultingRequest.objects.filter(is_sample=True).count()
    return {"routing_rules": len(DEMO_ROUTING), "consulting_requests": total}


def load_routing(departments: dict[str, Department]) -> None:
    for code, department_code, days in DEMO_ROUTING:
        category = RequestCategory.objects.get(code=code)
        RoutingRule.objects.update_or_create(
            category=category,
            defaults={"department": departments[department_code], "response_working_days": days},
        )


def load_staff(departments: dict[str, Department]) -> None:
    for email, name, language, department_code in DEMO_STAFF:
        ensure_user(email, name, language, department=departments[department_code])
    for email, department_code in DEMO_LEADS:
        user = User.objects.filter(email=email).first()
        if user is not None:
            DepartmentLead.objects.get_or_create(department=departments[department_code], user=user)


def demo_requesters() -> dict[str, list[User]]:
    """Members of sample enterprises by language, in a fixed order (by email)."""
    people = User.objects.filter(
        memberships__organisation__is_sample=True,
        memberships__organisation__org_type="enterprise",
        is_active=True,
    ).distinct()
    by_language = {
        language: list(people.filter(language=language).order_by("email"))
        for language in ("en", "zh-hans")
    }
    return by_language if all(by_language.values()) else {}


def _organisation_of(user: User) -> Organisation | None:
    membership = user.memberships.filter(organisation__is_sample=True).order_by("pk").first()
    return membership.organisation if membership else None


def _load_request(item: DemoRequest, requesters: dict[str, list[User]], today) -> None:
    if ConsultingRequest.objects.filter(demo_key=item.key).exists():
        return
    index = DEMO_REQUESTS.index(item)
    people = requesters[item.language]
    requester = people[index % len(people)]
    submitted_at = _at(today - datetime.timedelta(days=item.days_ago))
    consulting_request = _stamped(
        submitted_at,
        lambda: submit_request(
            actor=requester,
            category=RequestCategory.objects.get(code=item.category),
            organisation=_organisation_of(requester),
            subject=item.subject,
            description=item.description,
            content_locale=item.language,
        ),
    )
    ConsultingRequest.objects.filter(pk=consulting_request.pk).update(
        created_at=submitted_at, is_sample=True, demo_key=item.key
    )
    _restart_due(consulting_request, submitted_at)
    for step in item.steps:
        _run_step(consulting_request, step, submitted_at, requester)


def _at(day: datetime.date, hour: int = 9) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 30)))


def _stamped(when: datetime.datetime, action):
    """Run a domain action, then date the history, messages and notes it wrote to `when`."""
    marks = {model: _last_pk(model) for model in (AuditEvent, RequestMessage, InternalNote)}
    result = action()
    for model, last in marks.items():
        model.objects.filter(pk__gt=last).update(created_at=when)
    return result


def _last_pk(model) -> int:
    return model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _restart_due(consulting_request: ConsultingRequest, when: datetime.datetime) -> None:
    rule = RoutingRule.objects.filter(category_id=consulting_request.category_id).first()
    due = reply_due_on(when.date(), rule)
    ConsultingRequest.objects.filter(pk=consulting_request.pk).update(due_on=due)


def _handler(consulting_request: ConsultingRequest) -> User:
    consulting_request.refresh_from_db()
    staff = User.objects.filter(department_id=consulting_request.department_id, is_active=True)
    return consulting_request.assignee or staff.order_by("email").first()


def _run_step(consulting_request, step: tuple, submitted_at, requester: User) -> None:
    kind, after_days, *args = step
    when = submitted_at + datetime.timedelta(days=after_days, hours=2)
    action = STEPS[kind]
    _stamped(when, lambda: action(consulting_request, requester, *args))
    if kind in {"transfer", "follow_up"}:
        _restart_due(consulting_request, when)
    if kind == "close":
        ConsultingRequest.objects.filter(pk=consulting_request.pk).update(closed_at=when)
    consulting_request.refresh_from_db()


def _assign(item, requester):
    return handling.assign_request(item, actor=_handler(item), assignee=_handler(item))


def _reply(item, requester, text):
    language = "en" if text.isascii() else "zh-hans"
    return handling.reply_to_request(item, actor=_handler(item), body=text, content_locale=language)


def _note(item, requester, text):
    return handling.add_internal_note(item, actor=_handler(item), body=text)


def _transfer(item, requester, department_code, reason):
    department = Department.objects.get(code=department_code)
    return handling.transfer_request(
        item, actor=_handler(item), department=department, reason=reason
    )


def _follow_up(item, requester, text):
    return handling.follow_up_request(
        item, actor=requester, body=text, content_locale=item.content_locale
    )


def _close(item, requester, remark):
    return handling.close_request(item, actor=_handler(item), remark=remark)


def _rate(item, requester, score, comment):
    return rate_request(item, actor=requester, score=score, comment=comment)


STEPS = {
    "assign": _assign,
    "reply": _reply,
    "note": _note,
    "transfer": _transfer,
    "follow_up": _follow_up,
    "close": _close,
    "rate": _rate,
}


def _link_policies() -> None:
    """Cite library policies on the demo requests when the library is loaded already."""
    link_demo_requests()
