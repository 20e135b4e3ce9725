"""The work-item status rule, without a database: every combination of the facts it reads."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duijie.taskforce.core.status import (
    ItemFacts,
    MilestoneFacts,
    Reason,
    ReportFacts,
    Status,
    compute_status,
    latest_reports,
    next_report_due,
    units_due_to_report,
)

START = datetime.date(2024, 3, 1)
DUE = datetime.date(2024, 9, 30)
LEAD, CO = 1, 2


def item(**changes) -> ItemFacts:
    fields = {"start": START, "due": DUE, "units": frozenset({LEAD}), "reporting_period_days": 30}
    return ItemFacts(**{**fields, **changes})


def on(day: str) -> datetime.date:
    return datetime.date.fromisoformat(day)


# --- each rule at its boundary -------------------------------------------------------------


def test_done_wins_over_everything_even_when_past_due():
    late = item(done_on=on("2024-10-05"), milestones=(MilestoneFacts(on("2024-04-01")),))
    assert compute_status(late, on("2024-12-01")).status == Status.DONE


def test_due_date_itself_is_not_overdue_and_the_next_day_is():
    fresh = item(reports=(ReportFacts(LEAD, on("2024-09-20")),))
    assert compute_status(fresh, DUE).status == Status.ON_TRACK
    result = compute_status(fresh, on("2024-10-01"))
    assert (result.status, result.days_overdue) == (Status.OVERDUE, 1)


def test_overdue_counts_days_past_due():
    assert compute_status(item(), on("2024-10-14")).days_overdue == 14


def test_before_start_without_activity_is_not_started():
    assert compute_status(item(), on("2024-02-29")).status == Status.NOT_STARTED


def test_before_start_with_an_early_report_is_started():
    early = item(reports=(ReportFacts(LEAD, on("2024-02-20")),))
    assert compute_status(early, on("2024-02-29")).status == Status.ON_TRACK


def test_before_start_with_a_milestone_done_is_started():
    early = item(milestones=(MilestoneFacts(on("2024-04-01"), done_on=on("2024-02-10")),))
    assert compute_status(early, on("2024-02-29")).status == Status.ON_TRACK


def test_start_day_is_on_track():
    assert compute_status(item(), START).status == Status.ON_TRACK


def test_report_exactly_one_period_old_is_fine_and_one_day_more_is_missing():
    reported = item(reports=(ReportFacts(LEAD, on("2024-05-01")),))
    assert compute_status(reported, on("2024-05-31")).status == Status.ON_TRACK
    result = compute_status(reported, on("2024-06-01"))
    assert result.status == Status.AT_RISK
    assert result.findings[0].reason == Reason.REPORT_MISSING
    assert result.findings[0].units == frozenset({LEAD})


def test_never_reported_counts_from_the_start_date():
    assert compute_status(item(), on("2024-03-31")).status == Status.ON_TRACK
    assert compute_status(item(), on("2024-04-01")).reasons == (Reason.REPORT_MISSING,)


def test_each_unit_must_report_so_a_silent_co_unit_puts_the_item_at_risk():
    both = item(units=frozenset({LEAD, CO}), reports=(ReportFacts(LEAD, on("2024-06-10")),))
    result = compute_status(both, on("2024-06-15"))
    assert result.status == Status.AT_RISK
    assert result.findings == (result.findings[0],)
    assert result.findings[0].units == frozenset({CO})


def test_latest_report_at_risk_flags_the_item_and_a_later_on_track_report_clears_it():
    flagged = item(reports=(ReportFacts(LEAD, on("2024-06-01"), at_risk=True),))
    assert compute_status(flagged, on("2024-06-15")).reasons == (Reason.REPORTED_AT_RISK,)
    cleared = item(
        reports=(
            ReportFacts(LEAD, on("2024-06-01"), at_risk=True),
            ReportFacts(LEAD, on("2024-06-10")),
        )
    )
    assert compute_status(cleared, on("2024-06-15")).status == Status.ON_TRACK


def test_same_day_reports_the_later_one_counts():
    same_day = item(
        reports=(ReportFacts(LEAD, on("2024-06-10")), ReportFacts(LEAD, on("2024-06-10"), True))
    )
    assert compute_status(same_day, on("2024-06-15")).reasons == (Reason.REPORTED_AT_RISK,)


def test_an_older_at_risk_report_listed_later_does_not_override_a_newer_one():
    shuffled = item(
        reports=(ReportFacts(LEAD, on("2024-06-10")), ReportFacts(LEAD, on("2024-06-01"), True))
    )
    assert compute_status(shuffled, on("2024-06-15")).status == Status.ON_TRACK


def test_milestone_due_today_is_not_late_but_tomorrow_it_is():
    open_milestone = item(
        milestones=(MilestoneFacts(on("2024-06-15")),),
        reports=(ReportFacts(LEAD, on("2024-06-14")),),
    )
    assert compute_status(open_milestone, on("2024-06-15")).status == Status.ON_TRACK
    assert compute_status(open_milestone, on("2024-06-16")).reasons == (Reason.MILESTONE_LATE,)


def test_a_milestone_done_late_is_no_longer_a_risk():
    done_late = item(
        milestones=(MilestoneFacts(on("2024-05-01"), done_on=on("2024-05-20")),),
        reports=(ReportFacts(LEAD, on("2024-06-14")),),
    )
    assert compute_status(done_late, on("2024-06-15")).status == Status.ON_TRACK


def test_all_reasons_are_listed_in_a_fixed_order():
    troubled = item(
        units=frozenset({LEAD, CO}),
        milestones=(MilestoneFacts(on("2024-05-01")),),
        reports=(ReportFacts(LEAD, on("2024-06-10"), at_risk=True),),
    )
    result = compute_status(troubled, on("2024-06-15"))
    assert result.reasons == (
        Reason.MILESTONE_LATE,
        Reason.REPORTED_AT_RISK,
        Reason.REPORT_MISSING,
    )


def test_helpers_latest_and_next_report_due():
    facts = item(units=frozenset({LEAD, CO}), reports=(ReportFacts(LEAD, on("2024-06-10")),))
    assert set(latest_reports(facts.reports)) == {LEAD}
    assert next_report_due(facts, LEAD) == on("2024-07-10")
    assert next_report_due(facts, CO) == on("2024-03-31")
    assert units_due_to_report(facts, on("2024-06-15")) == frozenset({CO})


# --- every combination -----------------------------------------------------------------------

DAYS = {
    "before_start": on("2024-02-15"),
    "start": START,
    "middle": on("2024-06-15"),
    "due": DUE,
    "after_due": on("2024-10-10"),
}
DONE = {"open": None, "done": on("2024-06-01")}
MILESTONES = {
    "none": (),
    "open_future": (MilestoneFacts(on("2024-12-31")),),
    "open_late": (MilestoneFacts(on("2024-01-15")),),
    "done": (MilestoneFacts(on("2024-01-15"), done_on=on("2024-01-10")),),
}
REPORTS = {"none": "none", "fresh": "fresh", "fresh_at_risk": "fresh_at_risk", "stale": "stale"}


def reports_for(kind: str, today: datetime.date) -> tuple[ReportFacts, ...]:
    if kind == "none":
        return ()
    if kind == "stale":
        return (ReportFacts(LEAD, today - datetime.timedelta(days=31)),)
    return (ReportFacts(LEAD, today, at_risk=kind == "fresh_at_risk"),)


def expected(day: str, done: str, milestones: str, reports: str) -> Status:
    """The rule as a decision table, written independently of the implementation."""
    today = DAYS[day]
    if done == "done":
        return Status.DONE
    if day == "after_due":
        return Status.OVERDUE
    started = reports != "none" or milestones == "done"
    if day == "before_start" and not started:
        return Status.NOT_STARTED
    silent_too_long = reports == "stale" or (reports == "none" and (today - START).days > 30)
    if milestones == "open_late" or reports == "fresh_at_risk" or silent_too_long:
        return Status.AT_RISK
    return Status.ON_TRACK


@pytest.mark.parametrize(
    ("day", "done", "milestones", "reports"),
    list(itertools.product(DAYS, DONE, MILESTONES, REPORTS)),
)
def test_every_combination(day, done, milestones, reports):
    today = DAYS[day]
    facts = item(
        done_on=DONE[done],
        milestones=MILESTONES[milestones],
        reports=reports_for(reports, today),
    )
    assert compute_status(facts, today).status == expected(day, done, milestones, reports)


# --- properties over random facts --------------------------------------------------------------

dates = st.dates(min_value=datetime.date(2023, 1, 1), max_value=datetime.date(2025, 12, 31))
units = st.sampled_from([LEAD, CO])


@st.composite
def random_items(draw):
    start = draw(dates)
    due = start + datetime.timedelta(days=draw(st.integers(0, 400)))
    return ItemFacts(
        start=start,
        due=due,
        units=frozenset(draw(st.sets(units, min_size=1))),
        reporting_period_days=draw(st.integers(7, 180)),
        done_on=draw(st.none() | dates),
        milestones=tuple(
            MilestoneFacts(draw(dates), draw(st.none() | dates))
            for _ in range(draw(st.integers(0, 3)))
        ),
        reports=tuple(
            ReportFacts(draw(units), draw(dates), draw(st.booleans()))
            for _ in range(draw(st.integers(0, 4)))
        ),
    )


@given(random_items(), dates)
def test_properties(facts, today):
    result = compute_status(facts, today)
    assert (result.status == Status.DONE) == (facts.done_on is not None)
    if facts.done_on is None:
        assert (result.status == Status.OVERDUE) == (today > facts.due)
    assert (result.status == Status.AT_RISK) == bool(result.findings)
    assert result.days_overdue == (
        (today - facts.due).days if result.status == Status.OVERDUE else 0
    )
