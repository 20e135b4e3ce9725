"""Run every demo loader, in order, in one transaction.

A loader is a module of `duijie_demo.loaders` with `ORDER` (an int: lower runs first) and
`load_demo(*, today) -> dict[str, int]` (counts for the summary); `REQUIRES` (an app name)
skips it when that app is not installed. Adding a loader means adding a file: nothing here
lists them.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from duijie_demo import loaders


def _installed(app_name: str | None) -> bool:
    return app_name is None or apps.is_installed(app_name)


def demo_loaders() -> list[ModuleType]:
    """The loader modules whose app is installed, in their `ORDER`."""
    modules = [
        importlib.import_module(f"{loaders.__name__}.{info.name}")
        for info in pkgutil.iter_modules(loaders.__path__)
    ]
    found = [
        module
        for module in modules
        if hasattr(module, "load_demo") and _installed(getattr(module, "REQUIRES", None))
    ]
    return sorted(found, key=lambda module: (module.ORDER, module.__name__))


def load_demo() -> dict[str, int]:
    """Create or refresh every demo row; running it again changes nothing but dates."""
    today = timezone.localdate()
    counts: dict[str, int] = {}
    with transaction.atomic():
        for module in demo_loaders():
            counts.update(module.load_demo(today=today))
    return counts
