"""Rate limits kept in the cache (Redis in production), and the client's real IP address.

`ratelimit(request, "password-reset", "5/h")` counts one attempt and raises `RateLimited`
past the rate; `RateLimitMiddleware` turns that into a 429 with `Retry-After` (JSON under
/api/, a translated page otherwise) and also limits the API per user, or per IP for visitors.
Windows are fixed (a counter per key and window), which is cheap and good enough to slow abuse.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class RateLimited(Exception):
    """Too many attempts; `retry_after` is the number of seconds until the window ends."""

    def __init__(self, retry_after: int):
        super().__init__(f"rate limited for {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int

    @classmethod
    def parse(cls, rate: str) -> Rate:
        """'5/h', '100/m', '20/10m': attempts per period."""
        count, period = rate.split("/")
        amount, unit = (period[:-1] or "1"), period[-1]
        return cls(int(count), int(amount) * PERIODS[unit])


def client_ip(request) -> str:
    """REMOTE_ADDR, or the first untrusted address in X-Forwarded-For when a trusted proxy
    (`DUIJIE_TRUSTED_PROXIES`, addresses or networks) forwarded the request."""
    remote = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"
    if not _trusted(remote):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for address in reversed([part.strip() for part in forwarded.split(",") if part.strip()]):
        if not _trusted(address):
            return address if _valid(address) else remote
    return remote


def _valid(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def _trusted(address: str) -> bool:
    if not settings.TRUSTED_PROXIES or not _valid(address):
        return False
    ip = ipaddress.ip_address(address)
    return any(ip in ipaddress.ip_network(net, strict=False) for net in settings.TRUSTED_PROXIES)


def ratelimit(request, key: str, rate: str, *, by: str = "") -> None:
    """Count one attempt of `key` by this client (`by`, default user or IP); refuse past `rate`."""
    if not settings.RATELIMIT_ENABLED:
        return
    limit = Rate.parse(rate)
    who = by or _who(request)
    window = int(time.time()) // limit.seconds
    digest = hashlib.sha256(f"{key}|{who}".encode()).hexdigest()[:32]
    cache_key = f"rl:{digest}:{window}"
    cache.add(cache_key, 0, timeout=limit.seconds + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=limit.seconds + 1)
        count = 1
    if count > limit.count:
        raise RateLimited(limit.seconds - int(time.time()) % limit.seconds)


def _who(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_ip(request)}"


def rate_limited(key: str, rate: str, *, methods=("POST",), by_ip: bool = False):
    """View decorator: `ratelimit` on the given methods (POST by default)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods:
                ratelimit(request, key, rate, by=f"ip:{client_ip(request)}" if by_ip else "")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def too_many_requests(request, retry_after: int) -> HttpResponse:
    message = _("Too many attempts. Please wait %(minutes)d minute(s) and try again.") % {
        "minutes": max(1, (retry_after + 59) // 60)
    }
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=429)
    else:
        context = {"message": message}
        response = render(request, "common/too_many_requests.html", context, status=429)
    response["Retry-After"] = str(max(1, retry_after))
    return response


class RateLimitMiddleware:
    """429 for `RateLimited` from any view; the API limited per user (or IP for visitors).

    `settings.RATELIMITS` maps URL names to the rate of POSTs to them (login, password reset,
    registration, interests, messages), so the views need no code of their own for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            try:
                write = request.method not in ("GET", "HEAD", "OPTIONS")
                ratelimit(request, "api", settings.RATELIMIT_API)
                if write:
                    ratelimit(request, "api-write", settings.RATELIMIT_API_WRITES)
            except RateLimited as limited:
                return too_many_requests(request, limited.retry_after)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        rate = settings.RATELIMITS.get(match.view_name) if match else None
        if rate and request.method == "POST":
            try:
                ratelimit(request, match.view_name, rate)
            except RateLimited as limited:
                return too_many_requests(request, limited.retry_after)
        return None

    def process_exception(self, request, exception):
        if isinstance(exception, RateLimited):
            return too_many_requests(request, exception.retry_after)
        return None
