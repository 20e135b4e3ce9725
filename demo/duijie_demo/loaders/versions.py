"""Other-language versions for about two thirds of the demo listings and enterprise profiles.

Who writes them is `data/versions.json`: the authors themselves, the two brokers and platform
staff, so the demo shows versions by each kind of writer and, for the last third, the
"no version yet" state with its dictionary key terms (and the translators' queue).
"""

from __future__ import annotations

import datetime
import zlib

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from duijie.directory.models import Membership, Organisation, User
from duijie.listings.models import Listing
from duijie.versions.domain.checks import check_version
from duijie.versions.domain.languages import original_hash, other_locale
from duijie.versions.models import ContentVersion, VersionSource
from duijie_demo.corpus.build import all_topics
from duijie_demo.corpus.content import enterprises
from duijie_demo.corpus.parallel import other_language_listings, other_language_profile
from duijie_demo.files import read
from duijie_demo.loaders.directory import corpus

ORDER = 35  # after the listings (20) and the people (30), whose members author versions
REQUIRES = "duijie.versions"
DATA = read("versions")
# Chinese text by a Singapore author names the partner region from Singapore's side.
REGION_FIXES = {"现寻求国内的": "现寻求上海及长三角地区的", "欢迎国内的": "欢迎上海及长三角地区的"}


def _rank(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def _chosen(keys: list[str], total: int) -> set[str]:
    """About `share` of `total` objects, taken from `keys` (those that can have a version)."""
    wanted = round(DATA["share"] * total)
    return set(sorted(keys, key=_rank)[:wanted])


def _writer(key: str, organisation_id: int, translators: list[tuple]) -> tuple[str, User | None]:
    """(source, user) for an object, spread over the translators by their weights."""
    point = _rank("writer:" + key) % sum(weight for _s, _u, weight in translators)
    for source, user, weight in translators:
        if point < weight:
            if source == VersionSource.AUTHOR:
                member = Membership.objects.filter(organisation_id=organisation_id).first()
                return (source, member.user) if member else (VersionSource.NONE, None)
            return source, user
        point -= weight
    return VersionSource.NONE, None


def _translators() -> list[tuple]:
    users = {u.email: u for u in User.objects.filter(email__endswith="@duijie.example")}
    return [(t["source"], users.get(t["email"]), t["weight"]) for t in DATA["translators"]]


def _store(obj, key: str, fields: dict, translators: list[tuple], when) -> None:
    locale = other_locale(obj.content_locale)
    check_version(obj, locale, fields)  # the generator's text passes the platform's own checks
    source, user = _writer(key, getattr(obj, "organisation_id", obj.pk), translators)
    ContentVersion.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        language=locale,
        defaults={
            "fields": fields,
            "source": source,
            "translator": user,
            "translated_at": when,
            "source_hash": original_hash(obj),
            "is_stale": False,
        },
    )


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Create or refresh the demo versions (idempotent)."""
    translators = _translators()
    return {
        "listing versions": _listing_versions(translators),
        "profile versions": _profile_versions(translators),
    }


def _listing_versions(translators: list[tuple]) -> int:
    twins = other_language_listings()
    listings = {item.demo_key: item for item in Listing.objects.filter(is_sample=True)}
    chosen = _chosen([key for key in twins if key in listings], len(listings))
    for key in sorted(chosen):
        listing, twin = listings[key], twins[key]
        description = twin.description
        if listing.organisation.country != "CN":
            for wrong, right in REGION_FIXES.items():
                description = description.replace(wrong, right)
        fields = {"title": twin.title, "summary": "", "description": description}
        when = (listing.published_at or timezone.now()) + datetime.timedelta(hours=6)
        _store(listing, key, fields, translators, when)
    return len(chosen)


def _profile_versions(translators: list[tuple]) -> int:
    topics = {topic.code: topic for group in all_topics().values() for topic in group}
    focus = {f"{row[1].lower()}-{row[2]}": topics[row[5]] for row in enterprises()}
    demo = {org.key: org for org in corpus().organisations}
    rows = {org.demo_key: org for org in Organisation.objects.filter(is_sample=True)}
    texts = {}
    for key, org in demo.items():
        text = other_language_profile(org, focus[key]) if key in focus and key in rows else ""
        if text:
            texts[key] = text
    chosen = _chosen(list(texts), len(rows))
    now = timezone.now()
    for key in sorted(chosen):
        _store(rows[key], key, {"profile": texts[key]}, translators, now)
    return len(chosen)
