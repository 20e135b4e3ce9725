"""Checking and storing request attachments: type by content, size, count; all or nothing."""

from __future__ import annotations

import contextlib
import unicodedata
import uuid
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.archives import check_archive
from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.services.core.filetypes import FileKind, extension_of, matches_extension, sniff
from duijie.services.models import ConsultingRequest, RequestAttachment

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILES_PER_REQUEST = 5
MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class CheckedUpload:
    upload: object  # a Django UploadedFile
    kind: FileKind


def check_upload(upload) -> CheckedUpload:
    """Refuse empty, oversized and disguised files; the content decides the type."""
    name = clean_file_name(upload.name)
    if not upload.size:
        raise DomainError(_("“%(name)s” is empty.") % {"name": name}, code="file_empty")
    if upload.size > MAX_FILE_BYTES:
        raise DomainError(
            _("“%(name)s” is larger than 10 MB.") % {"name": name}, code="file_too_big"
        )
    kind = sniff(upload)
    if kind is None or not matches_extension(kind, name):
        raise DomainError(
            _("“%(name)s” is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.")
            % {"name": name},
            code="file_type",
        )
    if kind.code in ("docx", "xlsx"):  # zip packages: refuse decompression bombs
        check_archive(upload, name=name)
    return CheckedUpload(upload, kind)


def check_uploads(uploads, *, already_attached: int = 0) -> list[CheckedUpload]:
    """Check every file before anything is written, so a refusal leaves nothing behind."""
    uploads = list(uploads)
    check_file_count(already_attached + len(uploads))
    return [check_upload(upload) for upload in uploads]


def check_file_count(total: int) -> None:
    if total > MAX_FILES_PER_REQUEST:
        raise DomainError(
            _("A request can have at most %(count)d attachments.")
            % {"count": MAX_FILES_PER_REQUEST},
            code="too_many_files",
        )


def clean_file_name(name: str) -> str:
    """The user's file name without any path or control characters, for display only."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    printable = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    return (printable or "file")[-MAX_NAME_LENGTH:]


@contextlib.contextmanager
def files_removed_on_failure():
    """Collect stored attachments; delete their files if the surrounding work fails."""
    stored: list[RequestAttachment] = []
    try:
        yield stored
    except BaseException:
        for attachment in stored:
            attachment.file.delete(save=False)
        raise


def store_attachments(
    consulting_request: ConsultingRequest, checked: list[CheckedUpload], *, actor, stored: list
) -> list[RequestAttachment]:
    """Save checked files under MEDIA_ROOT/private with random names."""
    for item in checked:
        stored.append(_store_one(consulting_request, item, actor))
    return stored


def _store_one(consulting_request, item: CheckedUpload, actor) -> RequestAttachment:
    name = clean_file_name(item.upload.name)
    attachment = RequestAttachment(
        request=consulting_request,
        uploaded_by=actor,
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


def add_attachments(
    consulting_request: ConsultingRequest, *, actor, uploads
) -> list[RequestAttachment]:
    """Attach more files to an open request (requester or handling department)."""
    require(actor, "services.add_attachment", consulting_request)
    checked = check_uploads(uploads, already_attached=consulting_request.attachments.count())
    with files_removed_on_failure() as stored, transaction.atomic():
        ConsultingRequest.objects.select_for_update().get(pk=consulting_request.pk)
        # Counted again under the lock so two parallel uploads cannot exceed the limit.
        check_file_count(consulting_request.attachments.count() + len(checked))
        store_attachments(consulting_request, checked, actor=actor, stored=stored)
        record_event(
            consulting_request, "consulting_request.files_added", actor=actor, count=len(stored)
        )
    return stored
