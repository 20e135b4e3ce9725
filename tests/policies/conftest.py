"""Policy tests that involve consulting requests reuse the services desk."""

from tests.services.conftest import desk, submit  # noqa: F401  (fixtures)
