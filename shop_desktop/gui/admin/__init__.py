"""The coordinator's screens: staff, settings, backup, audit, reports, agencies, restrictions.
Imports gui.common, gui.forms and core's session and domain types; no core.store machinery.
"""
