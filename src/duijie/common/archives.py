"""Decompression-bomb check for uploaded archives (.docx and .xlsx files are zip archives).

Every place that accepts attachments calls `check_archive` on the files it sniffed as
Office documents: a small file that would unpack to gigabytes is refused before anyone
(a preview, an indexer, a reviewer's Office) opens it.
"""

from __future__ import annotations

import zipfile

from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError

MAX_ENTRIES = 2000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # real documents compress 2–20×; a bomb compresses thousands of times


def check_archive(upload, *, name: str = "") -> None:
    """Refuse a zip whose entries are too many, unpack too large, or compress too well.

    Reads only the archive's directory (no decompression); leaves the file position at 0.
    """
    label = name or getattr(upload, "name", "") or "file"
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise DomainError(
            _("“%(name)s” is not a valid document.") % {"name": label}, code="file_type"
        ) from error
    finally:
        upload.seek(0)
    total = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries) or 1
    if len(entries) > MAX_ENTRIES or total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_RATIO:
        raise DomainError(
            _("“%(name)s” unpacks to far more data than a document holds and was refused.")
            % {"name": label},
            code="archive_bomb",
        )
