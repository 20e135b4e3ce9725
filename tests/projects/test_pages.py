import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from duijie.common.audit import state_history
from duijie.common.models import AuditEvent
from duijie.projects.models import CarrierSite, InvestmentProject
from duijie_demo.loaders.projects import load_demo
from tests.conftest import login
from tests.projects.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"web:{name}", args=args)


@pytest.mark.parametrize("who", ["company", "staff"])
def test_companies_and_operators_get_403_on_projects(client, people, project, who):
    login(client, people[who])
    assert client.get(url("projects_list")).status_code == 403
    assert client.get(url("projects_export")).status_code == 403
    assert client.get(url("projects_detail", project.pk)).status_code == 404


def test_company_cannot_see_sites(client, people, site):
    login(client, people["company"])
    assert client.get(url("projects_site_list")).status_code == 403
    assert client.get(url("projects_site_detail", site.pk)).status_code == 404


def test_other_unit_gets_404_and_list_hides_the_project(client, people, project):
    login(client, people["commerce"])
    assert client.get(url("projects_detail", project.pk)).status_code == 404
    assert "Merlion" not in client.get(url("projects_list")).content.decode()
    response = client.post(url("projects_stage", project.pk), {"to": "contacted"})
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(target_type="projects.investmentproject").exists()


def test_project_page_ranks_sites_with_reasons(client, people, project, site):
    content = login(client, people["commerce"]).get(url("projects_site_detail", site.pk))
    assert "Merlion" not in content.content.decode()  # not their project
    page = login(client, people["invest"]).get(url("projects_detail", project.pk))
    html = page.content.decode()
    assert "长阳创谷B2栋5层" in html
    assert page.context["matches"][0]["score"].total == 100
    assert "可用面积1500 m²，满足1000 m²需求。" in html


def test_site_page_lists_fitting_projects_for_their_unit(client, people, project, site):
    html = login(client, people["invest"]).get(url("projects_site_detail", site.pk)).content
    assert "鱼尾狮数字亚太研发中心" in html.decode()


def test_stage_form_errors_and_success(client, people, project):
    login(client, people["invest"])
    response = client.post(url("projects_stage", project.pk), {"to": "dropped", "note": ""})
    assert response.status_code == 400
    assert "note" in response.context["stage_form"].errors
    response = client.post(url("projects_stage", project.pk), {"to": "signed"})
    assert response.status_code == 400  # not offered: one stage at a time
    response = client.post(url("projects_stage", project.pk), {"to": "contacted"})
    project.refresh_from_db()
    assert response.status_code == 302 and project.stage == "contacted"


def test_create_project_with_bad_input_keeps_it_and_saves_nothing(client, people, project, units):
    login(client, people["commerce"])
    data = {
        "name_zh": "", "name_en": "", "investor": project.investor.pk, "currency": "USD",
        "space_type": "office", "content_locale": "en", "investment_amount": "-5",
        "responsible_unit": units["invest"].pk, "jobs": "many",
    }  # fmt: skip
    response = client.post(url("projects_create"), data)
    errors = response.context["form"].errors
    assert {"name_zh", "investment_amount", "responsible_unit", "jobs"} <= set(errors)
    assert InvestmentProject.objects.count() == 1
    data.update(name_en="Straits HQ", investment_amount="3000000", jobs="20")
    data["responsible_unit"] = units["commerce"].pk
    response = client.post(url("projects_create"), data)
    created = InvestmentProject.objects.get(name_en="Straits HQ")
    assert response["Location"] == url("projects_detail", created.pk)


def test_project_export_opens_with_openpyxl(client, people, project, units):
    ProjectFactory(responsible_unit=units["commerce"], name_en="Hidden from invest")
    response = login(client, people["commerce"]).get(url("projects_export"))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Project", "Investor")
    assert [row[0] for row in rows[1:]] == ["Hidden from invest"]
    assert rows[1][5] == 10000000  # a number in Excel, not text


def test_site_filters_and_export(client, people, site):
    login(client, people["staff"])
    page = client.get(url("projects_site_list") + "?space_type=lab")
    assert "Changyang" not in page.content.decode()
    response = client.get(url("projects_site_export") + "?space_type=office")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["Changyang Valley B2 5F"]
    bad = client.get(url("projects_site_list") + "?min_area=-3")
    assert bad.status_code == 200 and "min_area" in bad.context["form"].errors


def test_pages_in_chinese_and_english(client, people, project):
    chinese = login(client, people["invest"]).get(url("projects_detail", project.pk))
    assert "鱼尾狮数字亚太研发中心" in chinese.content.decode()
    assert "负责单位" in chinese.content.decode()
    english = login(client, people["commerce"]).get(url("projects_list"))
    assert "Investment projects" in english.content.decode()


def test_demo_loads_idempotently(sectors):
    first = load_demo()
    assert load_demo() == first
    assert InvestmentProject.objects.filter(demo_key__startswith="pj-").count() == 7
    assert CarrierSite.objects.get(demo_key="site-changyang-b2-5f").parent.demo_key == (
        "site-changyang-park"
    )
    dropped = InvestmentProject.objects.get(demo_key="pj-jurong-base")
    assert [c.to_state for c in state_history(dropped)] == [
        "lead", "contacted", "negotiating", "dropped",
    ]  # fmt: skip


def test_record_site_with_bad_input_then_good(client, people, units, sectors):
    login(client, people["commerce"])
    data = {
        "name_zh": "", "name_en": "", "kind": "building", "district": "yangpu",
        "space_types": ["garage"], "available_area_m2": "-10", "rent_min": "5", "rent_max": "4",
        "contact_unit": units["commerce"].pk, "content_locale": "zh-hans", "is_available": "on",
    }  # fmt: skip
    response = client.post(url("projects_site_create"), data)
    errors = response.context["form"].errors
    assert {"name_zh", "space_types", "available_area_m2", "rent_max"} <= set(errors)
    assert CarrierSite.objects.count() == 0
    data.update(name_zh="大桥科技楼宇", name_en="Daqiao Tech Building", space_types=["office"])
    data.update(available_area_m2="3000", rent_max="6")
    response = client.post(url("projects_site_create"), data)
    site = CarrierSite.objects.get()
    assert response["Location"] == url("projects_site_detail", site.pk)
    assert site.space_types == ["office"]
    login(client, people["invest"])  # another unit sees the site but may not change it
    assert client.get(url("projects_site_detail", site.pk)).status_code == 200
    assert client.get(url("projects_site_edit", site.pk)).status_code == 403
