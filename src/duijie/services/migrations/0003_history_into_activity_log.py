"""One history: the consulting requests' history moves into the activity log (common.AuditEvent).

Departments and the assignee of each step are kept by number in the entry's data.
"""

from django.db import migrations

from duijie.common.history_copy import copy_into_log


def request_rows(events):
    """Activity-log rows for RequestEvent rows."""
    for event in events:
        yield {
            "target_type": "services.consultingrequest",
            "target_id": event.request_id,
            "verb": f"consulting_request.{event.kind}",
            "actor_id": event.actor_id,
            "from_state": event.from_status,
            "to_state": event.to_status,
            "reason": event.reason,
            "data": {
                "from_department": event.from_department_id,
                "to_department": event.to_department_id,
                "assignee": event.assignee_id,
            },
            "created_at": event.created_at,
        }


def forwards(apps, schema_editor):
    events = apps.get_model("services", "RequestEvent").objects.order_by("id")
    copy_into_log(apps.get_model("common", "AuditEvent"), request_rows(events.iterator()))


class Migration(migrations.Migration):
    dependencies = [
        ("common", "0004_activity_log_states"),
        ("services", "0002_categories_and_holidays"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel(name="RequestEvent"),
    ]
