from django.core.management.base import BaseCommand

from duijie.common.demo_loader import DEMO_PASSWORD, PLATFORM_USERS, load_demo


class Command(BaseCommand):
    help = "Load the bilingual demo data (fictional organisations, listings and users). Idempotent."

    def handle(self, *args, **options):
        counts = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo data: {organisations} organisations, {listings} listings, "
                "{people} organisation people.".format(**counts)
            )
        )
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, _name, _language, flags in PLATFORM_USERS:
            role = ", ".join(sorted(flags)) or "user"
            self.stdout.write(f"  {email:34} {role}")
        self.stdout.write("  Organisation admins: see `duijie demo-logins` or docs/demo.md")
