"""One history: the challenges' status changes move into the activity log (common.AuditEvent)."""

from django.db import migrations

from duijie.common.history_copy import copy_into_log


def challenge_rows(changes):
    """Activity-log rows for ChallengeStatusChange rows (the first one is the draft's creation)."""
    for change in changes:
        yield {
            "target_type": "challenges.challenge",
            "target_id": change.challenge_id,
            "verb": f"challenge.{change.to_status}" if change.from_status else "challenge.created",
            "actor_id": change.actor_id,
            "from_state": change.from_status,
            "to_state": change.to_status,
            "reason": change.reason,
            "data": {},
            "created_at": change.created_at,
        }


def forwards(apps, schema_editor):
    changes = apps.get_model("challenges", "ChallengeStatusChange").objects.order_by("id")
    copy_into_log(apps.get_model("common", "AuditEvent"), challenge_rows(changes.iterator()))


class Migration(migrations.Migration):
    dependencies = [
        ("common", "0004_activity_log_states"),
        ("challenges", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel(name="ChallengeStatusChange"),
    ]
