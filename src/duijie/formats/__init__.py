"""Date and number formats per interface language (Django's FORMAT_MODULE_PATH)."""
