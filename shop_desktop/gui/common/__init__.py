"""Pieces every screen uses: widgets, table models, the Dialogs seam, dates, printing, workers.
Imports only Qt, core's types and itself; never a screen package.
"""
