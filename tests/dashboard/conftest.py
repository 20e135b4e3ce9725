import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Argon2 is slow by design; these tests create many accounts and never check passwords."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
