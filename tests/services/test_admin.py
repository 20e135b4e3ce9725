"""The Django admin: routing only for administrators and audited; requests read-only."""

from django.urls import reverse

from duijie.common.models import AuditEvent
from tests.conftest import login
from tests.services.factories import category


def test_administrators_change_routing_in_the_admin_through_the_domain(client, desk):
    rule = category().routing_rule
    url = reverse("admin:services_routingrule_change", args=[rule.pk])
    data = {
        "category": rule.category_id,
        "department": desk.invest.pk,
        "response_working_days": 7,
        "reminder_working_days": 2,
    }
    response = login(client, desk.admin).post(url, data)
    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.department, rule.response_working_days) == (desk.invest, 7)
    assert AuditEvent.objects.filter(verb="routing_rule.set", actor=desk.admin).exists()


def test_the_admin_refuses_a_reminder_after_the_deadline(client, desk):
    rule = category().routing_rule
    url = reverse("admin:services_routingrule_change", args=[rule.pk])
    data = {
        "category": rule.category_id,
        "department": desk.invest.pk,
        "response_working_days": 2,
        "reminder_working_days": 2,
    }
    response = login(client, desk.admin).post(url, data)
    assert response.status_code == 200
    rule.refresh_from_db()
    assert rule.department == desk.commerce


def test_platform_staff_cannot_change_routing_in_the_admin(client, desk):
    from django.contrib.auth.models import Permission

    desk.operator.user_permissions.add(*Permission.objects.filter(codename__endswith="routingrule"))
    rule = category().routing_rule
    url = reverse("admin:services_routingrule_change", args=[rule.pk])
    response = login(client, desk.operator).post(url, {"department": desk.invest.pk})
    assert response.status_code == 403
    rule.refresh_from_db()
    assert rule.department == desk.commerce


def test_requests_are_read_only_in_the_admin(client, desk, submit):
    item = submit()
    url = reverse("admin:services_consultingrequest_change", args=[item.pk])
    response = login(client, desk.admin).post(url, {"subject": "changed"})
    item.refresh_from_db()
    assert response.status_code == 403 and item.subject != "changed"
