"""Safety screens: aggressor alerts, overdose response, naloxone kits, stock, drug alerts, shift log.
Imports gui.common, gui.forms and core's session and domain types; no core.store machinery.
"""
