"""Duijie's fictional bilingual demo data, kept out of the runtime package.

Installed, it adds the `duijie seed-demo` command (the settings add this app when it is
importable). Each module under `duijie_demo.loaders` seeds one area; see `seed.py`.
"""
