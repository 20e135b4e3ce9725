"""`duijie_demo.seed` finds every loader module and runs them in their ORDER."""

from __future__ import annotations

from duijie_demo import seed

# The loaders of this package's first version; other areas add theirs in between or after.
KNOWN = ["directory", "listings", "people", "policies", "services", "events", "taskforce"]


def test_the_loaders_are_found_in_their_order():
    modules = seed.demo_loaders()
    names = [module.__name__.rsplit(".", 1)[1] for module in modules]
    assert [name for name in names if name in KNOWN + ["projects"]] == [*KNOWN, "projects"]
    orders = [module.ORDER for module in modules]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)


def test_a_loader_for_an_app_that_is_not_installed_is_skipped():
    assert seed._installed(None)
    assert seed._installed("duijie.events")
    assert not seed._installed("duijie.not_an_app")
