"""Seed content for the policy library (policies.json); a package only so the data ships."""
