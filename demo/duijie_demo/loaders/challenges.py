"""Three demo open challenges (揭榜挂帅) at different stages, with cross-border applicants.

`data/challenges.json` (fictional): one open for applications (an NDA, a sent application in
English and a Chinese draft), one under blind evaluation (two experts' scores, one conflict,
one sheet still a draft), one awarded and in delivery (a published result, one milestone
accepted, one pending). Rows are found again by `demo_key`; each run rebuilds a challenge's
applications and panel so the dates follow `today`.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from duijie.challenges.core.lifecycle import MAIN_LINE, Status
from duijie.challenges.models import (
    Application,
    Challenge,
    Criterion,
    Expert,
    Milestone,
    Review,
    Score,
)
from duijie.common.audit import record_event
from duijie.directory.models import Membership, Organisation
from duijie_demo.accounts import ensure_user
from duijie_demo.files import read

ORDER = 90
REQUIRES = "duijie.challenges"
DATA = read("challenges")


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Create or refresh the demo challenges; returns their numbers."""
    orgs = {item["key"]: load_organisation(item) for item in DATA["organisations"]}
    people = {item["email"]: load_person(item, orgs) for item in DATA["people"]}
    applications = 0
    for item in DATA["challenges"]:
        challenge = load_challenge(item, orgs, today)
        applications += load_applications(challenge, item, orgs, people, today)
    return {"challenges": len(DATA["challenges"]), "challenge_applications": applications}


def load_organisation(item: dict) -> Organisation:
    org, _ = Organisation.objects.update_or_create(
        demo_key=item["key"],
        defaults={
            "name_zh": item["name_zh"],
            "name_en": item["name_en"],
            "country": item["country"],
            "city": "Singapore" if item["country"] == "SG" else "上海",
            "org_type": item["org_type"],
            "content_locale": item["locale"],
            "is_sample": True,
            "verified_at": timezone.now(),
        },
    )
    return org


def load_person(item: dict, orgs: dict):
    user = ensure_user(item["email"], item["full_name"], item["language"])
    if item["org"]:
        Membership.objects.update_or_create(
            user=user, organisation=orgs[item["org"]], defaults={"role": Membership.Role.ADMIN}
        )
    return user


def _moment(today: datetime.date, days: int) -> datetime.datetime:
    day = today + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(17)))


def load_challenge(item: dict, orgs: dict, today: datetime.date) -> Challenge:
    low, high = item["trl"]
    published = _moment(today, item["deadline_days"] - 45)
    challenge, created = Challenge.objects.update_or_create(
        demo_key=item["key"],
        defaults={
            "organisation": orgs[item["owner"]],
            "title": item["title"],
            "title_other": item["title_other"],
            "problem": item["problem"],
            "problem_other": item["problem_other"],
            "expected_results": item["expected_results"],
            "content_locale": item["content_locale"],
            "eligible_countries": list(item["countries"]),
            "eligible_org_types": list(item["org_types"]),
            "trl_min": low,
            "trl_max": high,
            "reward_amount": item["reward"],
            "reward_currency": item["currency"],
            "reward_in_kind": item["in_kind"],
            "deadline": _moment(today, item["deadline_days"]),
            "required_documents": item["documents"],
            "confidentiality": "nda" if item["nda"] else "public",
            "confidential_details": item["confidential"],
            "nda_text": item["nda_text"],
            "blind_review": item["blind"],
            "status": item["status"],
            "published_at": published,
            "decision": item.get("decision", ""),
            "decided_at": published + datetime.timedelta(days=60) if "decision" in item else None,
            "publish_result": "decision" in item,
            "is_sample": True,
        },
    )
    challenge.criteria.all().delete()
    Criterion.objects.bulk_create(
        Criterion(challenge=challenge, name=name, weight=weight, position=index)
        for index, (name, weight) in enumerate(item["criteria"])
    )
    if created:
        _write_history(challenge)
    return challenge


def _write_history(challenge: Challenge) -> None:
    path = MAIN_LINE[: MAIN_LINE.index(Status(challenge.status)) + 1]
    previous = ""
    for status in path:
        verb = f"challenge.{status}" if previous else "challenge.created"
        record_event(challenge, verb, from_state=previous, to_state=status)
        previous = status


def load_applications(challenge, item, orgs, people, today) -> int:
    # Rebuilt on every run: reviews and scores point at the criteria written just before.
    challenge.applications.all().delete()
    challenge.experts.all().delete()
    experts = {
        email: Expert.objects.create(challenge=challenge, user=people[email])
        for email in item.get("experts", ())
    }
    criteria = list(challenge.criteria.all())
    for entry in item["applications"]:
        application = _application(challenge, entry, orgs, people, today)
        for email, sheet in entry.get("scores", {}).items():
            _review(experts[email], application, sheet, criteria)
        for title, due_in, status in entry.get("milestones", ()):
            Milestone.objects.create(
                challenge=challenge,
                application=application,
                title=title,
                due_on=today + datetime.timedelta(days=due_in),
                status=status,
                accepted_at=timezone.now() if status == "accepted" else None,
            )
    return len(item["applications"])


def _application(challenge, entry, orgs, people, today) -> Application:
    org = orgs[entry["org"]]
    author = next(user for user in people.values() if user.memberships.filter(organisation=org))
    sent = entry["status"] != "draft"
    return Application.objects.create(
        challenge=challenge,
        organisation=org,
        created_by=author,
        approach=entry["approach"],
        team=entry["team"],
        timeline=entry["timeline"],
        trl=entry["trl"],
        budget=entry["budget"],
        currency=challenge.reward_currency,
        content_locale=entry["locale"],
        status=entry["status"],
        submitted_at=challenge.deadline - datetime.timedelta(days=3) if sent else None,
        decision_reason=challenge.decision if entry["status"] == "awarded" else "",
        demo_key=f"{challenge.demo_key}:{entry['org']}",
    )


def _review(expert: Expert, application: Application, sheet, criteria) -> None:
    if sheet == "conflict":
        Review.objects.create(
            expert=expert,
            application=application,
            conflicted=True,
            conflict_note="前雇主 / former employer",
        )
        return
    review = Review.objects.create(
        expert=expert,
        application=application,
        conflicted=False,
        submitted_at=None if sheet == "draft" else timezone.now(),
    )
    values = [5] * len(criteria) if sheet == "draft" else sheet
    Score.objects.bulk_create(
        Score(review=review, criterion=criterion, value=value)
        for criterion, value in zip(criteria, values, strict=True)
    )
