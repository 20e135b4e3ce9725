"""The generated people and their memberships; the first ones are the memorable logins."""

from __future__ import annotations

import datetime

from duijie.directory.models import Membership
from duijie_demo.accounts import ensure_user
from duijie_demo.loaders.directory import corpus, demo_organisations

ORDER = 30


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Create or refresh every demo person and their organisation role."""
    orgs = demo_organisations()
    people = corpus().people
    for person in people:
        user = ensure_user(person.email, person.full_name, person.language, phone=person.phone)
        if person.org_key:
            Membership.objects.update_or_create(
                user=user, organisation=orgs[person.org_key], defaults={"role": person.org_role}
            )
    return {"people": len(people)}


def organisation_logins(limit: int = 11) -> list[tuple[str, str]]:
    """The first demo people (memorable emails) with their organisation, for the login hint."""
    demo = corpus()
    names = {org.key: org.name_en or org.name_zh for org in demo.organisations}
    return [
        (person.email, f"{person.org_role or 'no organisation'} · {names.get(person.org_key, '')}")
        for person in demo.people[:limit]
    ]
