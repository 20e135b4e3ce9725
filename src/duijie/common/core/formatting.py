"""Numbers, amounts and lists written as a reader of each language writes them.

Chinese counts large amounts in 万 (10⁴) and 亿 (10⁸): 730000000 元 is written 7.3亿元, not
730,000,000. English groups digits in threes. The language is "zh…" or anything else (English).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

WAN = Decimal(10_000)
YI = Decimal(100_000_000)
# Currency names as they follow a Chinese amount, and as they precede an English one.
CHINESE_CURRENCY = {"CNY": "元", "RMB": "元", "SGD": "新加坡元", "USD": "美元", "EUR": "欧元"}


def is_chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def group_digits(value: int | float | Decimal | str, places: int = 0) -> str:
    """`1234567.5` → `"1,234,568"` (places=0) or `"1,234,567.50"` (places=2)."""
    number = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{number:,.{places}f}"


def _trim(number: Decimal, places: int) -> str:
    text = f"{number:,.{places}f}"
    return text.rstrip("0").rstrip(".") if places else text


def _in_unit(number: Decimal, unit: Decimal, exact_places: int) -> str | None:
    """`number` counted in `unit` as a person would: exact within `exact_places` decimals,
    or rounded to two decimals once it is at least a hundred units (the error stays < 0.5%)."""
    count = number / unit
    exact = count.quantize(Decimal(1).scaleb(-exact_places), rounding=ROUND_HALF_UP)
    if exact == count:
        return _trim(exact, exact_places)
    if abs(count) >= 100:
        return _trim(count.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), 2)
    return None


def format_number(value: int | float | Decimal | str, language: str) -> str:
    """A count or amount: 万/亿 in Chinese where a person would write them, grouped digits
    otherwise (8,500; 99,999; 125万; 7.305亿)."""
    number = Decimal(str(value))
    if is_chinese(language):
        if abs(number) >= YI and (text := _in_unit(number, YI, 4)):
            return f"{text}亿"
        if abs(number) >= WAN and (text := _in_unit(number, WAN, 2)):
            return f"{text}万"
    places = 0 if number == number.to_integral_value() else 2
    return group_digits(number, places)


def format_amount(value: int | float | Decimal | str, language: str, currency: str = "") -> str:
    """An amount of money: "7.3亿元", "125万新加坡元"; "CNY 730,000,000" in English."""
    code = (currency or "").upper()
    figure = format_number(value, language)
    if is_chinese(language):
        return f"{figure}{CHINESE_CURRENCY.get(code, code and ' ' + code)}"
    return f"{code} {figure}" if code else figure


def list_separator(language: str) -> str:
    """Chinese enumerates with the enumeration comma 、; English with ", "."""
    return "、" if is_chinese(language) else ", "


def join_list(items, language: str) -> str:
    """Items joined with the language's separator."""
    return list_separator(language).join(str(item) for item in items)
