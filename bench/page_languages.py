"""Share of Chinese characters on the English pages and of Latin letters on the Chinese ones.

Run against a seeded demo database (`make seed`, or DATABASE_URL pointing at one):
    PYTHONPATH=demo .venv/bin/python bench/page_languages.py [--query "battery recycling"]
Prints one JSON line per page and language: visible text only (no tags, scripts, styles).
The issue's targets: English pages ≤ 10 % Chinese characters, Chinese pages ≤ 35 % Latin.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys

TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")


def shares(page: str) -> dict:
    text = html.unescape(TAGS.sub(" ", page))
    han, latin = len(HAN.findall(text)), len(LATIN.findall(text))
    total = han + latin or 1
    return {"han": round(han / total, 3), "latin": round(latin / total, 3), "letters": han + latin}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="battery recycling")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duijie.settings")
    import django

    django.setup()
    from django.test import Client

    client = Client()
    pages = {"home": "/", "listings": "/listings/", "search": f"/listings/?q={args.query}"}
    for name, url in pages.items():
        for language in ("en", "zh-hans"):
            page = client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
            print(json.dumps({"page": name, "language": language, **shares(page)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
