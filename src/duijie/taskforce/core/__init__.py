"""Pure task-force rules (no Django): work-item status, escalation, document numbers, letters."""
