"""The generated listings written again in the other language: their demo language versions.

The generator writes each listing from bilingual topic data, so the same listing can be
written in the other language. It draws numbers and choices (IP status, partners, budget)
from one shared random stream; to get the *same* choices, each call is replayed from the
stream's state just before the original was made (``_Replaying``), in the other locale.
Hand-written listings exist in one language only and get no version here.
"""

from __future__ import annotations

import random
import re
from contextlib import contextmanager
from functools import cache

from . import assemble
from .build import build_demo
from .listings import EN, ZH
from .schema import DemoListing

GENERATORS = ("make_offer", "make_request", "make_extra")


def _other(locale: str) -> str:
    return EN if locale == ZH else ZH


@contextmanager
def _replaying(found: dict[str, DemoListing]):
    """While building, each generated listing is also written in the other language."""
    originals = {name: getattr(assemble, name) for name in GENERATORS}

    def wrap(make):
        def replay(*args):
            *head, locale, org, rng = args
            state = rng.getstate()
            listing = make(*head, locale, org, rng)
            twin = random.Random()
            twin.setstate(state)
            found[listing.key] = make(*head, _other(locale), org, twin)
            return listing

        return replay

    try:
        for name, make in originals.items():
            setattr(assemble, name, wrap(make))
        yield
    finally:
        for name, make in originals.items():
            setattr(assemble, name, make)


@cache
def other_language_listings() -> dict[str, DemoListing]:
    """Listing key → the same generated listing written in the other language."""
    found: dict[str, DemoListing] = {}
    with _replaying(found):
        build_demo()
    return found


SIZE_EN = {"micro": "start-up", "small": "small", "medium": "medium-sized", "large": "large"}
SRDI_EN = {
    "none": "",
    "municipal": "It is recognised as a Shanghai specialised and innovative SME. ",
    "national": "It is a national-level specialised and innovative 'little giant' enterprise. ",
}
_CN_NUMBERS = (r"成立于(\d+)年", r"员工约(\d+)人", r"占比(\d+)%", r"服务(\d+)余家")
_SG_NUMBERS = (r"founded in (\d+)", r"about (\d+) people")


def _numbers(patterns: tuple[str, ...], text: str) -> list[str] | None:
    found = [re.search(pattern, text) for pattern in patterns]
    return None if not all(found) else [match.group(1) for match in found]


def other_language_profile(org, topic) -> str:
    """A generated enterprise's profile in the other language ("" for hand-written ones).

    The enterprise profiles come from one template per language; the numbers the original
    drew (founding year, staff, customers) are read back from its text.
    """
    if org.profile_locale == ZH:
        numbers = _numbers(_CN_NUMBERS, org.profile)
        if numbers is None:
            return ""
        year, staff, research, customers = numbers
        return (
            f"{org.name_en} was founded in {year} and is based in Shanghai. It is a "
            f"{SIZE_EN[org.size_band]} technology company that develops and applies "
            f"{topic.tech[1]}. {SRDI_EN[org.srdi_level]}It has about {staff} employees, "
            f"{research}% of them in R&D, and its products serve more than {customers} "
            "customers. The company wants to use the Shanghai–Singapore cooperation platform "
            "to expand into Singapore and Southeast Asia."
        )
    numbers = _numbers(_SG_NUMBERS, org.profile)
    if numbers is None:
        return ""
    year, staff = numbers
    hq = "公司是其集团的亚太区域总部。" if "regional headquarters" in org.profile else ""
    return (
        f"{org.name_zh}成立于{year}年，总部位于新加坡{org.district}，专注于{topic.need[0]}，"
        f"向东南亚各地客户提供{topic.tech[0]}，团队约{staff}人。{hq}"
        "公司希望在上海寻找合作伙伴，共同开发产品并进入中国市场。"
    )
