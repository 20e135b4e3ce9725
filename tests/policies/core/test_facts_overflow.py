from duijie.policies.core import validate_facts


def test_integer_too_large_for_a_float_is_not_a_crash():
    errors = validate_facts({"registered_capital_usd": 10**400})
    assert [error.code for error in errors] == []
