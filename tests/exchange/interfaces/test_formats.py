"""The documented JSON Schema and the files Duijie writes name the same columns."""

import json
from pathlib import Path

from duijie.exchange.domain.records import COLUMNS
from duijie.exchange.interfaces import formats

SCHEMA = Path(formats.__file__).parent / "schema" / "listing.schema.json"


def test_the_schema_documents_every_exported_column():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert list(schema["properties"]) == COLUMNS
    assert set(schema["required"]) <= set(COLUMNS)


def test_a_quoted_formula_is_unquoted_and_other_apostrophes_stay():
    assert formats._unquote("'=SUM(A1)") == "=SUM(A1)"
    assert formats._unquote("'-5 dB") == "-5 dB"
    assert formats._unquote("'tis the season") == "'tis the season"
