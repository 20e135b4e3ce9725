import pytest

from tests.conftest import login
from tests.projects.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_projects_api_access(client, people, units, project):
    assert client.get("/api/projects/").status_code == 401
    assert login(client, people["company"]).get("/api/projects/").status_code == 403
    assert client.get("/api/projects/sites").status_code == 403
    hidden = ProjectFactory(responsible_unit=units["commerce"], name_en="Commerce secret")
    login(client, people["invest"])
    response = client.get("/api/projects/")
    assert [p["id"] for p in response.json()["items"]] == [project.pk]
    assert "Commerce secret" not in response.content.decode()
    assert client.get(f"/api/projects/{hidden.pk}").status_code == 404


def test_project_detail_lists_ranked_sites_with_reason_codes(client, people, project, site):
    data = login(client, people["invest"]).get(f"/api/projects/{project.pk}").json()
    (match,) = data["matching_sites"]
    assert match["site"]["id"] == site.pk and match["score"]["total"] == 100
    assert [r["code"] for r in match["score"]["reasons"]] == [
        "area_fits", "type_fits", "sector_fits", "budget_fits",
    ]  # fmt: skip


def test_site_detail_only_lists_projects_the_caller_may_see(client, people, project, site):
    data = login(client, people["commerce"]).get(f"/api/projects/sites/{site.pk}").json()
    assert data["fitting_projects"] == []
    data = login(client, people["invest"]).get(f"/api/projects/sites/{site.pk}").json()
    assert [m["project"]["id"] for m in data["fitting_projects"]] == [project.pk]


def test_sites_api_validates_filters(client, people, site):
    login(client, people["staff"])
    assert client.get("/api/projects/sites?min_area=-1").status_code == 422
    assert client.get("/api/projects/sites?min_area=abc").status_code == 422
    assert client.get("/api/projects/sites?space_type=office").json()["count"] == 1
