"""Pure helpers shared by every area (no Django)."""
