import pytest
from django.contrib.auth.models import AnonymousUser

from duijie.common.audit import state_history
from duijie.common.errors import DomainError, PermissionDenied
from duijie.projects.domain import projects as project_domain
from duijie.projects.domain import sites as site_domain
from duijie.projects.domain.access import visible_projects, visible_sites
from duijie.projects.domain.matching import fitting_projects, ranked_sites
from duijie.projects.models import InvestmentProject
from tests.projects.factories import ProjectFactory, SiteFactory

pytestmark = pytest.mark.django_db


def test_projects_visible_to_responsible_unit_and_coordinators_only(people, units, project):
    other = ProjectFactory(responsible_unit=units["commerce"])
    assert list(visible_projects(people["invest"])) == [project]
    assert list(visible_projects(people["commerce"])) == [other]
    assert set(visible_projects(people["coordinator"])) == {project, other}
    for who in ("company", "staff"):
        assert list(visible_projects(people[who])) == []
    assert list(visible_projects(AnonymousUser())) == []


def test_sites_visible_to_government_and_platform_staff_not_companies(people, site):
    for who in ("invest", "commerce", "coordinator", "staff"):
        assert list(visible_sites(people[who])) == [site]
    assert list(visible_sites(people["company"])) == []
    assert list(visible_sites(AnonymousUser())) == []


def test_walking_the_pipeline_records_who_and_when(people, project):
    actor = people["invest"]
    for stage in ("contacted", "negotiating", "signed"):
        project_domain.move_project(project, actor=actor, to=stage)
    history = list(state_history(project))
    assert [(c.from_state, c.to_state) for c in history] == [
        ("lead", "contacted"), ("contacted", "negotiating"), ("negotiating", "signed"),
    ]  # fmt: skip
    assert {c.actor for c in history} == {actor}
    assert project.stage == "signed" and project.stage_changed_at is not None


@pytest.mark.parametrize(
    ("start", "target", "note", "code"),
    [
        ("lead", "signed", "", "skip"),
        ("signed", "contacted", "", "backward"),
        ("negotiating", "dropped", "", "reason"),
        ("operating", "dropped", "why", "final"),
    ],
)
def test_invalid_transitions_change_nothing(people, project, start, target, note, code):
    InvestmentProject.objects.filter(pk=project.pk).update(stage=start)
    project.refresh_from_db()
    with pytest.raises(DomainError) as error:
        project_domain.move_project(project, actor=people["invest"], to=target, note=note)
    assert error.value.code == code
    project.refresh_from_db()
    assert project.stage == start
    assert state_history(project).count() == 0


def test_drop_keeps_the_reason_and_reopening_clears_it(people, project):
    project_domain.move_project(project, actor=people["invest"], to="dropped", note="Chose Suzhou")
    assert (project.stage, project.dropped_reason) == ("dropped", "Chose Suzhou")
    project_domain.move_project(project, actor=people["invest"], to="lead")
    assert (project.stage, project.dropped_reason) == ("lead", "")


def test_other_units_cannot_move_or_edit(people, project):
    with pytest.raises(PermissionDenied):
        project_domain.move_project(project, actor=people["commerce"], to="contacted")
    with pytest.raises(PermissionDenied):
        project_domain.update_project(project, actor=people["company"], fields={"jobs": 1})


def test_units_record_projects_for_themselves_only(people, units, project):
    fields = {
        "name_en": "New lead", "investor": project.investor, "responsible_unit": units["commerce"],
        "space_type": "office", "currency": "USD", "content_locale": "en",
    }  # fmt: skip
    with pytest.raises(DomainError):
        project_domain.create_project(actor=people["invest"], fields=fields)
    created = project_domain.create_project(actor=people["coordinator"], fields=fields)
    assert created.stage == "lead" and state_history(created).get().to_state == "lead"


def test_site_rules(people, units, site):
    with pytest.raises(DomainError):
        site_domain.update_site(site, actor=people["invest"], fields={"space_types": ["garage"]})
    with pytest.raises(PermissionDenied):
        site_domain.update_site(site, actor=people["commerce"], fields={"available_area_m2": 1})
    updated = site_domain.update_site(
        site, actor=people["invest"], fields={"available_area_m2": 900}
    )
    assert updated.available_area_m2 == 900


def test_ranked_sites_and_fitting_projects(people, units, project, site, sectors):
    lab = SiteFactory(contact_unit=units["commerce"], space_types=["lab"])
    small = SiteFactory(contact_unit=units["commerce"], available_area_m2=800)
    SiteFactory(contact_unit=units["commerce"], is_available=False)
    ranked = ranked_sites(project, visible_sites(people["invest"]))
    assert [(s, score.total) for s, score in ranked] == [
        (site, 100),
        (small, 81),
    ]  # 28 + 25 + 12.5 + 15
    assert lab not in [s for s, _ in ranked]
    dropped = ProjectFactory(responsible_unit=units["invest"], stage="dropped")
    fitting = fitting_projects(site, visible_projects(people["invest"]))
    assert [p for p, _ in fitting] == [project]
    assert dropped not in [p for p, _ in fitting]
    assert fitting_projects(site, visible_projects(people["commerce"])) == []
