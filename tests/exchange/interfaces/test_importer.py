"""Export → import round trips, and files with broken rows: named exactly, nothing written."""

import datetime
import io
import json
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from openpyxl import load_workbook

from duijie.common.models import AuditEvent
from duijie.directory.models import Organisation
from duijie.exchange.domain.records import listing_record, with_record_relations
from duijie.exchange.interfaces.importer import plan_import
from duijie.exchange.models import ExternalRecord
from duijie.listings.models import Listing
from duijie.versions.domain.versions import save_version
from tests.factories import ListingFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def later(days=90):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def listings(sectors):
    org = OrganisationFactory(name_en="Lion City Robotics Pte Ltd", country="SG")
    first = ListingFactory(
        organisation=org,
        title="Cobot welding cell",
        summary="A welding cell for small batches.",
        description="=1+1 is text here, not a formula.",
        keywords=["welding", "cobot"],
        partnership_types=["licensing", "joint_rnd"],
        budget_min=1000,
        budget_max=5000,
        currency="SGD",
        trl=7,
    )
    first.sectors.set(sectors)
    save_version(
        first,
        actor=None,
        language="zh-hans",
        fields={"title": "协作机器人焊接单元", "description": "适合小批量生产的焊接单元。"},
    )
    second = ListingFactory(organisation=org, kind="tech_request", title="Need: lidar", trl=None)
    ListingFactory(status="draft", title="Not public")
    return [first, second]


def records():
    queryset = with_record_relations(Listing.objects.filter(status="published").order_by("id"))
    found = {}
    for listing in queryset:
        record = listing_record(listing)
        record.pop("updated_at")
        found[record["source_id"]] = record
    return found


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def empty_the_database():
    Listing.objects.all().delete()
    Organisation.objects.all().delete()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_listings(listings, tmp_path, fmt):
    before = records()
    assert len(before) == 2
    path = tmp_path / f"listings.{fmt}"
    assert run("export_listings", str(path), "--format", fmt).startswith("2 listings")
    empty_the_database()
    output = run("import_listings", str(path), "--source", "duijie")
    assert "create=2 update=0 unchanged=0 error=0 (written)" in output
    assert records() == before
    assert AuditEvent.objects.filter(verb="exchange.import_create").count() == 2
    again = run("import_listings", str(path), "--source", "duijie")
    assert "create=0 update=0 unchanged=2 error=0 (written)" in again
    assert ExternalRecord.objects.count() == 2


def test_spreadsheet_cells_that_look_like_formulas_stay_text(listings, tmp_path):
    run("export_listings", str(tmp_path / "l.xlsx"), "--format", "xlsx")
    run("export_listings", str(tmp_path / "l.csv"), "--format", "csv")
    sheet = load_workbook(tmp_path / "l.xlsx").active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    risky = [cell for cell in cells if str(cell.value or "").startswith("=")]
    # The description, and the same text as the English title-and-description pair.
    assert [(c.value, c.data_type, c.quotePrefix) for c in risky] == [
        ("=1+1 is text here, not a formula.", "s", True)
    ] * 2
    text = (tmp_path / "l.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert "'=1+1 is text here" in text.decode("utf-8-sig")


def row(**changes):
    base = {
        "source_id": "p-1",
        "kind": "tech_offer",
        "language": "en",
        "title": "Solid-state battery",
        "description": "Sulfide electrolyte cells.",
        "organisation": "Partner Energy Ltd",
        "organisation_country": "CN",
        "sectors": ["digital_ai"],
        "trl": 5,
        "expires_on": later().isoformat(),
    }
    return {**base, **changes}


BROKEN = [
    row(source_id="ok-1"),
    row(source_id="bad-kind", kind="teleport"),
    row(source_id="bad-trl", trl=12),
    row(source_id="bad-sector", sectors=["astrology"]),
    row(source_id="bad-date", expires_on="31/02/2027"),
    row(source_id="no-title", title=""),
    row(source_id="ok-1", title="Same id again"),
    row(source_id="ok-2"),
]


def test_the_dry_run_names_exactly_the_broken_rows_and_the_real_run_writes_nothing(
    sectors, tmp_path
):
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in BROKEN), encoding="utf-8")
    output = run("import_listings", str(path), "--dry-run", "--source", "partner")
    report = plan_import(path, source="partner")
    assert [(row.number, row.outcome) for row in report.rows if not row.errors] == [
        (1, "create"),
        (8, "create"),
    ]
    assert [(row.number, column) for row in report.rows for column, _ in row.errors] == [
        (2, "kind"),
        (3, "trl"),
        (4, "sectors"),
        (5, "expires_on"),
        (6, "title"),
        (7, "source_id"),
    ]
    assert "create=2 update=0 unchanged=0 error=6 (nothing written)" in output
    # The console speaks the site's language (LANGUAGE_CODE, Chinese).
    assert "2\tkind\t选择一个有效的选项。 teleport 不在可用的选项中。" in output
    assert "7\tsource_id\t该 source_id 在文件中出现了两次。" in output
    with pytest.raises(CommandError):
        run("import_listings", str(path), "--source", "partner")
    assert Listing.objects.count() == 0 and Organisation.objects.count() == 0
    output = run("import_listings", str(path), "--source", "partner", "--partial")
    assert "create=2" in output and "(written)" in output
    assert sorted(ExternalRecord.objects.values_list("source_id", flat=True)) == ["ok-1", "ok-2"]
    organisation = Organisation.objects.get()
    assert (organisation.name_en, organisation.country, organisation.verified_at) == (
        "Partner Energy Ltd",
        "CN",
        None,
    )


def test_csv_in_gbk_is_read_and_an_unknown_format_is_a_clear_error(sectors, tmp_path):
    path = tmp_path / "gbk.csv"
    header = "source_id,kind,language,title,description,organisation,organisation_country,"
    header += "sectors,expires_on\n"
    line = "g-1,tech_offer,zh-hans,固态电池,硫化物电解质电池。,上海测试能源有限公司,CN,"
    line += f"digital_ai,{later().isoformat()}\n"
    path.write_bytes((header + line).encode("gbk"))
    output = run("import_listings", str(path), "--source", "partner")
    assert "create=1" in output
    assert Listing.objects.get().title == "固态电池"
    assert Organisation.objects.get().name_zh == "上海测试能源有限公司"
    with pytest.raises(CommandError, match=re.escape("请提供 .jsonl、.csv 或 .xlsx 文件。")):
        run("import_listings", str(tmp_path / "x.txt"))
