from collections import Counter
from dataclasses import replace

from duijie.events.core import Meeting, Reason, greedy_schedule, solve
from duijie.events.core.generator import generate_instance

from .builders import instance
from .checks import violations, wrong_reasons


def _pairs(schedule) -> set[frozenset[str]]:
    return {frozenset((m.a, m.b)) for m in schedule.meetings}


def _reasons(schedule) -> dict[frozenset[str], Reason]:
    return {frozenset((u.a, u.b)): u.reason for u in schedule.unscheduled}


def test_two_lighter_meetings_beat_one_heavy_one_greedy_takes():
    # One slot: a-b (3) excludes both a-c (2) and b-d (2); 2 + 2 > 3.
    problem = instance(
        1, 5, {p: (None, 1) for p in "abcd"}, [("a", "b", 3), ("a", "c", 2), ("b", "d", 2)]
    )
    assert greedy_schedule(problem).weight == 3
    schedule = solve(problem)
    assert (schedule.weight, schedule.upper_bound) == (4, 4)
    assert _pairs(schedule) == {frozenset("ac"), frozenset("bd")}
    assert _reasons(schedule) == {frozenset("ab"): Reason.QUOTA_REACHED}


def test_slot_choice_that_first_free_slot_gets_wrong():
    # With one table per slot, first-fit puts a-b in s0, which a-c needs (c is there only
    # then); the optimum gives a-b the last slot.
    problem = instance(
        3,
        1,
        {"a": (None, 3), "b": (None, 3), "c": ([0], 1), "d": ([1], 1)},
        [("a", "b", 5), ("a", "c", 5), ("b", "d", 5)],
    )
    assert greedy_schedule(problem).weight == 10
    schedule = solve(problem)
    assert schedule.weight == 15 == schedule.upper_bound
    assert {(m.a, m.b, m.slot) for m in schedule.meetings} == {
        ("a", "c", "s0"),
        ("b", "d", "s1"),
        ("a", "b", "s2"),
    }


def test_a_triangle_in_one_slot_has_a_tight_bound():
    # The LP can schedule each side of the triangle half (1.5); weights are integral so
    # the bound is rounded down to the true optimum 1.
    problem = instance(
        1, 3, {p: (None, 1) for p in "abc"}, [("a", "b", 1), ("b", "c", 1), ("a", "c", 1)]
    )
    schedule = solve(problem)
    assert (schedule.weight, schedule.upper_bound) == (1, 1)
    assert violations(problem, schedule) == []


def test_duplicate_requests_merge_keeping_the_highest_weight():
    problem = instance(
        1,
        1,
        {p: (None, 1) for p in "abc"},
        [("a", "b", 1), ("b", "a", 4), ("a", "c", 3), ("a", "b", 2)],
    )
    schedule = solve(problem)
    assert schedule.weight == 4
    assert [(m.a, m.b) for m in schedule.meetings] == [("a", "b")]  # first orientation
    assert [(u.a, u.b) for u in schedule.unscheduled] == [("a", "c")]


def test_locked_meetings_stay_even_when_moving_them_would_pay():
    people = {"a": (None, 3), "b": (None, 2), "c": ([0], 1), "x": (None, 1)}
    problem = instance(2, 1, people, [("a", "c", 9), ("a", "b", 1)], locked=[("a", "x", 0, 0)])
    schedule = solve(problem)
    assert Meeting("a", "x", "s0", "T0") in schedule.meetings
    assert schedule.weight == 1 == schedule.upper_bound
    assert _reasons(schedule) == {frozenset("ac"): Reason.LOST_TO_HIGHER_WEIGHT}
    assert wrong_reasons(problem, schedule) == []


def test_a_locked_pair_counts_as_scheduled_request():
    problem = instance(
        2, 2, {p: (None, 2) for p in "ab"}, [("a", "b", 3)], locked=[("b", "a", 1, 1)]
    )
    schedule = solve(problem)
    assert schedule.meetings == (Meeting("b", "a", "s1", "T1"),)
    assert (schedule.weight, schedule.upper_bound, schedule.unscheduled) == (3, 3, ())


def test_locked_tables_are_not_given_away():
    problem = instance(
        1, 2, {p: (None, 1) for p in "abcd"}, [("c", "d", 1)], locked=[("a", "b", 0, 0)]
    )
    assert {m.table for m in solve(problem).meetings} == {"T0", "T1"}


def test_each_reason_is_given_where_the_rules_say():
    people = {
        "a": ([0], 1),
        "b": ([1], 1),
        "c": ([0, 1], 1),
        "d": ([0], 2),
        "e": ([0], 3),
        "f": ([0], 3),
    }
    problem = instance(
        2,
        1,
        people,
        [
            ("a", "b", 5),  # no common slot
            ("c", "d", 4),  # scheduled in s0, the only table
            ("c", "b", 1),  # c is at quota
            ("e", "f", 2),  # both free in s0 but its one table is taken
            ("a", "d", 2),  # d meets c in s0 (weight 4 >= 2)
        ],
    )
    schedule = solve(problem)
    assert _reasons(schedule) == {
        frozenset("ab"): Reason.NO_COMMON_SLOT,
        frozenset("cb"): Reason.QUOTA_REACHED,
        frozenset("ef"): Reason.TABLES_FULL,
        frozenset("ad"): Reason.LOST_TO_HIGHER_WEIGHT,
    }
    assert wrong_reasons(problem, schedule) == []


def test_zero_weight_requests_fill_spare_capacity():
    problem = instance(2, 1, {p: (None, 2) for p in "abc"}, [("a", "b", 0), ("a", "c", 1)])
    schedule = solve(problem)
    assert (len(schedule.meetings), schedule.weight) == (2, 1)


def test_empty_instances_solve():
    assert solve(instance(2, 1, {"a": (None, 1)}, [])).meetings == ()
    assert solve(instance(0, 0, {}, [])).upper_bound == 0


def test_same_input_same_schedule():
    problem = generate_instance(60, 300, 8, 6, seed=5)
    first, second = solve(problem), solve(problem)
    assert first.meetings == second.meetings and first.unscheduled == second.unscheduled
    assert first.upper_bound == second.upper_bound


def test_a_generated_event_is_valid_and_close_to_its_bound():
    problem = generate_instance(120, 900, 10, 15, seed=3)
    schedule = solve(problem)
    assert violations(problem, schedule) == []
    assert wrong_reasons(problem, schedule) == []
    assert schedule.weight >= 0.99 * schedule.upper_bound
    assert schedule.weight > greedy_schedule(problem).weight


def test_rescheduling_around_locked_meetings_keeps_them_and_stays_valid():
    base = generate_instance(80, 500, 8, 8, seed=11)
    first = solve(base)
    locked = tuple(first.meetings[::3])
    problem = replace(base, locked=locked)
    schedule = solve(problem)
    assert set(locked) <= set(schedule.meetings)
    assert violations(problem, schedule) == []
    assert wrong_reasons(problem, schedule) == []


def test_the_generator_is_deterministic_and_skewed():
    first = generate_instance(100, 600, 10, 10, seed=4)
    assert first == generate_instance(100, 600, 10, 10, seed=4)
    assert first != generate_instance(100, 600, 10, 10, seed=5)
    popularity = Counter(r.b for r in first.requests)
    assert popularity.most_common(1)[0][1] > 5 * len(first.requests) / len(first.participants)
    assert any(len(p.available) < 10 for p in first.participants)
