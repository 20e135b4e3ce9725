"""Pure matching engine (no Django): bilingual listings in, ranked hits with reasons out.

See docs/matching.md for the design and the API the domain layer calls.
"""

from duijie.matching.core.ann import VectorIndex, vector_from_bytes, vector_to_bytes
from duijie.matching.core.encoders import Encoder, load_encoder, register_encoder
from duijie.matching.core.engine import EngineConfig, MatchEngine, doc_text
from duijie.matching.core.evaluation import EvalInputError, evaluate_files, format_metrics
from duijie.matching.core.metrics import ranking_metrics
from duijie.matching.core.normalise import normalise_text
from duijie.matching.core.persist import load_engine, save_engine
from duijie.matching.core.scoring import Weights
from duijie.matching.core.types import (
    COUNTRIES,
    LISTING_KINDS,
    SECTOR_CODES,
    Filters,
    Hit,
    ListingDoc,
    Ranking,
    ScoreParts,
    SharedTerm,
)

__all__ = [
    "COUNTRIES",
    "LISTING_KINDS",
    "SECTOR_CODES",
    "Encoder",
    "EngineConfig",
    "EvalInputError",
    "Filters",
    "Hit",
    "ListingDoc",
    "MatchEngine",
    "Ranking",
    "ScoreParts",
    "SharedTerm",
    "VectorIndex",
    "Weights",
    "doc_text",
    "evaluate_files",
    "format_metrics",
    "load_encoder",
    "load_engine",
    "normalise_text",
    "ranking_metrics",
    "register_encoder",
    "save_engine",
    "vector_from_bytes",
    "vector_to_bytes",
]
