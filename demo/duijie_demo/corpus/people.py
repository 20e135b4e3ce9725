"""Fictional people: memorable demo logins first, then one or two contacts per organisation.

E-mail domains are always example.com / example.sg / example.cn; phone numbers use the
fictional "5555" / "555" exchange blocks, e.g. ``+65 6555 0123`` and ``+86 21 5555 0123``.
The names are `data/corpus/people.json`.
"""

from __future__ import annotations

import random

from duijie_demo.files import read, rows

from .schema import DemoOrganisation, DemoPerson

_DATA = read("corpus/people")
# (email, full name, language, organisation key, role) - the demo logins.
DEMO_LOGINS: tuple[tuple[str, str, str, str | None, str], ...] = rows(
    _DATA["demo_logins"], "email", "full_name", "language", "org_key", "role"
)
CN_SURNAMES = _DATA["cn_surnames"]  # (surname, pinyin)
CN_GIVEN = _DATA["cn_given"]  # (given name, pinyin)
SG_FIRST = _DATA["sg_first"]
SG_SURNAMES = _DATA["sg_surnames"]
# Malay and Indian names are written whole: (full name, e-mail local part).
SG_FULL = _DATA["sg_full"]
OTHER_NAMES = _DATA["other_names"]  # organisation key -> ((full name, e-mail local part), ...)
OTHER_PHONE = _DATA["other_phone"]  # country prefix of the organisation key -> number prefix


class _Emails:
    """Hands out unique e-mail addresses by appending a counter to repeated names."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def make(self, local: str, domain: str) -> str:
        candidate, n = f"{local}@{domain}", 1
        while candidate in self.taken:
            n += 1
            candidate = f"{local}{n}@{domain}"
        self.taken.add(candidate)
        return candidate


def _phone(country: str, key: str, serial: int) -> str:
    if country == "SG":
        return f"+65 6555 {serial:04d}"
    if country == "CN":
        return f"+86 21 5555 {serial:04d}"
    return OTHER_PHONE[key[:2]] + f"{serial:04d}"


def _name(org: DemoOrganisation, slot: int, rng: random.Random) -> tuple[str, str, str]:
    """(full name, e-mail local part, language) for the organisation's country."""
    if org.country == "CN":
        surname, given = rng.choice(CN_SURNAMES), rng.choice(CN_GIVEN)
        return surname[0] + given[0], f"{given[1]}.{surname[1]}", "zh-hans"
    if org.country == "OTHER":
        full, local = OTHER_NAMES[org.key][slot]
        return full, local, "en"
    if rng.random() < 0.25:
        full, local = rng.choice(SG_FULL)
        return full, local, "en"
    first, last = rng.choice(SG_FIRST), rng.choice(SG_SURNAMES)
    local = f"{first.replace(' ', '').lower()}.{last.lower()}"
    return (f"{last} {first}" if " " in first else f"{first} {last}"), local, "en"


def build_people(orgs: tuple[DemoOrganisation, ...], rng: random.Random) -> tuple[DemoPerson, ...]:
    """Demo logins first; every organisation gets an admin and sometimes a member."""
    by_key = {org.key: org for org in orgs}
    people: list[DemoPerson] = []
    roles: dict[str, list[str]] = {}
    for serial, (email, name, language, org_key, role) in enumerate(DEMO_LOGINS, start=100):
        country = by_key[org_key].country if org_key else "SG"
        people.append(DemoPerson(email, name, language, org_key, role, _phone(country, "", serial)))
        if org_key:
            roles.setdefault(org_key, []).append(role)
    emails = _Emails({p.email for p in people})
    serial = 200
    for org in orgs:
        wanted = ["admin", "member"] if rng.random() < 0.4 else ["admin"]
        for slot, role in enumerate(r for r in wanted if r not in roles.get(org.key, [])):
            full, local, language = _name(org, slot, rng)
            domain = {"SG": "example.sg", "CN": "example.cn"}.get(org.country, "example.com")
            email = emails.make(local, domain)
            serial += 1
            phone = _phone(org.country, org.key, serial)
            people.append(DemoPerson(email, full, language, org.key, role, phone))
    return tuple(people)
