from django.core.management.base import BaseCommand

from duijie.common.demo_loader import DEMO_PASSWORD, PLATFORM_USERS, load_demo, organisation_logins


class Command(BaseCommand):
    help = "Load the bilingual demo data (fictional organisations, listings and users). Idempotent."

    def handle(self, *args, **options):
        counts = load_demo()
        summary = ", ".join(f"{value} {name}" for name, value in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded: {summary}."))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, _name, _language, flags in PLATFORM_USERS:
            role = ", ".join(sorted(flags)) or "user"
            self.stdout.write(f"  {email:32} {role}")
        for email, role in organisation_logins():
            self.stdout.write(f"  {email:32} {role}")
