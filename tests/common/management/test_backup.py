"""`duijie backup` / `duijie restore`: a round trip keeps rows, files and search; bad input
changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from duijie.common.backup import MANIFEST, row_counts, sha256_of
from duijie.matching.domain.index import reset_engine, store_vectors
from duijie.matching.domain.search import search_listings
from duijie.services.domain.submission import submit_request
from duijie.services.models import RequestAttachment
from tests.factories import DepartmentFactory, ListingFactory, OrganisationFactory
from tests.services.factories import PDF_BYTES, category, company_user, route, upload

pytestmark = pytest.mark.django_db
QUERY = "circuit board defect detection"


@pytest.fixture(autouse=True)
def _fresh_engine():
    reset_engine()
    yield
    reset_engine()


@pytest.fixture
def attachment(db):
    """A consulting request with a PDF, and a second file under MEDIA_ROOT of another area."""
    route("regional_hq", DepartmentFactory(code="sh-commerce"))
    item = submit_request(
        actor=company_user(email="tan@company.example"),
        category=category("regional_hq"),
        subject="Regional HQ recognition",
        description="See the attached plan.",
        content_locale="en",
        uploads=[upload("plan.pdf", PDF_BYTES)],
    )
    logo = Path(settings.MEDIA_ROOT) / "logos" / "二维码.png"
    logo.parent.mkdir(parents=True)
    logo.write_bytes(b"\x89PNG logo")
    return item.attachments.get()


@pytest.fixture
def listings(sectors):
    offer = ListingFactory(
        organisation=OrganisationFactory(country="SG"),
        title="AI visual inspection for printed circuit boards",
        description="Deep-learning defect detection for PCB assembly lines.",
    )
    need = ListingFactory(
        kind="tech_request",
        content_locale="zh-hans",
        title="寻求印刷电路板缺陷视觉检测技术",
        description="SMT产线需要基于深度学习的缺陷检测系统，识别焊点虚焊。",
    )
    other = ListingFactory(title="Plant-based protein fermentation", description="Dairy-free.")
    offer.sectors.set([sectors[0]])
    store_vectors([offer, need, other])
    return [offer, need, other]


def media() -> dict[str, bytes]:
    root = Path(settings.MEDIA_ROOT)
    files = [path for path in root.rglob("*") if path.is_file()] if root.exists() else []
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in files}


def search_ids() -> list[int]:
    return [r.listing.pk for r in search_listings(QUERY, user=AnonymousUser()).results]


def backup(tmp_path: Path) -> Path:
    archive = tmp_path / "out" / "duijie.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    return archive


def restore(archive: Path, *options: str) -> str:
    out = io.StringIO()
    call_command("restore", str(archive), *options, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def wipe() -> None:
    """What a lost server leaves: an empty, migrated database and no media."""
    connection.check_constraints()  # PostgreSQL: no pending checks may block TRUNCATE
    call_command("flush", interactive=False, verbosity=0)
    for path in sorted(Path(settings.MEDIA_ROOT).rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    reset_engine(forget_saved=True)


def test_round_trip_restores_rows_files_and_search_results(tmp_path, attachment, listings):
    counts, files, found = row_counts(), media(), search_ids()
    assert found[:2] and set(found[:2]) <= {listings[0].pk, listings[1].pk}
    archive = backup(tmp_path)
    wipe()
    assert row_counts() != counts and media() == {}
    output = restore(archive)
    assert row_counts() == counts
    assert media() == files and len(files) == 2
    assert RequestAttachment.objects.get(pk=attachment.pk).file.read() == PDF_BYTES
    assert search_ids() == found
    assert "all match the manifest" in output
    assert "3 published listings" in output  # the index was rebuilt by `reindex`


def test_manifest_lists_version_counts_and_every_file_with_its_checksum(tmp_path, attachment):
    archive = backup(tmp_path)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile(MANIFEST))
    assert names[0] == MANIFEST
    assert manifest["counts"] == row_counts()
    assert manifest["counts"]["services.requestattachment"] == 1
    assert manifest["version"] and manifest["created"]
    listed = {item["path"]: item for item in manifest["files"]}
    assert set(listed) == set(names[1:])
    stored = Path(settings.MEDIA_ROOT) / attachment.file.name
    entry = listed[f"media/{attachment.file.name}"]
    assert entry == {"path": entry["path"], "size": len(PDF_BYTES), "sha256": sha256_of(stored)}
    assert "media/logos/二维码.png" in listed


def test_backup_refuses_to_overwrite_unless_forced(tmp_path, attachment):
    archive = backup(tmp_path)
    archive.write_bytes(b"keep me")
    with pytest.raises(CommandError, match="exists; pass --force"):
        call_command("backup", str(archive))
    assert archive.read_bytes() == b"keep me"
    call_command("backup", str(archive), "--force", stdout=io.StringIO())
    assert tarfile.is_tarfile(archive)
    assert [p.name for p in archive.parent.iterdir()] == ["duijie.tar.gz"]  # no temp left


def tampered(archive: Path, change) -> Path:
    """A copy of the archive whose manifest was edited by `change`."""
    copy = archive.with_name("tampered.tar.gz")
    with tarfile.open(archive) as source, tarfile.open(copy, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name == MANIFEST:
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return copy


def unloadable_dump(archive: Path) -> Path:
    """A consistent archive (checksums match) whose rows name a model that does not exist."""
    copy = archive.with_name("unloadable.tar.gz")
    dump = json.dumps([{"model": "nosuch.model", "pk": 1, "fields": {}}]).encode()
    with tarfile.open(archive) as source, tarfile.open(copy, "w:gz") as target:
        members = [(m, source.extractfile(m).read()) for m in source]
        manifest = json.loads(members[0][1])
        manifest["files"][0].update(size=len(dump), sha256=hashlib.sha256(dump).hexdigest())
        members[0] = (members[0][0], json.dumps(manifest).encode())
        members[1] = (members[1][0], dump)
        for member, data in members:
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return copy


def flip_first_media_checksum(manifest):
    manifest["files"][1]["sha256"] = "0" * 64


def add_unknown_migration(manifest):
    manifest["migrations"]["services"].append("9999_from_the_future")


def truncate(archive: Path) -> Path:
    copy = archive.with_name("truncated.tar.gz")
    copy.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    return copy


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (truncate, "damaged or truncated"),
        (lambda a: tampered(a, flip_first_media_checksum), "does not match its checksum"),
        (lambda a: tampered(a, add_unknown_migration), "made by a newer version"),
        (lambda a: a.with_name("missing.tar.gz"), "does not exist"),
        (unloadable_dump, "dump could not be loaded"),
    ],
)
def test_bad_archive_is_refused_with_a_clear_error_and_nothing_changes(
    tmp_path, attachment, damage, message
):
    bad = damage(backup(tmp_path))
    attachment.request.subject = "Changed after the backup"
    attachment.request.save()
    counts, files = row_counts(), media()
    with pytest.raises(CommandError, match=message):
        restore(bad, "--force")
    assert row_counts() == counts and media() == files
    assert RequestAttachment.objects.get().request.subject == "Changed after the backup"
    assert not list(tmp_path.glob(".media.restore-*"))  # the scratch copy is gone


def test_restore_refuses_a_database_with_accounts_unless_forced(tmp_path, attachment):
    archive = backup(tmp_path)
    RequestAttachment.objects.all().delete()
    with pytest.raises(CommandError, match="holds user accounts; pass --force"):
        restore(archive)
    assert not RequestAttachment.objects.exists()
    restore(archive, "--force")
    assert RequestAttachment.objects.get().file.read() == PDF_BYTES


def test_backup_refuses_to_write_into_the_media_directory(attachment):
    inside = Path(settings.MEDIA_ROOT) / "backups" / "duijie.tar.gz"
    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        call_command("backup", str(inside))
    assert not inside.parent.exists()
