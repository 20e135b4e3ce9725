"""E-mail addresses are unique ignoring case; existing clashes are reported, never merged.

Before the constraint is added, every group of accounts whose addresses differ only in case is
listed and the migration stops: which account keeps the address is a person's decision (merge
by hand in the admin, or change one address), so nothing is changed silently.
"""

from collections import defaultdict
from collections.abc import Iterable

import django.db.models.functions.text
from django.db import migrations, models


def case_clashes(emails: Iterable[str]) -> dict[str, list[str]]:
    """Addresses that are the same ignoring case, grouped by their lower-case form."""
    groups: dict[str, list[str]] = defaultdict(list)
    for email in emails:
        groups[email.lower()].append(email)
    return {key: sorted(found) for key, found in sorted(groups.items()) if len(found) > 1}


def report_clashes(apps, schema_editor):
    User = apps.get_model("directory", "User")
    clashes = case_clashes(User.objects.values_list("email", flat=True))
    if clashes:
        lines = [f"  {', '.join(found)}" for found in clashes.values()]
        raise RuntimeError(
            "These accounts' e-mail addresses differ only in case; resolve each group "
            "(merge the accounts or change an address), then migrate again:\n" + "\n".join(lines)
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [
        migrations.RunPython(report_clashes, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                name="user_email_unique_ignoring_case",
                violation_error_message="An account with this email address already exists.",
            ),
        ),
    ]
