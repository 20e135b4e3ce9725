"""The owner's questions about an application and the applicant's answers, each side told."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from duijie.challenges.domain.errors import check_text, refuse
from duijie.challenges.domain.notifications import people_of, send
from duijie.challenges.models import Application, ApplicationMessage
from duijie.common.audit import record_event
from duijie.common.permissions import require

MAX_LENGTH = 3000


def post_message(application: Application, *, actor, body: str, content_locale: str):
    """Add a question or answer in the writer's language; the other side is notified."""
    require(actor, "challenges.discuss_application", application)
    text = check_text(body, "body")
    if not text:
        raise refuse(_("Write the question or answer."), "body")
    if len(text) > MAX_LENGTH:
        raise refuse(_("A message can be at most 3,000 characters."), "body")
    with transaction.atomic():
        message = ApplicationMessage.objects.create(
            application=application, author=actor, body=text, content_locale=content_locale
        )
        record_event(application, "application.message", actor=actor)
        _tell_other_side(application, actor)
    return message


def _tell_other_side(application: Application, actor) -> None:
    applicant_side = actor.memberships.filter(organisation=application.organisation).exists()
    other = application.challenge.organisation_id if applicant_side else application.organisation_id
    url = reverse("web:challenges_application", args=[application.pk])
    for person in people_of(other):
        if person.pk != actor.pk:
            send(person, "message", {"application": application}, url)
