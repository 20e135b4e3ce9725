"""Permission rules of the exchange with partner platforms (django-rules, autodiscovered)."""

from __future__ import annotations

import rules

from duijie.common.permissions import is_platform_staff
from duijie.directory.rules import is_org_admin


@rules.predicate
def is_token_org_admin(user, token) -> bool:
    return token is not None and token.organisation_id is not None and is_org_admin(user, token)


rules.add_perm("exchange.issue_token", is_platform_staff)
rules.add_perm("exchange.revoke_token", is_platform_staff | is_token_org_admin)
rules.add_perm("exchange.view_feed", is_platform_staff)
rules.add_perm("exchange.import_listings", is_platform_staff)
rules.add_perm("exchange.replay_webhook", is_platform_staff)
