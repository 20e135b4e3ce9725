"""One-file backups of the database and the media directory, verified before any restore.

The database goes in as Django's JSON serialisation (`dumpdata --natural-foreign`), the same
for SQLite and PostgreSQL; docs/deployment.md says why. Nothing here knows a domain area:
models come from the apps registry.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from contextlib import suppress
from importlib import metadata
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

MANIFEST = "manifest.json"
DATABASE = "database.json"
MEDIA = "media"
FORMAT = 1
# Content types and permissions are recreated by `migrate`; sessions are only log-ins.
EXCLUDED = ("contenttypes", "auth.permission", "sessions")
CHUNK = 1 << 20


class BackupError(Exception):
    """The archive cannot be written or restored; the message says why."""


def backed_up_models() -> list:
    """Every concrete model whose rows go into a backup."""
    return [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.app_label not in EXCLUDED
        and model._meta.label_lower not in EXCLUDED
    ]


def row_counts() -> dict[str, int]:
    """Rows per backed-up model, by label (base manager: nothing filtered away)."""
    return {
        model._meta.label_lower: model._base_manager.count()
        for model in sorted(backed_up_models(), key=lambda m: m._meta.label_lower)
    }


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(root: Path) -> list[Path]:
    """Regular files under the media root, sorted; a missing root holds none."""
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def applied_migrations() -> dict[str, list[str]]:
    """Applied migration names per app, so a restore can refuse a newer schema."""
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def platform_version() -> str:
    """The installed Duijie version, or 'unknown' when run from an uninstalled tree."""
    try:
        return metadata.version("duijie")
    except metadata.PackageNotFoundError:
        return "unknown"


def _dump_database(target: Path) -> dict[str, int]:
    """Write the JSON dump and count rows, both from one snapshot where the database allows."""
    with transaction.atomic():
        # SET TRANSACTION must open a transaction; inside an outer one (tests) it cannot.
        if connection.vendor == "postgresql" and not connection.savepoint_ids:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        counts = row_counts()
        call_command(
            "dumpdata",
            *[model._meta.label_lower for model in backed_up_models()],
            natural_foreign=True,
            all=True,
            output=str(target),
            verbosity=0,
        )
    return counts


def _entry(name: str, path: Path) -> dict:
    return {"path": name, "size": path.stat().st_size, "sha256": sha256_of(path)}


def create_backup(out: Path, *, force: bool = False) -> dict:
    """Write database, media files and manifest to `out` atomically; return the manifest."""
    out = Path(out)
    if out.exists() and not force:
        raise BackupError(f"{out} exists; pass --force to overwrite it")
    root = Path(settings.MEDIA_ROOT)
    if out.resolve().is_relative_to(root.resolve()):
        raise BackupError(f"{out} is inside MEDIA_ROOT; write the archive elsewhere")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".backup-") as work:
        dump = Path(work) / DATABASE
        counts = _dump_database(dump)
        # Media after the database: every attachment row in the dump already has its file.
        media = [(f"{MEDIA}/{p.relative_to(root).as_posix()}", p) for p in media_files(root)]
        manifest = {
            "format": FORMAT,
            "platform": "duijie",
            "version": platform_version(),
            "created": timezone.now().isoformat(),
            "database": {"vendor": connection.vendor, "serialisation": "django-json"},
            "counts": counts,
            "migrations": applied_migrations(),
            "files": [_entry(DATABASE, dump)] + [_entry(name, path) for name, path in media],
        }
        manifest_path = Path(work) / MANIFEST
        manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), "utf-8")
        partial = Path(work) / "archive.tar.gz"
        with tarfile.open(partial, "w:gz") as archive:
            # The manifest first, so a restore knows every checksum before it reads a file.
            archive.add(manifest_path, arcname=MANIFEST)
            archive.add(dump, arcname=DATABASE)
            for name, path in media:
                archive.add(path, arcname=name)
        os.replace(partial, out)
    return manifest


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"the archive holds an unsafe path: {name!r}")
    return path.as_posix()


def _read_manifest(archive: tarfile.TarFile) -> dict:
    first = archive.next()
    if first is None or first.name != MANIFEST or not first.isfile():
        raise BackupError("the archive does not start with manifest.json: not a Duijie backup")
    try:
        manifest = json.loads(archive.extractfile(first).read().decode("utf-8"))
        expected = {item["path"]: item for item in manifest["files"]}
        if not {"counts", "migrations", "version"} <= set(manifest):
            raise KeyError("counts, migrations or version")
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"manifest.json is unreadable: {error}") from error
    if manifest.get("format") != FORMAT or DATABASE not in expected:
        raise BackupError("manifest.json is not a Duijie backup manifest of a known format")
    return manifest


def _copy_checked(source, target: Path, item: dict) -> None:
    digest, size = hashlib.sha256(), 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            handle.write(chunk)
    if size != item["size"] or digest.hexdigest() != item["sha256"]:
        raise BackupError(f"{item['path']} does not match its checksum in the manifest")


def list_after_manifest(archive: tarfile.TarFile):
    """The archive's members after the manifest, read as the stream goes."""
    members = iter(archive)
    next(members)
    yield from members


def unpack_verified(archive_path: Path, staging: Path) -> dict:
    """Extract every file into `staging`, checking each against the manifest; return it."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            manifest = _read_manifest(archive)
            expected = {item["path"]: item for item in manifest["files"]}
            seen = set()
            # Iteration starts again at the first member, the manifest already read.
            for member in list_after_manifest(archive):
                name = _safe_name(member.name)
                if not member.isfile() or name not in expected or name in seen:
                    raise BackupError(f"{name} is not listed in the manifest")
                seen.add(name)
                _copy_checked(archive.extractfile(member), staging / name, expected[name])
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"the archive is damaged or truncated: {error}") from error
    missing = sorted(set(expected) - seen)
    if missing:
        raise BackupError(f"the archive lacks {len(missing)} listed files, e.g. {missing[0]}")
    return manifest


def check_migrations(manifest: dict) -> None:
    """Refuse an archive whose schema has migrations this code does not know."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = [
        f"{app}.{name}"
        for app, names in manifest["migrations"].items()
        for name in names
        if (app, name) not in known
    ]
    if unknown:
        raise BackupError(
            f"the backup was made by a newer version ({manifest['version']}): it has "
            f"{len(unknown)} migrations this installation lacks, e.g. {unknown[0]}; upgrade first"
        )


def holds_data() -> bool:
    """Whether the database has user accounts (migrations seed some tables, never users)."""
    return get_user_model()._base_manager.exists()


def restore_database(dump: Path) -> None:
    """Replace every row with the dump's, all or nothing."""
    try:
        with transaction.atomic():
            # PostgreSQL cannot TRUNCATE under deferred constraint checks still pending from
            # earlier writes in an enclosing transaction; run them now.
            connection.check_constraints()
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(dump), verbosity=0)
    except (DeserializationError, DatabaseError, CommandError) as error:
        raise BackupError(f"the database dump could not be loaded: {error}") from error


def replace_media(staged: Path) -> None:
    """Swap the staged media directory in place of MEDIA_ROOT (renames on one file system)."""
    root = Path(settings.MEDIA_ROOT)
    staged.mkdir(parents=True, exist_ok=True)
    old = None
    if root.exists():
        old = root.with_name(f".{root.name}.replaced-{os.getpid()}")
        os.replace(root, old)
    os.replace(staged, root)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def staging_directory() -> Path:
    """A scratch directory beside MEDIA_ROOT, so the final swap is a rename."""
    root = Path(settings.MEDIA_ROOT)
    root.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=root.parent, prefix=f".{root.name}.restore-"))


def remove_staging(staging: Path) -> None:
    """Forget a scratch directory (nothing in it is needed after success or failure)."""
    with suppress(OSError):
        shutil.rmtree(staging)
