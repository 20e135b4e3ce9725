"""`duijie restore IN.tar.gz`: check the archive whole, then replace database and media."""

from pathlib import Path

from django.core.cache import cache
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from duijie.common import backup
from duijie.common.backup import BackupError

# Commands that rebuild derived state from the database, run when installed (by name, so
# common imports no domain area).
REBUILD_COMMANDS = ("reindex",)


class Command(BaseCommand):
    help = (
        "Verify a `duijie backup` archive (every checksum) before touching anything, then "
        "replace the database and MEDIA_ROOT with its contents and rebuild caches and the "
        "matching index. Refuses a database that holds data unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the .tar.gz written by `duijie backup`")
        parser.add_argument(
            "--force", action="store_true", help="replace a database that already holds data"
        )

    def handle(self, *args, archive: Path, force: bool, **options):
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist")
        staging = backup.staging_directory()
        try:
            manifest = self._restore(archive, staging, force=force)
        except BackupError as error:
            raise CommandError(f"{error}; nothing was changed") from error
        finally:
            backup.remove_staging(staging)
        # Counted before the rebuild, which adds derived rows (e.g. vectors the archive lacked).
        differing = self._compare(manifest["counts"])
        self._rebuild()
        if differing:
            raise CommandError(f"{differing} models differ from the manifest's counts")

    def _restore(self, archive: Path, staging: Path, *, force: bool) -> dict:
        manifest = backup.unpack_verified(archive, staging)
        backup.check_migrations(manifest)
        if backup.holds_data() and not force:
            raise BackupError("the database holds user accounts; pass --force to replace it")
        backup.restore_database(staging / backup.DATABASE)
        try:
            backup.replace_media(staging / backup.MEDIA)
        except OSError as error:
            raise CommandError(
                f"the database was restored but the media files were not ({error}); "
                "run the restore again with --force"
            ) from error
        self.stdout.write(
            f"restored {archive} (Duijie {manifest['version']}, made {manifest['created']})"
        )
        return manifest

    def _rebuild(self) -> None:
        cache.clear()
        available = get_commands()
        for name in REBUILD_COMMANDS:
            if name in available:
                call_command(name, quiet=True, stdout=self.stdout, stderr=self.stderr)

    def _compare(self, expected: dict[str, int]) -> int:
        actual = backup.row_counts()
        differing = {
            label: (count, actual.get(label, 0))
            for label, count in expected.items()
            if actual.get(label, 0) != count
        }
        for label, (count, now) in sorted(differing.items()):
            self.stdout.write(f"  {label}: {count} in the archive, {now} restored")
        if not differing:
            self.stdout.write(
                f"{sum(expected.values())} rows in {len(expected)} models: all match the manifest"
            )
        return len(differing)
