"""Deterministic bilingual (Chinese/English) demo data for Duijie, as plain dataclasses.

Pure Python with no Django imports; the ``duijie seed-demo`` loader turns the records into
model rows.  Usage::

    from duijie_demo.corpus import build_demo

    data = build_demo()
    data.sectors, data.organisations, data.people, data.listings  # tuples of dataclasses
"""

from .build import SEED, build_demo
from .schema import (
    DemoData,
    DemoListing,
    DemoOrganisation,
    DemoPerson,
    DemoSector,
)

__all__ = [
    "SEED",
    "DemoData",
    "DemoListing",
    "DemoOrganisation",
    "DemoPerson",
    "DemoSector",
    "build_demo",
]
