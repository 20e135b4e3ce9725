"""One history: the projects' stage changes move into the activity log (common.AuditEvent)."""

from django.db import migrations

from duijie.common.history_copy import copy_into_log


def project_rows(changes):
    """Activity-log rows for StageChange rows (the first one is the project's creation)."""
    for change in changes:
        yield {
            "target_type": "projects.investmentproject",
            "target_id": change.project_id,
            "verb": f"project.{change.to_stage}" if change.from_stage else "project.created",
            "actor_id": change.actor_id,
            "from_state": change.from_stage,
            "to_state": change.to_stage,
            "reason": change.note,
            "data": {},
            "created_at": change.created_at,
        }


def forwards(apps, schema_editor):
    changes = apps.get_model("projects", "StageChange").objects.order_by("id")
    copy_into_log(apps.get_model("common", "AuditEvent"), project_rows(changes.iterator()))


class Migration(migrations.Migration):
    dependencies = [
        ("common", "0004_activity_log_states"),
        ("projects", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel(name="StageChange"),
    ]
