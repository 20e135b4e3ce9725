"""Webhook signatures and back-off: pure functions, shared by Duijie and the receiver example."""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "X-Duijie-Signature"
TIMESTAMP_HEADER = "X-Duijie-Timestamp"
EVENT_HEADER = "X-Duijie-Event"
TOLERANCE_SECONDS = 300
MAX_ATTEMPTS = 6
FIRST_DELAY_SECONDS = 60
MAX_DELAY_SECONDS = 6 * 3600


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """HMAC-SHA256 over `timestamp.body`, hex, as sent in the signature header (`v1=…`)."""
    message = str(timestamp).encode() + b"." + body
    return "v1=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, now: int) -> bool:
    """Whether a delivery is genuine and fresh (replays older than the tolerance fail)."""
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


def retry_delay(attempts: int) -> int | None:
    """Seconds before the next try after `attempts` failed ones; None once they are used up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return min(FIRST_DELAY_SECONDS * 2 ** (attempts - 1), MAX_DELAY_SECONDS)
