"""Permission rules of the policy library (django-rules, autodiscovered)."""

import rules

from duijie.common.permissions import is_platform_staff

# The library and the eligibility self-check are public: nothing about the reader is stored.
rules.add_perm("policies.view_policy", rules.always_allow)
rules.add_perm("policies.check_eligibility", rules.always_allow)
rules.add_perm("policies.edit_policy", is_platform_staff)
