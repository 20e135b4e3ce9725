"""Conversations on an interest (from the moment it is expressed) or on a meeting request.

A message is checked whole (text and every file) before anything is written, and stored in one
transaction with its files, so a refusal leaves nothing half-stored. Until the contacts are
exchanged an author is shown as their organisation, or as anonymous where the listing is; a
deleted account's messages read "Former user". Platform staff read a thread only once a
participant has reported it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.models.notifications import Notification, NotificationKind
from duijie.common.notify import notify
from duijie.common.permissions import allows, require
from duijie.common.text import find_control
from duijie.matching.domain.contacts import contacts_visible
from duijie.matching.domain.identity import organisation_revealed
from duijie.matching.models import (
    Interest,
    Message,
    MessageAttachment,
    Thread,
    ThreadRead,
)
from duijie.matching.models.conversations import MAX_MESSAGE_LENGTH
from duijie.services.core.filetypes import extension_of
from duijie.services.domain.attachments import (
    CheckedUpload,
    check_upload,
    clean_file_name,
    files_removed_on_failure,
)

MAX_FILES_PER_MESSAGE = 3


@dataclass(frozen=True)
class FileView:
    id: int
    name: str
    size: int


@dataclass(frozen=True)
class MessageView:
    id: int
    author: str
    mine: bool
    body: str
    content_locale: str
    created_at: object
    attachments: list[FileView]


def thread_of(subject) -> Thread | None:
    """The subject's thread, if anyone has written in it yet (reading never creates one)."""
    return Thread.objects.filter(**{_field(subject): subject}).first()


def _field(subject) -> str:
    return "interest" if isinstance(subject, Interest) else "meeting_request"


def _locked_thread(subject) -> Thread:
    thread, _created = Thread.objects.get_or_create(**{_field(subject): subject})
    return Thread.objects.select_for_update().get(pk=thread.pk)


def check_message(body: str, uploads=()) -> tuple[str, list[CheckedUpload]]:
    """The message's text and files, refused whole with a translated reason."""
    text = (body or "").strip()
    if not text:
        raise DomainError(_("Write a message before sending it."), code="empty")
    if len(text) > MAX_MESSAGE_LENGTH:
        raise DomainError(
            _("A message can be at most %(limit)d characters long; this one has %(count)d.")
            % {"limit": MAX_MESSAGE_LENGTH, "count": len(text)},
            code="too_long",
        )
    if find_control(text) is not None:
        raise DomainError(_("The message contains invisible control characters."), code="control")
    uploads = list(uploads)
    if len(uploads) > MAX_FILES_PER_MESSAGE:
        raise DomainError(
            _("A message can carry at most %(count)d files.") % {"count": MAX_FILES_PER_MESSAGE},
            code="too_many_files",
        )
    return text, [check_upload(upload) for upload in uploads]


def post_message(subject, *, actor, body: str, uploads=()) -> Message:
    """Add a message (and its checked files) to the subject's thread and tell the other side."""
    require(actor, "matching.post_message", subject)
    text, checked = check_message(body, uploads)
    with files_removed_on_failure() as stored, transaction.atomic():
        thread = _locked_thread(subject)
        message = Message.objects.create(
            thread=thread, author=actor, body=text, content_locale=actor.language
        )
        stored.extend(_store(message, item) for item in checked)
        _mark_read_to(thread, actor, message.pk)
        record_event(thread, "message.posted", actor=actor, message=message.pk, files=len(stored))
        for recipient in _recipients(subject, thread, actor):
            _notify_message(subject, message, recipient)
    return message


def _store(message: Message, item: CheckedUpload) -> MessageAttachment:
    name = clean_file_name(item.upload.name)
    attachment = MessageAttachment(
        message=message,
        token=uuid.uuid4().hex,
        extension=extension_of(name),
        original_name=name,
        content_type=item.kind.content_type,
        size=item.upload.size,
    )
    item.upload.seek(0)
    attachment.file.save(attachment.token, item.upload, save=False)
    attachment.save()
    return attachment


def _mark_read_to(thread: Thread, user, message_id: int) -> None:
    mark, _created = ThreadRead.objects.get_or_create(thread=thread, user=user)
    if mark.last_read_id < message_id:
        mark.last_read_id = message_id
        mark.save(update_fields=["last_read_id"])


def mark_thread_read(subject, *, actor) -> int:
    """Everything in the thread counts as read by `actor`; returns how many were unread."""
    require(actor, "matching.read_conversation", subject)
    thread = thread_of(subject)
    if thread is None:
        return 0
    with transaction.atomic():
        unread = unread_in(subject, user=actor)
        last = thread.messages.order_by("-id").values_list("id", flat=True).first() or 0
        _mark_read_to(thread, actor, last)
        Notification.objects.filter(
            recipient=actor, kind=NotificationKind.MESSAGE, url=thread_url(subject), read_at=None
        ).update(read_at=timezone.now())
    return unread


def unread_in(subject, *, user) -> int:
    """Messages of others in the subject's thread that `user` has not read."""
    thread = thread_of(subject)
    if thread is None:
        return 0
    mark = ThreadRead.objects.filter(thread=thread, user=user).first()
    after = mark.last_read_id if mark else 0
    return thread.messages.filter(id__gt=after).exclude(author=user).count()


def report_thread(subject, *, actor, reason: str) -> Thread:
    """A participant asks platform staff to look at the conversation."""
    require(actor, "matching.report_conversation", subject)
    reason = (reason or "").strip()
    if not reason or len(reason) > 1000 or find_control(reason) is not None:
        raise DomainError(_("Say in a few words what is wrong (up to 1,000 characters)."))
    with transaction.atomic():
        thread = _locked_thread(subject)
        thread.reported_at = timezone.now()
        thread.reported_by = actor
        thread.report_reason = reason
        thread.save(update_fields=["reported_at", "reported_by", "report_reason"])
        record_event(thread, "thread.reported", actor=actor)
    return thread


def reported_threads():
    """Threads participants reported, newest report first (the staff's queue)."""
    related = ("interest__listing", "meeting_request__event", "reported_by")
    return Thread.objects.filter(reported_at__isnull=False).select_related(*related)


def thread_messages(subject, *, actor) -> list[MessageView]:
    """The thread as `actor` may see it: authors named only as far as visibility allows."""
    require(actor, "matching.read_conversation", subject)
    thread = thread_of(subject)
    if thread is None:
        return []
    messages = thread.messages.select_related("author").prefetch_related("attachments")
    labels = _Labels(subject, actor)
    return [_view(message, labels.of(message.author), actor) for message in messages]


def _view(message: Message, author: str, actor) -> MessageView:
    files = [FileView(a.pk, a.original_name, a.size) for a in message.attachments.all()]
    return MessageView(
        id=message.pk,
        author=author,
        mine=message.author_id == actor.pk,
        body=message.body,
        content_locale=message.content_locale,
        created_at=message.created_at,
        attachments=files,
    )


class _Labels:
    """How one viewer sees each author of one thread."""

    def __init__(self, subject, viewer):
        self.subject = subject
        self.viewer = viewer
        self.is_interest = isinstance(subject, Interest)
        self.named = not self.is_interest or self._names_visible()
        self.own_orgs = set(viewer.memberships.values_list("organisation_id", flat=True))

    def _names_visible(self) -> bool:
        party = allows(self.viewer, "matching.view_interest", self.subject)
        return not party or contacts_visible(self.subject)  # staff reading a reported thread

    def of(self, author) -> str:
        if author is None:
            return str(_("Former user"))
        if author.pk == self.viewer.pk:
            return str(_("You"))
        org = self._organisation_of(author)
        org_name = self._organisation_label(org)
        if self.named or org.pk in self.own_orgs:
            return f"{author.full_name} · {org_name}"
        return org_name

    def _organisation_of(self, author):
        if not self.is_interest:
            sender = self.subject.sender
            side = sender if sender.user_id == author.pk else self.subject.receiver
            return side.organisation
        interest = self.subject
        if author.memberships.filter(organisation=interest.from_organisation).exists():
            return interest.from_organisation
        return interest.listing.organisation

    def _organisation_label(self, org) -> str:
        listing = getattr(self.subject, "listing", None)
        hidden = listing is not None and org.pk == listing.organisation_id
        if hidden and not organisation_revealed(listing, self.viewer):
            return str(_("The listing's organisation (anonymous)"))
        return org.name


def _recipients(subject, thread: Thread, actor) -> list:
    """The other side: its contact person, whoever of it wrote here, else all its members."""
    if not isinstance(subject, Interest):
        other = subject.receiver if subject.sender.user_id == actor.pk else subject.sender
        return [other.user]
    own_is_sender = actor.memberships.filter(organisation=subject.from_organisation).exists()
    other_org = subject.listing.organisation if own_is_sender else subject.from_organisation
    wrote = thread.messages.filter(author__memberships__organisation=other_org)
    people = set(get_user_model().objects.filter(pk__in=wrote.values("author_id")))
    contact = subject.responded_by if own_is_sender else subject.from_user
    if contact is not None:
        people.add(contact)
    if not people:
        people = {membership.user for membership in other_org.memberships.select_related("user")}
    return [person for person in people if person.pk != actor.pk]


def thread_url(subject) -> str:
    """Where a subject's conversation is read."""
    if isinstance(subject, Interest):
        return reverse("web:interest_detail", args=[subject.pk])
    return reverse("web:meeting_request_thread", args=[subject.pk])


def _notify_message(subject, message: Message, recipient) -> None:
    author = _Labels(subject, recipient).of(message.author)
    notify(
        recipient,
        NotificationKind.MESSAGE,
        subject_template="matching/email/message_subject.txt",
        body_template="matching/email/message.txt",
        context={"author": author, "message": message, "url": thread_url(subject)},
        url=thread_url(subject),
        actor=message.author,
    )
