"""When an overdue work item is escalated, and to whom (pure Python, no Django).

The rule:

* An item is escalated on the first day it is overdue (one day after its due date) and
  again every ``REPEAT_DAYS`` days while it stays overdue and not done — never twice
  within that interval, however often the periodic job runs.
* Level 1 (fewer than ``LEVEL_TWO_AFTER_DAYS`` days overdue) goes to the item's owners
  and the staff of its lead unit.
* Level 2 (``LEVEL_TWO_AFTER_DAYS`` days overdue or more) also goes to the task-force
  coordinators and to the staff of the lead unit's parent unit (e.g. 杨浦区政府 for 杨浦区投促办).
"""

from __future__ import annotations

import datetime

REPEAT_DAYS = 7
LEVEL_TWO_AFTER_DAYS = 14


def escalation_level(days_overdue: int) -> int:
    """1 or 2 for an overdue item (see the module rule); 0 when it is not overdue."""
    if days_overdue <= 0:
        return 0
    return 2 if days_overdue >= LEVEL_TWO_AFTER_DAYS else 1


def escalation_due(
    *,
    due: datetime.date,
    today: datetime.date,
    done: bool,
    last_escalated_on: datetime.date | None,
) -> int:
    """The level to escalate at today, or 0 when no escalation is due."""
    if done:
        return 0
    level = escalation_level((today - due).days)
    if level == 0:
        return 0
    if last_escalated_on is not None and (today - last_escalated_on).days < REPEAT_DAYS:
        return 0
    return level
