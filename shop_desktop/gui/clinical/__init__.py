"""Counselling screens: history, notes, referrals, and the break-glass guard.
Imports gui.common, gui.forms and core's session and domain types; no core.store machinery.
"""
