"""Document frequency of the words listings write, per language (JSON figures).

    .venv/bin/python bench/generic_terms.py [--share 0.10]

The words behind `duijie.matching.core.concepts.GENERIC_ZH` / `GENERIC_EN`: a word written in
at least ``--share`` of one language's listings, in the demo corpus or in dev-match
(../shared/bench/dev-match, when present), says nothing about what two listings share
("寻求", "合作", "technology", "partner"). Prints each such word with both shares.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "demo")]

from duijie.matching.core.documents import doc_text  # noqa: E402
from duijie.matching.core.evaluation import load_items  # noqa: E402
from duijie.matching.core.textproc import EN_STOPWORDS, chinese_words, english_words, stem  # noqa: E402
from duijie.matching.core.types import ListingDoc  # noqa: E402

DEV_MATCH = ROOT.parent / "shared" / "bench" / "dev-match"


def demo_docs() -> list[ListingDoc]:
    from duijie_demo.corpus.build import build_demo

    return [
        ListingDoc(
            n,
            item.kind,
            item.title,
            item.description,
            item.content_locale[:2],
            keywords=tuple(item.keywords),
        )
        for n, item in enumerate(build_demo().listings)
    ]


def dev_docs() -> list[ListingDoc]:
    if not DEV_MATCH.exists():
        return []
    items = load_items(DEV_MATCH / "offers.jsonl", "offer")
    items += load_items(DEV_MATCH / "needs.jsonl", "need", first_id=len(items))
    return [item.doc for item in items]


def shares(docs: list[ListingDoc], lang: str) -> dict[str, float]:
    """Share of the listings in ``lang`` that write each word (Chinese) or stem (English)."""
    mine = [doc for doc in docs if doc.lang == lang]
    counts: Counter = Counter()
    for doc in mine:
        text = doc_text(doc)
        if lang == "zh":
            counts.update(set(chinese_words(text)))
        else:
            counts.update({stem(w) for w in english_words(text) if w not in EN_STOPWORDS})
    return {word: count / len(mine) for word, count in counts.items()} if mine else {}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--share", type=float, default=0.10)
    args = parser.parse_args()
    corpora = {"demo": demo_docs(), "dev_match": dev_docs()}
    out: dict = {"share": args.share, "listings": {k: len(v) for k, v in corpora.items()}}
    for lang in ("zh", "en"):
        by_corpus = {name: shares(docs, lang) for name, docs in corpora.items()}
        words = {w for table in by_corpus.values() for w, s in table.items() if s >= args.share}
        rows = {
            w: {name: round(table.get(w, 0.0), 3) for name, table in by_corpus.items()}
            for w in words
            if sum(ch.isalpha() for ch in w) >= 2
        }
        out[lang] = dict(sorted(rows.items(), key=lambda kv: -max(kv[1].values())))
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
