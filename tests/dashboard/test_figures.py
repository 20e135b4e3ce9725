"""The dashboard's figures, exact on a small fixture, on the page and in the JSON API."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from duijie.dashboard.domain import figures as figures_module
from duijie.dashboard.domain import optional
from duijie.dashboard.domain.figures import programme_figures
from tests.conftest import login
from tests.factories import (
    DepartmentFactory,
    ListingFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.projects.factories import ProjectFactory, SiteFactory
from tests.taskforce.factories import ProgressReportFactory, WorkItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(sectors):
    today = timezone.localdate()
    digital, health = sectors
    sg = OrganisationFactory(country="SG", org_type="enterprise")
    OrganisationFactory(country="SG", org_type="investor")
    cn = OrganisationFactory(country="CN", org_type="university", uen="", uscc="")
    ListingFactory(organisation=sg, content_locale="en").sectors.set([digital])
    ListingFactory(organisation=cn, content_locale="zh-hans").sectors.set([digital, health])
    ListingFactory(organisation=cn, content_locale="zh-hans", kind="challenge")
    ListingFactory(organisation=sg, status="draft").sectors.set([health])  # not published
    lead = DepartmentFactory(code="yp-invest", name_en="Investment Office")
    other = DepartmentFactory(code="yp-science", name_en="Science Commission")
    day = datetime.timedelta(days=1)
    WorkItemFactory(lead_unit=lead, start_date=today - 10 * day, due_date=today - day)  # overdue
    later = today + 60 * day
    WorkItemFactory(lead_unit=lead, start_date=today - 9 * day, due_date=later, done_on=today)
    fresh = WorkItemFactory(lead_unit=other, start_date=today - 5 * day, due_date=later)
    ProgressReportFactory(work_item=fresh, reported_on=today)  # on track
    WorkItemFactory(lead_unit=other, start_date=today + 3 * day, due_date=later)  # not started
    ProjectFactory(investor=sg, responsible_unit=lead, stage="negotiating", currency="USD",
                   investment_amount=Decimal("1000000"), jobs=40)  # fmt: skip
    ProjectFactory(investor=sg, responsible_unit=lead, stage="signed", currency="USD",
                   investment_amount=Decimal("2500000.50"), jobs=10)  # fmt: skip
    ProjectFactory(investor=sg, responsible_unit=lead, stage="dropped", currency="CNY",
                   investment_amount=Decimal("9"), jobs=99)  # fmt: skip
    SiteFactory(contact_unit=lead, kind="park", available_area_m2=12000)
    SiteFactory(contact_unit=lead, kind="idle_floor", available_area_m2=1800, district="jiading")
    SiteFactory(contact_unit=lead, kind="building", available_area_m2=500, is_available=False)
    return {"lead": lead, "today": today}


def counts(rows):
    return {row["key"]: row["count"] for row in rows}


def test_figures_are_exact(programme):
    with translation.override("en"):
        data = programme_figures(today=programme["today"])
    assert data["organisations"]["total"] == 3
    assert counts(data["organisations"]["by_country"]) == {"SG": 2, "CN": 1, "OTHER": 0}
    assert counts(data["organisations"]["by_type"]) == {
        "enterprise": 1, "university": 1, "investor": 1,
    }  # fmt: skip
    assert data["listings"]["published"] == 3
    assert counts(data["listings"]["by_sector"]) == {"digital_ai": 2, "healthcare": 1}
    assert counts(data["listings"]["by_language"]) == {"zh-hans": 2, "en": 1}
    assert counts(data["listings"]["by_kind"])["challenge"] == 1
    assert counts(data["work_items"]["by_status"]) == {
        "not_started": 1, "on_track": 1, "at_risk": 0, "overdue": 1, "done": 1,
    }  # fmt: skip
    units = {
        u["key"]: (u["total"], counts(u["by_status"])) for u in data["work_items"]["by_lead_unit"]
    }
    assert units["yp-invest"][0] == 2 and units["yp-invest"][1]["overdue"] == 1
    assert counts(data["projects"]["by_stage"]) == {
        "lead": 0, "contacted": 0, "negotiating": 1, "signed": 1, "registered": 0,
        "operating": 0, "dropped": 1,
    }  # fmt: skip
    assert data["projects"]["investment_by_currency"] == [
        {"currency": "USD", "amount": "3500000.50"}
    ]
    assert data["projects"]["jobs_planned"] == 50
    assert data["sites"]["available_area_m2"] == 13800
    assert counts(data["sites"]["area_by_kind"]) == {
        "park": 12000,
        "building": 0,
        "idle_floor": 1800,
    }
    assert counts(data["sites"]["area_by_district"]) == {"yangpu": 12000, "jiading": 1800}


def test_labels_follow_the_reader_language(programme):
    with translation.override("en"):
        english = programme_figures(today=programme["today"])
    assert english["listings"]["by_sector"][0]["label"] == "Digital economy and AI"
    with translation.override("zh-hans"):
        chinese = programme_figures(today=programme["today"])
    assert chinese["listings"]["by_sector"][0]["label"] == "数字经济与人工智能"


def test_sections_of_missing_apps_are_none(programme, monkeypatch):
    monkeypatch.setattr(optional, "optional_model", lambda label: None)
    data = programme_figures(today=programme["today"])
    assert (data["matching"], data["events"], data["consulting"]) == (None, None, None)


def test_optional_model_handles_unknown_names():
    assert optional.optional_model("nowhere.Model") is None
    assert optional.optional_model("not-a-label") is None


def test_page_for_government_users_only(client, programme):
    page = reverse("web:dashboard")
    assert client.get(page).status_code == 302
    assert login(client, MembershipFactory().user).get(page).status_code == 403
    response = login(client, UserFactory(department=programme["lead"], language="en")).get(page)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Programme dashboard" in html and "13,800" in html


def test_page_in_chinese(client, programme):
    user = UserFactory(department=programme["lead"], language="zh-hans")
    html = login(client, user).get(reverse("web:dashboard")).content.decode()
    assert "合作项目数据看板" in html and "按主办单位" in html


def test_page_renders_without_optional_sections(client, programme, monkeypatch):
    monkeypatch.setattr(optional, "optional_model", lambda label: None)
    user = UserFactory(is_staff=True, language="en")
    response = login(client, user).get(reverse("web:dashboard"))
    assert response.status_code == 200
    assert "Consulting requests by status" not in response.content.decode()


def test_api_figures(client, programme):
    assert client.get("/api/dashboard/figures").status_code == 401
    assert login(client, MembershipFactory().user).get("/api/dashboard/figures").status_code == 403
    login(client, UserFactory(department=programme["lead"], language="en"))
    data = client.get("/api/dashboard/figures").json()
    assert data["sites"]["available_area_m2"] == 13800
    assert data["projects"]["jobs_planned"] == 50
    assert set(data) == {
        "generated_on", "organisations", "listings", "matching", "events", "consulting",
        "work_items", "projects", "sites",
    }  # fmt: skip


def test_module_exports_one_entry_point():
    assert figures_module.programme_figures is programme_figures
