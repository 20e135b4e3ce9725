"""Forms of the task-force pages: work items (workitems.py) and proposals (proposals.py)."""
