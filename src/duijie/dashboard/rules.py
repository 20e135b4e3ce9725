"""Who sees the programme dashboard: government users, task-force coordinators, platform staff.

The dashboard shows aggregates only; the items behind them keep their own rules.
"""

import rules

from duijie.common.permissions import is_government, is_platform_staff
from duijie.taskforce.rules import is_coordinator

rules.add_perm("dashboard.view_figures", is_government | is_platform_staff | is_coordinator)
