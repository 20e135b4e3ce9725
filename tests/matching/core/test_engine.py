"""The engine end to end with the real bundled encoders (loaded once per session)."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from duijie.matching.core import (
    Encoder,
    Filters,
    MatchEngine,
    load_encoder,
    load_engine,
    save_engine,
)
from tests.matching.core.conftest import LISTINGS, TODAY


def ids(ranking) -> list[int]:  # type: ignore[no-untyped-def]
    return [hit.id for hit in ranking.hits]


def test_bundled_encoders_follow_the_protocol() -> None:
    for name, dim in (("use-multilingual-v3", 512), ("e5-small-q4", 384)):
        encoder = load_encoder(name)
        assert isinstance(encoder, Encoder) and encoder.dim == dim
        assert load_encoder(name) is encoder  # cached, loaded once
        rows = encoder.encode_docs(["缺陷检测", "defect detection"])
        assert rows.shape == (2, dim) and np.allclose(np.linalg.norm(rows, axis=1), 1, atol=1e-4)
        assert encoder.encode_docs([]).shape == (0, dim)


def test_unknown_encoder_name_is_a_clear_error() -> None:
    try:
        load_encoder("no-such-model")
    except KeyError as error:
        assert "no-such-model" in str(error)
    else:
        raise AssertionError("expected KeyError")


def test_chinese_query_finds_english_offer(engine: MatchEngine) -> None:
    offers_only = Filters(kinds=frozenset({"tech_offer"}))
    ranking = engine.search("表面缺陷检测", today=TODAY, filters=offers_only)
    assert ranking.error == "" and not ranking.truncated
    assert ids(ranking)[0] in (1, 6)
    assert set(ids(ranking)[:2]) == {1, 6}


def test_english_query_finds_chinese_offer(engine: MatchEngine) -> None:
    assert ids(engine.search("cold chain temperature monitoring for vaccine trucks"))[0] == 2


def test_search_applies_expiry_visibility_and_filters(engine: MatchEngine) -> None:
    assert 4 in ids(engine.search("机器人焊接"))
    assert 4 not in ids(engine.search("机器人焊接", today=TODAY))
    assert ids(engine.search("defect detection", visible={2, 3})) in ([2, 3], [3, 2])
    only_cn = engine.search("defect detection", filters=Filters(countries=frozenset({"CN"})))
    assert set(ids(only_cn)) == {2, 4, 5, 6}


def test_match_follows_business_rules(engine: MatchEngine, need) -> None:  # type: ignore[no-untyped-def]
    ranking = engine.match(need, today=TODAY)
    # Offer 6 is the need's own organisation, 4 expired, 3 is a business offer.
    assert ids(ranking) == [1, 2]


def test_match_reasons_in_both_languages(engine: MatchEngine, need) -> None:  # type: ignore[no-untyped-def]
    best = engine.match(need, today=TODAY).hits[0]
    assert best.id == 1
    pairs = {(t.term_zh, t.term_en) for t in best.shared_terms}
    assert ("缺陷", "defect") in pairs
    assert best.parts.sector == 0.5 and best.parts.trl_fit == 1.0
    assert best.parts.semantic > engine.match(need, today=TODAY).hits[1].parts.semantic


def test_rnd_request_accepts_research_offers(engine: MatchEngine) -> None:
    rnd = replace(LISTINGS[4], id=99, kind="rnd_request", org_id=77)
    assert set(ids(engine.match(rnd))) == {1, 2, 4, 6}


def test_cross_border_preference_adds_a_boost(engine: MatchEngine, need) -> None:  # type: ignore[no-untyped-def]
    plain = {h.id: h for h in engine.match(need, today=TODAY).hits}
    boosted = {h.id: h for h in engine.match(need, today=TODAY, prefer_cross_border=True).hits}
    assert boosted[1].parts.country_boost > 0 and plain[1].parts.country_boost == 0
    assert boosted[2].score == plain[2].score  # CN ↔ CN gets nothing


def test_bad_queries_never_raise(engine: MatchEngine) -> None:
    assert engine.search("").error == "empty_query"
    assert engine.search("   🚀🔥😀  ").error == "empty_query"
    assert engine.search("？！。，").error == "empty_query"
    huge = engine.search("defect detection " * 2000)
    assert huge.truncated and huge.error == "" and ids(huge)[0] in (1, 6)
    assert engine.search("\ud800 defect \x00 detection").error == ""  # lone surrogate, NUL
    mixed = engine.search("AI 缺陷检测 🔍 for ＰＣＢ lines")
    assert mixed.error == "" and set(ids(mixed)[:3]) == {1, 5, 6}  # the defect listings


def test_empty_engine_returns_no_hits() -> None:
    empty = MatchEngine()
    assert empty.search("defect").hits == () and empty.search("defect").error == ""
    assert empty.match(LISTINGS[4]).hits == ()


def test_results_are_deterministic(engine: MatchEngine, need) -> None:  # type: ignore[no-untyped-def]
    assert engine.match(need) == engine.match(need)
    assert engine.search("焊接") == engine.search("焊接")


def test_stored_vectors_remove_and_reload(engine: MatchEngine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = MatchEngine()
    vectors = engine.encode(LISTINGS)
    copy.add(LISTINGS, vectors)
    assert copy.search("表面缺陷检测") == engine.search("表面缺陷检测")
    copy.remove([1, 12345])
    assert len(copy) == 5 and 1 not in copy
    assert 1 not in ids(copy.search("defect detection"))
    save_engine(copy, tmp_path / "engine")
    loaded = load_engine(tmp_path / "engine")
    assert len(loaded) == 5 and loaded.get(4) == LISTINGS[3]
    assert loaded.search("焊接") == copy.search("焊接")


def test_listings_saved_without_their_audience_are_refused(engine: MatchEngine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = MatchEngine()
    copy.add(LISTINGS, engine.encode(LISTINGS))
    save_engine(copy, tmp_path / "engine")
    assert load_engine(tmp_path / "engine").get(1).public is True
    docs = tmp_path / "engine" / "listings.jsonl"
    rows = [json.loads(line) for line in docs.read_text("utf-8").splitlines()]
    docs.write_text(
        "".join(json.dumps({k: v for k, v in r.items() if k != "public"}) + "\n" for r in rows)
    )
    with pytest.raises(ValueError, match="audience"):
        load_engine(tmp_path / "engine")


def test_removing_nothing_leaves_the_corpus_work_done(engine: MatchEngine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The platform removes unpublished listings before every query, usually none of them;
    # that must not make the next query redo the corpus-wide work (seconds at 1M).
    copy = MatchEngine()
    copy.add(LISTINGS, engine.encode(LISTINGS))
    copy.search("焊接")
    refreshed = []
    monkeypatch.setattr(copy, "_refresh_hubness", lambda: refreshed.append(True))
    copy.remove([])
    copy.remove([12345])  # not in the engine
    copy.search("焊接")
    assert refreshed == []
    copy.remove([1])
    copy.search("焊接")
    assert refreshed == [True]


def test_ann_path_agrees_with_exact_scan(engine: MatchEngine, need, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from duijie.matching.core import engine as engine_module

    monkeypatch.setattr(engine_module, "EXACT_LIMIT", 2)
    monkeypatch.setattr(engine_module, "ANN_CANDIDATES", 3)
    approximate = MatchEngine()
    approximate.add(LISTINGS, engine.encode(LISTINGS))
    assert ids(approximate.match(need, today=TODAY)) == ids(engine.match(need, today=TODAY))
    assert approximate._ann is not None and len(approximate._ann) == len(LISTINGS)


class CharacterCountEncoder:
    """A deliberately tiny plug-in encoder: counts of a few characters, normalised."""

    name = "test-character-counts"
    dim = 4

    def encode_docs(self, texts):  # type: ignore[no-untyped-def]
        rows = np.array([[t.count(c) + 0.1 for c in "aeo缺"] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def encode_queries(self, texts):  # type: ignore[no-untyped-def]
        return self.encode_docs(texts)


def test_plug_in_encoders_by_name() -> None:
    from duijie.matching.core import EngineConfig, register_encoder

    register_encoder(CharacterCountEncoder.name, CharacterCountEncoder)
    custom = MatchEngine(EngineConfig(encoders=((CharacterCountEncoder.name, 1.0),)))
    custom.add(LISTINGS)
    assert custom.dense.signature == "test-character-counts:1.000"
    assert custom.encode(LISTINGS[:1]).shape == (1, 4)
    assert len(custom.search("缺陷缺陷").hits) == len(LISTINGS)
    try:
        load_encoder("st:/no/such/model/dir")
    except (ImportError, OSError) as error:  # sentence-transformers is optional
        assert error


def test_an_offer_is_matched_to_the_needs_it_answers_with_fit_read_its_way(engine) -> None:  # type: ignore[no-untyped-def]
    offer = LISTINGS[0]  # TRL 7, manufacturing and digital_ai, Singapore
    hits = engine.match(offer, today=TODAY, prefer_cross_border=True).hits
    assert [h.id for h in hits] == [5]  # the only need; never offers
    assert hits[0].parts.sector == 0.5 and hits[0].parts.trl_fit == 1.0  # need asks TRL 6
    assert hits[0].parts.country_boost > 0
    assert engine.match(LISTINGS[5], today=TODAY).hits == ()  # the need's own organisation


def test_min_score_keeps_only_hits_at_or_above_it(engine, need) -> None:  # type: ignore[no-untyped-def]
    everything = engine.match(need, today=TODAY).hits
    floor = everything[0].score
    assert [h.id for h in engine.match(need, today=TODAY, min_score=floor).hits] == [1]
    assert engine.search("defect detection", min_score=10.0).hits == ()
