"""Telling applicants, owners and experts what happened, each in their own language."""

from __future__ import annotations

from django.urls import reverse

from duijie.challenges.models import Application, ApplicationStatus, Challenge, Expert
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import notify

TEMPLATES = "challenges/email"


def people_of(organisation_id: int, first=None) -> list:
    """Who speaks for an organisation: the person who acted, then its administrators."""
    from duijie.directory.models import Membership

    admins = [
        m.user
        for m in Membership.objects.filter(
            organisation_id=organisation_id, role=Membership.Role.ADMIN
        ).select_related("user")
    ]
    people = ([first] if first is not None else []) + admins
    return list({p.pk: p for p in people}.values())


def send(user, name: str, context: dict, url: str) -> None:
    notify(
        user,
        NotificationKind.OTHER,
        subject_template=f"{TEMPLATES}/{name}_subject.txt",
        body_template=f"{TEMPLATES}/{name}.txt",
        context=context,
        url=url,
    )


def tell_applicants(challenge: Challenge, name: str) -> int:
    """Tell every organisation that sent an application (call inside the transaction)."""
    url = reverse("web:challenges_detail", args=[challenge.pk])
    sent = Application.objects.filter(challenge=challenge).exclude(status=ApplicationStatus.DRAFT)
    told = 0
    for application in sent.select_related("created_by"):
        for person in people_of(application.organisation_id, application.created_by):
            send(person, name, {"challenge": challenge, "application": application}, url)
            told += 1
    return told


def tell_shortlisted(challenge: Challenge) -> int:
    """Invite the shortlisted applicants to the pitch (with the event, when there is one)."""
    url = reverse("web:challenges_detail", args=[challenge.pk])
    told = 0
    shortlisted = Application.objects.filter(
        challenge=challenge, status=ApplicationStatus.SHORTLISTED
    )
    for application in shortlisted.select_related("created_by"):
        for person in people_of(application.organisation_id, application.created_by):
            send(person, "pitch", {"challenge": challenge, "application": application}, url)
            told += 1
    return told


def tell_owner(challenge: Challenge, name: str) -> int:
    url = reverse("web:challenges_detail", args=[challenge.pk])
    people = people_of(challenge.organisation_id, challenge.created_by)
    for person in people:
        send(person, name, {"challenge": challenge}, url)
    return len(people)


def tell_expert(expert: Expert) -> None:
    url = reverse("web:challenges_panel", args=[expert.challenge_id])
    send(expert.user, "expert_invited", {"challenge": expert.challenge}, url)
