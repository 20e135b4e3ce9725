"""Where the relevance floor and the "strong match" band sit (JSON figures).

    .venv/bin/python bench/relevance_floor.py [--dev-match ../shared/bench/dev-match]

Score distributions, not a list of queries: every dev-match need's title is run as a search
over all offers and needs. Its labelled offer gives a *relevant* score; offers of other
sectors give *unrelated* scores. The floor is the 99th percentile of unrelated scores (one
unrelated listing in a hundred passes it); "strong" is the higher of the relevant 25th and
the unrelated 99.9th percentile. The same for need → offer matches. The constants in
`duijie.matching.core.relevance` are these figures, rounded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from duijie.matching.core import MatchEngine  # noqa: E402
from duijie.matching.core.evaluation import load_items  # noqa: E402


def figures(relevant: list[float], unrelated: list[float]) -> dict:
    rel, unr = np.asarray(relevant), np.asarray(unrelated)
    return {
        "relevant": {q: round(float(np.percentile(rel, q)), 4) for q in (5, 10, 25, 50)},
        "unrelated": {q: round(float(np.percentile(unr, q)), 4) for q in (50, 99, 99.5, 99.9)},
        "pairs": [len(rel), len(unr)],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev-match", default=str(ROOT.parent / "shared/bench/dev-match"))
    args = parser.parse_args()
    folder = Path(args.dev_match)
    offers = load_items(folder / "offers.jsonl", "offer")
    needs = load_items(folder / "needs.jsonl", "need", first_id=len(offers))
    engine = MatchEngine()
    engine.add([item.doc for item in offers + needs])
    sector = {item.doc.id: item.doc.sectors for item in offers}
    key = {item.key: item.doc.id for item in offers}
    out = {}
    for mode in ("search", "match"):
        relevant, unrelated = [], []
        for need in needs:
            if mode == "search":
                hits = engine.search(need.doc.title, limit=len(offers) + len(needs)).hits
            else:
                hits = engine.match(need.doc, limit=len(offers)).hits
            target = {key[k] for k in need.relevant}
            for hit in hits:
                if hit.id in target:
                    relevant.append(hit.score)
                elif hit.id in sector and sector[hit.id] != need.doc.sectors:
                    unrelated.append(hit.score)
        out[mode] = figures(relevant, unrelated)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
