"""The demo password and the one way every demo loader creates an account."""

from __future__ import annotations

import functools

from django.contrib.auth.hashers import make_password

from duijie.directory.models import User

DEMO_PASSWORD = "duijie-demo-2026"


@functools.cache
def demo_password_hash() -> str:
    # Hashing once: Argon2 is slow by design, and every demo account shares the password.
    return make_password(DEMO_PASSWORD)


def ensure_user(email: str, full_name: str, language: str, **flags) -> User:
    """Create or refresh a demo account; a new one gets the demo password."""
    user, created = User.objects.update_or_create(
        email=email, defaults={"full_name": full_name, "language": language, **flags}
    )
    if created:
        user.password = demo_password_hash()
        user.save(update_fields=["password"])
    return user
