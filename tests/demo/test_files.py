"""Reading the demo's JSON data files."""

from __future__ import annotations

import json

import pytest

from duijie_demo import files


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "DATA", tmp_path)
    return tmp_path


def test_read_turns_every_list_into_a_tuple(data_dir):
    (data_dir / "sample.json").write_text(
        json.dumps({"rows": [{"tags": ["a", "b"], "at": [9, 40]}], "name": "演示"}),
        encoding="utf-8",
    )
    assert files.read("sample") == {"rows": ({"tags": ("a", "b"), "at": (9, 40)},), "name": "演示"}


def test_rows_picks_the_named_fields_in_the_given_order():
    items = ({"code": "yp-hr", "parent": "yp-gov", "extra": 1}, {"parent": "", "code": "yp-gov"})
    assert files.rows(items, "code", "parent") == (("yp-hr", "yp-gov"), ("yp-gov", ""))
    with pytest.raises(KeyError):
        files.rows(items, "code", "name_zh")


def test_the_shipped_data_files_are_found():
    names = {path.relative_to(files.DATA).as_posix() for path in files.DATA.rglob("*.json")}
    assert {"directory.json", "events.json", "corpus/enterprises.json"} <= names
    assert len([name for name in names if name.startswith("corpus/topics/")]) == 8
