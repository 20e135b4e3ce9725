"""Numbers, amounts and lists as each language writes them (pure functions)."""

from decimal import Decimal

import pytest

from duijie.common.core.formatting import (
    format_amount,
    format_number,
    group_digits,
    join_list,
    list_separator,
)


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [(730000000, 0, "730,000,000"), (1234567.5, 0, "1,234,568"), ("1234.5", 2, "1,234.50")],
)
def test_group_digits(value, places, text):
    assert group_digits(value, places) == text


@pytest.mark.parametrize(
    ("value", "chinese", "english"),
    [
        (730000000, "7.3亿", "730,000,000"),
        (730500000, "7.305亿", "730,500,000"),
        (100000000, "1亿", "100,000,000"),
        (12345678901, "123.46亿", "12,345,678,901"),
        (1250000, "125万", "1,250,000"),
        (1234567, "123.46万", "1,234,567"),
        (36000, "3.6万", "36,000"),
        (99999, "99,999", "99,999"),  # 9.9999万 is not how anyone writes it
        (12345.5, "12,345.50", "12,345.50"),
        (8500, "8,500", "8,500"),
        (0, "0", "0"),
        (-25000, "-2.5万", "-25,000"),
        (Decimal("50000.00"), "5万", "50,000"),
    ],
)
def test_format_number(value, chinese, english):
    assert format_number(value, "zh-hans") == chinese
    assert format_number(value, "en") == english


@pytest.mark.parametrize(
    ("value", "currency", "chinese", "english"),
    [
        (730000000, "CNY", "7.3亿元", "CNY 730,000,000"),
        (1250000, "SGD", "125万新加坡元", "SGD 1,250,000"),
        (2000000, "usd", "200万美元", "USD 2,000,000"),
        (5000, "JPY", "5,000 JPY", "JPY 5,000"),
        (5000, "", "5,000", "5,000"),
    ],
)
def test_format_amount(value, currency, chinese, english):
    assert format_amount(value, "zh-hans", currency) == chinese
    assert format_amount(value, "en", currency) == english


def test_lists_use_the_languages_separator():
    assert list_separator("zh-hans") == "、"
    assert list_separator("en") == ", "
    assert join_list(["杨浦区商务委", "区科委"], "zh-hans") == "杨浦区商务委、区科委"
    assert join_list(["EDB", "A*STAR"], "en") == "EDB, A*STAR"
    assert join_list([], "en") == ""
