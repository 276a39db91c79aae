"""The desk's screens: check-in, clients, programs, the Safe Suite, outreach and alerts.
Imports gui.common, gui.forms and core's session and domain types; no core.store machinery.
"""
