import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

KINDS = [
    ("interest_received", "Interest received"),
    ("interest_answered", "Interest answered"),
    ("message", "New message"),
    ("meeting_request", "Meeting request"),
    ("meeting_accepted", "Meeting request answered"),
    ("meeting_scheduled", "Meeting scheduled"),
    ("recommendation", "Broker recommendation"),
    ("new_matches", "New matches"),
    ("request_received", "Consulting request received"),
    ("request_answered", "Consulting request answered"),
    ("deadline_near", "Deadline near"),
    ("translation_added", "Translation added"),
    ("registration", "Event registration"),
    ("event_reminder", "Event reminder"),
    ("work_item", "Task-force work item"),
    ("other", "Other"),
]
DELIVERIES = [
    ("in_app", "In the app only"),
    ("email", "E-mail at once"),
    ("daily", "Daily digest"),
    ("weekly", "Weekly digest"),
    ("off", "Off"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("common", "0002_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Notification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(choices=KINDS, max_length=32, verbose_name="kind")),
                (
                    "delivery",
                    models.CharField(choices=DELIVERIES, max_length=8, verbose_name="delivery"),
                ),
                ("title", models.CharField(max_length=300, verbose_name="title")),
                ("body", models.TextField(blank=True, verbose_name="text")),
                ("url", models.CharField(blank=True, max_length=500, verbose_name="link")),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="created"),
                ),
                ("read_at", models.DateTimeField(blank=True, null=True, verbose_name="read")),
                (
                    "emailed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="e-mailed"),
                ),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "recipient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "notification",
                "verbose_name_plural": "notifications",
                "ordering": ["-created_at", "-id"],
                "indexes": [
                    models.Index(fields=["recipient", "read_at"], name="notification_unread_idx"),
                    models.Index(fields=["delivery", "emailed_at"], name="notification_outbox_idx"),
                ],
            },
        ),
        migrations.CreateModel(
            name="NotificationPreference",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(choices=KINDS, max_length=32, verbose_name="kind")),
                (
                    "delivery",
                    models.CharField(choices=DELIVERIES, max_length=8, verbose_name="delivery"),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notification_preferences",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "notification preference",
                "verbose_name_plural": "notification preferences",
                "constraints": [
                    models.UniqueConstraint(fields=("user", "kind"), name="one_preference_per_kind")
                ],
            },
        ),
    ]
