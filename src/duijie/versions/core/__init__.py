"""Pure helpers for language versions: which script a text is written in, and excerpts."""
