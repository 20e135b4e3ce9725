"""`duijie issue-token`: a partner token from the console; prints the secret once."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from duijie.common.errors import DomainError
from duijie.directory.models import Organisation, User
from duijie.exchange.domain.tokens import issue_token
from duijie.exchange.models import PartnerPlatform, Scope


class Command(BaseCommand):
    help = "Issue a partner API token and print its secret (shown only this once)."

    def add_arguments(self, parser):
        owner = parser.add_mutually_exclusive_group(required=True)
        owner.add_argument("--organisation", type=int, help="id of the owning organisation")
        owner.add_argument("--partner", help="code of the owning partner platform")
        parser.add_argument("--user", help="e-mail of the member the token acts as")
        parser.add_argument("--name", required=True)
        parser.add_argument("--scope", action="append", required=True, choices=Scope.values)
        parser.add_argument("--days", type=int, default=365)

    def handle(self, *args, **options):
        try:
            organisation = partner = user = None
            if options["organisation"]:
                organisation = Organisation.objects.get(pk=options["organisation"])
            else:
                partner = PartnerPlatform.objects.get(slug=options["partner"])
            if options["user"]:
                user = User.objects.get(email__iexact=options["user"])
            _token, secret = issue_token(
                actor=None,
                name=options["name"],
                scopes=options["scope"],
                days=options["days"],
                organisation=organisation,
                partner=partner,
                user=user,
            )
        except (Organisation.DoesNotExist, PartnerPlatform.DoesNotExist, User.DoesNotExist):
            raise CommandError("No such organisation, partner platform or user.") from None
        except DomainError as error:
            raise CommandError(str(error.message)) from None
        self.stdout.write(secret)
