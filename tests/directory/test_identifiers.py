"""Tests for USCC (China) and UEN (Singapore) identifier validation and generation."""

from __future__ import annotations

import random

import pytest

from duijie.directory.identifiers import (
    USCC_CHARSET,
    make_uen,
    make_uscc,
    normalise_identifier,
    organisation_code_check_character,
    uen_check_character,
    uscc_check_character,
    validate_uen,
    validate_uscc,
)

# Real-world-format codes published as examples (GB 32100 sample) or found in public records.
VALID_USCC = [
    "91350100M000100Y43",  # GB 32100-2015 documented example
    "91110000600037341L",
    "121200004013590816",
    "9115220107837757XE",  # organisation code check character 'X'
    "91310115MA1K3BTP2B",  # Shanghai Pudong, post-2015 'MA' organisation code
    "92340602MA2PBMEM24",  # individual business (个体工商户)
]

VALID_UEN = [
    "00192200M",  # business (ROB)
    "53321041X",
    "197401143C",  # local company (ROC)
    "201933247R",
    "S16FC0121D",  # others: prefix S = 19xx, entity type FC
    "T01FC6132D",
    "T08LL0003B",
    "S65SS0033F",
]


def _with_check(first17: str) -> str:
    return first17 + uscc_check_character(first17)


class TestUscc:
    def test_documented_example_by_hand(self) -> None:
        # Organisation code M000100Y: M=22, Y=34 (GB 11714 values);
        # 22*3 + 1*5 + 34*2 = 139; 139 % 11 = 7; 11 - 7 = 4 -> '4'.
        assert organisation_code_check_character("M000100Y") == "4"
        # USCC check, USCC character values (M=21, Y=30), zero terms omitted:
        # 9*1 + 1*3 + 3*9 + 5*27 + 1*26 + 21*20 + 1*8 + 30*30 + 4*28 = 1640;
        # 1640 % 31 = 28; 31 - 28 = 3 -> '3'.
        first17 = "91350100M000100Y4"
        weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, weights, strict=True))
        assert USCC_CHARSET[(31 - total % 31) % 31] == "3"
        assert uscc_check_character(first17) == "3"

    @pytest.mark.parametrize("code", VALID_USCC)
    def test_valid_codes(self, code: str) -> None:
        assert validate_uscc(code) is None

    def test_normalises_full_width_spaces_and_case(self) -> None:
        assert validate_uscc("９１３５０１００Ｍ０００１００Ｙ４３") is None
        assert validate_uscc("  91 3501 00m000100y43 ") is None
        assert normalise_identifier(" ９１３５-0100ｍ ") == "91350100M"

    @pytest.mark.parametrize(
        ("code", "error"),
        [
            ("", "length"),
            ("91350100M000100Y4", "length"),
            ("91350100M000100Y433", "length"),
            ("9135010OM000100Y43", "charset"),  # letter O
            ("91350100I000100Y43", "charset"),
            ("91350100M000100Y44", "check_character"),
            ("91350100M000100Y34", "check_character"),  # transposition
        ],
    )
    def test_error_codes(self, code: str, error: str) -> None:
        assert validate_uscc(code) == error

    @pytest.mark.parametrize(
        ("first17", "error"),
        [
            ("B1350100M000100Y4", "registration_authority"),
            ("94350100M000100Y4", "category"),
            ("Y2350100M000100Y4", "category"),
            ("91990100M000100Y4", "region"),
            ("9135A100M000100Y4", "region"),
            ("91350100M000100Y5", "organisation_code"),
        ],
    )
    def test_structural_error_codes(self, first17: str, error: str) -> None:
        assert validate_uscc(_with_check(first17)) == error

    def test_check_character_rejects_bad_input(self) -> None:
        with pytest.raises(ValueError):
            uscc_check_character("123")
        with pytest.raises(ValueError):
            uscc_check_character("9135010OM000100Y4")

    def test_generator_produces_valid_codes(self) -> None:
        rng = random.Random(7)
        codes = [make_uscc(rng) for _ in range(500)]
        assert all(validate_uscc(c) is None for c in codes)
        assert all(c.startswith("91310110") for c in codes)
        institutes = [make_uscc(rng, authority="1", category="2") for _ in range(100)]
        assert all(validate_uscc(c) is None for c in institutes)

    def test_generator_is_deterministic(self) -> None:
        assert make_uscc(random.Random(3)) == make_uscc(random.Random(3))


class TestUen:
    @pytest.mark.parametrize("uen", VALID_UEN)
    def test_valid_numbers(self, uen: str) -> None:
        assert validate_uen(uen) is None

    def test_check_letters(self) -> None:
        assert uen_check_character("00192200") == "M"
        assert uen_check_character("197401143") == "C"
        assert uen_check_character("T01FC6132") == "D"

    def test_normalises(self) -> None:
        assert validate_uen(" t01fc6132d ") is None
        assert validate_uen("１９７４０１１４３Ｃ") is None

    @pytest.mark.parametrize(
        ("uen", "error"),
        [
            ("123456", "length"),
            ("12345678901", "length"),
            ("00192200C", "check_character"),
            ("197401143D", "check_character"),
            ("T01FC6132E", "check_character"),
            ("123456789", "format"),  # no check letter
            ("R2345678H", "format"),
            ("1R3456789H", "format"),
            ("S2WLL6789H", "format"),
            ("T02LL6W89H", "format"),
            ("1974011@3C", "format"),
            ("999956789H", "year"),
            ("T99LL6789H", "year"),
            ("W23LL6789H", "prefix"),
            ("T02WW6789H", "entity_type"),
        ],
    )
    def test_error_codes(self, uen: str, error: str) -> None:
        assert validate_uen(uen, current_year=2025) == error

    @pytest.mark.parametrize("kind", ["business", "local_company", "other"])
    def test_generator_produces_valid_numbers(self, kind: str) -> None:
        rng = random.Random(11)
        numbers = [make_uen(rng, kind) for _ in range(300)]
        assert all(validate_uen(n) is None for n in numbers)
        assert len({len(n) for n in numbers}) == 1

    def test_generator_options(self) -> None:
        rng = random.Random(5)
        uen = make_uen(rng, "other", year=2008, entity_type="GB")
        assert uen.startswith("T08GB") and validate_uen(uen) is None
        assert make_uen(rng, "local_company", year=2015).startswith("2015")
        with pytest.raises(ValueError):
            make_uen(rng, "foreign")
        with pytest.raises(ValueError):
            make_uen(rng, "other", entity_type="ZZ")
