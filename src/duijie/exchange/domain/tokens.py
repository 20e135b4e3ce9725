"""Partner API tokens: issued with scopes and an expiry, checked per call, revoked for good."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.permissions import require
from duijie.exchange.models import ApiToken, Scope
from duijie.exchange.models.tokens import WRITE_SCOPES

TOKEN_PREFIX = "dj_"
# Writing last_used_at on every call would make every read a write; a minute is precise enough.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


class TokenRefused(Exception):
    """The secret is unknown, revoked or expired (401)."""


def _digest(secret: str) -> str:
    # The secret is 256 random bits, so a plain SHA-256 cannot be brute-forced.
    return hashlib.sha256(secret.encode()).hexdigest()


def token_problem(scopes, *, organisation, partner, user) -> str | None:
    """Why a token with these scopes and owners cannot be issued, or None."""
    unknown = sorted(set(scopes) - set(Scope.values))
    if unknown:
        return _("Unknown scope: %(scope)s") % {"scope": ", ".join(unknown)}
    if (organisation is None) == (partner is None):
        return _("A token belongs to exactly one organisation or partner platform.")
    if set(scopes) & WRITE_SCOPES:
        if organisation is None or user is None:
            return _("A token that writes needs an organisation and a member to act as.")
        if not user.memberships.filter(organisation=organisation).exists():
            return _("The token must act as a member of its organisation.")
    return None


def issue_token(
    *,
    actor,
    name: str,
    scopes: list[str],
    days: int = 365,
    organisation=None,
    partner=None,
    user=None,
) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which is never shown again."""
    require(actor, "exchange.issue_token", organisation or partner)
    problem = token_problem(scopes, organisation=organisation, partner=partner, user=user)
    if problem:
        raise DomainError(problem)
    prefix = secrets.token_hex(6)
    secret = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    with transaction.atomic():
        token = ApiToken.objects.create(
            name=name,
            prefix=prefix,
            secret_hash=_digest(secret),
            organisation=organisation,
            partner=partner,
            user=user,
            scopes=sorted(set(scopes)),
            expires_at=timezone.now() + datetime.timedelta(days=days),
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        record_event(token, "api_token.issued", actor=actor, scopes=token.scopes)
    return token, secret


def revoke_token(token: ApiToken, *, actor) -> ApiToken:
    """Refuse the token from now on; a revoked token cannot be restored."""
    require(actor, "exchange.revoke_token", token)
    with transaction.atomic():
        locked = ApiToken.objects.select_for_update().get(pk=token.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
            locked.save(update_fields=["revoked_at"])
            record_event(locked, "api_token.revoked", actor=actor)
    token.refresh_from_db()
    return token


def authenticate_token(secret: str, *, scope: str) -> ApiToken:
    """The active token with this secret, or TokenRefused; PermissionDenied if out of scope."""
    parts = secret.removeprefix(TOKEN_PREFIX).split("_", 1)
    if not secret.startswith(TOKEN_PREFIX) or len(parts) != 2:
        raise TokenRefused()
    token = ApiToken.objects.select_related("user", "organisation").filter(prefix=parts[0]).first()
    if token is None or not hmac.compare_digest(token.secret_hash, _digest(secret)):
        raise TokenRefused()
    now = timezone.now()
    if not token.is_active(now):
        raise TokenRefused()
    if scope not in token.scopes:
        raise PermissionDenied(
            _("This token does not allow this (scope %(scope)s).") % {"scope": scope}
        )
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def require_acts_for(token: ApiToken | None, organisation) -> None:
    """A token writes only for the organisation it belongs to."""
    if token is not None and token.organisation_id != getattr(organisation, "pk", None):
        raise PermissionDenied(_("This token cannot act for that organisation."))


def record_token_write(token: ApiToken, target, *, action: str) -> None:
    """Log a write made with a token in the activity log, naming the token and its owner."""
    record_event(
        target,
        f"api_token.{action}",
        actor=token.user,
        token=token.pk,
        token_prefix=token.prefix,
        organisation=token.organisation_id,
        partner=token.partner_id,
    )
