"""Plain data types shared by the matching engine and its callers.

Everything here is a frozen dataclass or a constant, so the Django domain layer can build
them from model rows without the engine knowing anything about the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TECH_OFFER = "tech_offer"
TECH_REQUEST = "tech_request"
BUSINESS_OFFER = "business_offer"
BUSINESS_REQUEST = "business_request"
RND_REQUEST = "rnd_request"
CHALLENGE = "challenge"

LISTING_KINDS = (TECH_OFFER, TECH_REQUEST, BUSINESS_OFFER, BUSINESS_REQUEST, RND_REQUEST, CHALLENGE)
OFFER_KINDS = frozenset({TECH_OFFER, BUSINESS_OFFER})
NEED_KINDS = frozenset({TECH_REQUEST, BUSINESS_REQUEST, RND_REQUEST, CHALLENGE})

SECTOR_CODES = (
    "digital_ai",
    "smart_city",
    "healthcare",
    "fintech",
    "green",
    "manufacturing",
    "logistics",
    "construction",
)
COUNTRIES = ("SG", "CN", "OTHER")
RESEARCH_ORG_TYPES = frozenset({"university", "institute"})
LANGS = ("zh", "en")

TRL_MIN, TRL_MAX = 1, 9


@dataclass(frozen=True)
class ListingDoc:
    """One listing as the engine sees it; ids are the database primary keys."""

    id: int
    kind: str
    title: str
    description: str = ""
    lang: str = ""  # "zh", "en" or "" (detected from the text)
    org_id: int | None = None
    org_type: str = ""
    country: str = "OTHER"
    sectors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    trl: int | None = None
    expires_on: date | None = None
    public: bool = True  # False: only signed-in members may see it (the platform's rule)


@dataclass(frozen=True)
class Filters:
    """Optional narrowing chosen by the viewer; empty fields mean "no filter"."""

    sectors: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    trl_min: int = TRL_MIN
    trl_max: int = TRL_MAX
    kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SharedTerm:
    """A concept both texts mention, named in both languages for the reader."""

    term_zh: str
    term_en: str
    weight: float


@dataclass(frozen=True)
class ScoreParts:
    """The parts a match score is made of, each in [0, 1] (boost may be 0)."""

    semantic: float
    lexical: float
    sector: float
    trl_fit: float
    country_boost: float = 0.0


@dataclass(frozen=True)
class Hit:
    """One ranked result with the reasons for its place."""

    id: int
    score: float
    parts: ScoreParts
    shared_terms: tuple[SharedTerm, ...] = ()


@dataclass(frozen=True)
class Ranking:
    """The outcome of a search or match: hits plus what happened to the input.

    ``error`` is a short machine-readable code ("empty_query", ...) when the input could not
    be used; the hits are then empty. ``truncated`` says the query was cut to the length cap.
    """

    hits: tuple[Hit, ...]
    truncated: bool = False
    error: str = ""
