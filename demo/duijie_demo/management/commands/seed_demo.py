from django.core.management.base import BaseCommand

from duijie_demo.accounts import DEMO_PASSWORD
from duijie_demo.loaders.directory import PLATFORM_USERS
from duijie_demo.loaders.people import organisation_logins
from duijie_demo.seed import load_demo


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
