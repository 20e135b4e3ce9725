"""Partner API tokens (`Authorization: Bearer dj_…`) beside the browser session.

A token call carries no cookie, so it needs no CSRF token. An unknown, revoked or expired
token is 401; a valid token without the endpoint's scope is 403. The token's account (if
any) becomes `request.user`, so the endpoint's permission rules judge the call as they would
judge that member; `request.api_token` tells the endpoint the call came with a token.
Each token has its own rate limit (`EXCHANGE_TOKEN_RATE`, 600 calls a minute): 429 beyond.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer

from duijie.common.ratelimit import ratelimit
from duijie.exchange.domain.tokens import TokenRefused, authenticate_token

DEFAULT_RATE = "600/m"


class TokenAuth(HttpBearer):
    """Accept a partner token holding `scope`."""

    def __init__(self, scope: str):
        super().__init__()
        self.scope = str(scope)

    def authenticate(self, request, token: str):
        try:
            api_token = authenticate_token(token, scope=self.scope)
        except TokenRefused:
            raise HttpError(401, _("This API token is unknown, revoked or expired.")) from None
        # Per token, not per address: a partner's servers may share or change addresses.
        rate = getattr(settings, "EXCHANGE_TOKEN_RATE", DEFAULT_RATE)
        ratelimit(request, "api-token", rate, by=f"token:{api_token.pk}")
        request.user = api_token.user or AnonymousUser()
        request.api_token = api_token
        return api_token


def token_of(request):
    """The token a call was made with, or None for a session call."""
    return getattr(request, "api_token", None)
