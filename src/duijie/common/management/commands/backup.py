"""`duijie backup OUT.tar.gz`: the database, every media file and a manifest in one archive."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from duijie.common.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write the database (Django JSON), every file under MEDIA_ROOT and manifest.json "
        "(version, time, row counts, file sizes and SHA-256) to one .tar.gz, atomically."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the .tar.gz to write")
        parser.add_argument("--force", action="store_true", help="overwrite an existing file")

    def handle(self, *args, archive: Path, force: bool, **options):
        started = time.monotonic()
        try:
            manifest = create_backup(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(f"the database cannot be read ({error}); is it migrated?") from error
        rows = sum(manifest["counts"].values())
        media = len(manifest["files"]) - 1
        self.stdout.write(
            f"{archive}: {rows} rows in {len(manifest['counts'])} models, {media} media files, "
            f"{archive.stat().st_size} bytes in {time.monotonic() - started:.1f} s"
        )
