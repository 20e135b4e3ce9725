"""How a listing's language versions should enter matching: three rules on a bilingual fixture.

Fixture: the demo's generated need/offer pairs (a need and the offer that answers it are
written in different languages), with each offer's other-language version written from the
same topic data (duijie_demo.corpus.parallel). Every need is matched against every offer
with the platform's engine; the answer is its pair. Rules compared:

- original: offers as written (no versions: today's platform without the feature);
- concat: each offer encoded as one text, original + version, language detected from the mix;
- concat_lang: the same text labelled with the original's language (what documents.py does);
- max: each version a separate document, a listing scored by its best version;
- concat_title: original + the version's title only, with the original's language.

`--share` gives the share of offers that have a version (the demo: 0.67); `--limit N` keeps
the first N pairs (sectors in order), for a quicker run.
Prints one JSON line per rule. Run: PYTHONPATH=demo .venv/bin/python bench/versions_matching.py
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib

from duijie.matching.core.engine import MatchEngine
from duijie.matching.core.metrics import ranking_metrics
from duijie.matching.core.types import ListingDoc
from duijie_demo.corpus.build import build_demo
from duijie_demo.corpus.parallel import other_language_listings

TWIN_OFFSET = 100_000


def lang(locale: str) -> str:
    return "zh" if locale.startswith("zh") else "en"


def doc(item, doc_id: int, *, twin=None, as_twin: bool = False, rule: str = "") -> ListingDoc:
    source = twin if as_twin else item
    description = source.description
    mixed = twin is not None and not as_twin
    if mixed:
        extra = [twin.title] if rule == "concat_title" else [twin.title, twin.description]
        description = "\n".join([item.description, *extra])
    detect = mixed and rule == "concat"  # concat_lang keeps the original's language
    return ListingDoc(
        id=doc_id,
        kind=item.kind,
        title=source.title,
        description=description,
        lang="" if detect else lang(source.content_locale),
        sectors=tuple(item.sectors),
        keywords=tuple(source.keywords),
        trl=item.trl,
    )


def fixture(share: float, limit: int):
    demo = build_demo()
    twins = other_language_listings()
    by_key = {item.key: item for item in demo.listings}
    offers = [i for i in demo.listings if i.kind == "tech_offer" and i.key in twins]
    offers = offers[:limit] if limit else offers
    needs = [by_key[o.key.replace("-offer", "-request")] for o in offers]
    ranked = sorted(offers, key=lambda o: zlib.crc32(o.key.encode()))
    with_version = {o.key for o in ranked[: round(share * len(offers))]}
    return offers, needs, twins, with_version


def run(rule: str, share: float, limit: int) -> dict:
    offers, needs, twins, with_version = fixture(share, limit)
    docs, key_of = [], {}
    for n, offer in enumerate(offers):
        twin = twins[offer.key] if offer.key in with_version else None
        if rule.startswith("concat"):
            docs.append(doc(offer, n, twin=twin, rule=rule))
        else:
            docs.append(doc(offer, n))
            if rule == "max" and twin is not None:
                docs.append(doc(offer, TWIN_OFFSET + n, twin=twin, as_twin=True))
        key_of[n] = key_of[TWIN_OFFSET + n] = offer.key
    need_docs = [doc(need, 2 * TWIN_OFFSET + n) for n, need in enumerate(needs)]
    engine = MatchEngine()
    started = time.perf_counter()
    engine.add(docs + need_docs)
    rankings = []
    for need in need_docs:
        hits = engine.match(need, limit=len(docs)).hits
        seen: list[str] = []
        for hit in hits:  # max over versions: a listing is placed by its best document
            key = key_of.get(hit.id)
            if key is not None and key not in seen:
                seen.append(key)
        rankings.append(seen)
    metrics = ranking_metrics(rankings, [{offer.key} for offer in offers])
    seconds = round(time.perf_counter() - started, 1)
    return {"rule": rule, "share": share, "offers": len(offers), "seconds": seconds, **metrics}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.67)
    parser.add_argument("--rules", default="original,concat,max")
    parser.add_argument("--limit", type=int, default=0, help="only the first N offer/need pairs")
    args = parser.parse_args(argv)
    for rule in args.rules.split(","):
        print(json.dumps(run(rule, args.share, args.limit)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
