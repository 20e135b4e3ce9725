"""Webhook signatures as the documented receiver checks them, and the back-off schedule."""

from duijie.exchange.core.signing import MAX_ATTEMPTS, retry_delay, sign, verify

BODY = b'{"event": "listing.published"}'


def test_the_receiver_accepts_a_genuine_fresh_delivery_only():
    signature = sign("s3cret", 1_700_000_000, BODY)
    assert signature.startswith("v1=") and len(signature) == 67
    assert verify("s3cret", "1700000000", BODY, signature, now=1_700_000_100)
    assert not verify("other", "1700000000", BODY, signature, now=1_700_000_100)
    assert not verify("s3cret", "1700000000", BODY + b" ", signature, now=1_700_000_100)
    assert not verify("s3cret", "1700000001", BODY, signature, now=1_700_000_100)
    assert not verify("s3cret", "1700000000", BODY, signature, now=1_700_000_301)
    assert not verify("s3cret", "soon", BODY, signature, now=1_700_000_000)


def test_retries_back_off_then_stop():
    assert [retry_delay(n) for n in range(1, MAX_ATTEMPTS + 1)] == [
        60,
        120,
        240,
        480,
        960,
        None,
    ]
