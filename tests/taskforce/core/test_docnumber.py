import pytest

from duijie.taskforce.core.docnumber import (
    DocumentNumber,
    DocumentNumberError,
    parse_document_number,
)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("杨府〔2023〕20号", DocumentNumber("杨府", 2023, 20)),
        ("  沪商外资〔2024〕105号 ", DocumentNumber("沪商外资", 2024, 105)),
        ("杨商务委〔2022〕1号", DocumentNumber("杨商务委", 2022, 1)),
    ],
)
def test_valid_numbers(text, parsed):
    assert parse_document_number(text) == parsed


def test_round_trip():
    assert str(parse_document_number("杨府〔2023〕20号")) == "杨府〔2023〕20号"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("杨府[2023]20号", "brackets"),
        ("杨府【2023】20号", "brackets"),
        ("杨府（2023）20号", "brackets"),
        ("杨府(2023)20号", "brackets"),
        ("杨府2023年20号", "brackets"),
        ("杨府〔23〕20号", "year"),
        ("杨府〔二〇二三〕20号", "year"),
        ("杨府〔1900〕20号", "year"),
        ("杨府〔2023〕020号", "serial"),
        ("杨府〔2023〕20", "serial"),
        ("杨府〔2023〕第20号", "serial"),
        ("杨府〔2023〕 20号", "serial"),
        ("〔2023〕20号", "format"),
        ("杨 府〔2023〕20号", "format"),
    ],
)
def test_invalid_numbers_say_what_is_wrong(text, code):
    with pytest.raises(DocumentNumberError) as error:
        parse_document_number(text)
    assert error.value.code == code
