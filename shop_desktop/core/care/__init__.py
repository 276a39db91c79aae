"""Counselling's records: sealed notes and their re-seal, referrals and the agency directory.
Imports core.store, the core root's shared modules and the other domain packages; never gui or demo.
"""
