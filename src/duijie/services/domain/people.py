"""Who works on a request: department staff, handlers and escalation contacts."""

from __future__ import annotations

from duijie.directory.models import User


def department_staff(department_id: int) -> list[User]:
    """Every active user belonging to the department, in a stable order."""
    return list(User.objects.filter(department_id=department_id, is_active=True).order_by("pk"))


def handlers_of(consulting_request) -> list[User]:
    """The assignee when there is one, otherwise every active member of the department."""
    assignee = consulting_request.assignee
    if assignee is not None and assignee.is_active:
        return [assignee]
    return department_staff(consulting_request.department_id)


def escalation_recipients(consulting_request) -> list[User]:
    """The department's service leads and the platform administrators, each once."""
    leads = User.objects.filter(
        service_lead_roles__department_id=consulting_request.department_id, is_active=True
    )
    admins = User.objects.filter(is_superuser=True, is_active=True)
    return list((leads | admins).distinct().order_by("pk"))
