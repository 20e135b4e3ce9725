"""Rule data: one JSON file per policy version (see docs/policies.md).

This is a package only so that setuptools ships the JSON files with the wheel; it holds
no code. (django-rules' autodiscovery imports `<app>.rules` modules, which is harmless here.)
"""
