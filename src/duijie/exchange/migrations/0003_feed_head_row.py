from django.db import migrations


def create_head(apps, schema_editor):
    # The one row the feed locks; created here so two first writers never race to create it.
    apps.get_model("exchange", "FeedHead").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("exchange", "0002_webhooks")]

    operations = [migrations.RunPython(create_head, migrations.RunPython.noop)]
