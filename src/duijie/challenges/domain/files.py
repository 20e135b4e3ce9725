"""Storing checked uploads of applications and milestones, all or nothing.

The checks are the services area's (type by content, size, count), so a file refused on a
consulting request is refused here for the same reason and in the same words.
"""

from __future__ import annotations

import contextlib
import uuid

from django.utils.translation import gettext_lazy as _

from duijie.challenges.domain.errors import interpolate, refuse
from duijie.challenges.models import StoredFile
from duijie.services.core.filetypes import extension_of
from duijie.services.domain.attachments import (
    MAX_FILES_PER_REQUEST,
    CheckedUpload,
    check_upload,
    clean_file_name,
)

MAX_FILES = MAX_FILES_PER_REQUEST


def check_files(uploads, *, already: int = 0) -> list[CheckedUpload]:
    """Check every file before anything is written, so a refusal leaves nothing behind."""
    uploads = [u for u in uploads if u]
    check_count(already + len(uploads))
    return [check_upload(upload) for upload in uploads]


def check_count(total: int) -> None:
    if total > MAX_FILES:
        raise refuse(
            interpolate(_("At most %(count)d files can be attached."), {"count": MAX_FILES}),
            "too_many_files",
        )


@contextlib.contextmanager
def removed_on_failure():
    """Collect stored files; delete them from storage if the surrounding work fails."""
    stored: list[StoredFile] = []
    try:
        yield stored
    except BaseException:
        for item in stored:
            item.file.delete(save=False)
        raise


def store(checked: list[CheckedUpload], *, actor, stored: list, **owner) -> list[StoredFile]:
    """Save checked files under MEDIA_ROOT/private with random names (`owner`: the FK)."""
    for item in checked:
        name = clean_file_name(item.upload.name)
        record = StoredFile(
            uploaded_by=actor,
            token=uuid.uuid4().hex,
            extension=extension_of(name),
            original_name=name,
            content_type=item.kind.content_type,
            size=item.upload.size,
            **owner,
        )
        item.upload.seek(0)
        record.file.save(record.token, item.upload, save=False)
        record.save()
        stored.append(record)
    return stored
