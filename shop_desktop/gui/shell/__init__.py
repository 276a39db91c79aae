"""The application around the screens: start-up, sign-in, the main window, idle lock, privacy.
Imports gui.common, gui.forms, every screen package and core.session; the only gui package that opens a vault.
"""
