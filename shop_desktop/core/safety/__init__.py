"""Keeping people safe: aggressor alerts, overdose response, naloxone and supplies, drug alerts.
Imports core.store, the core root's shared modules and the other domain packages; never gui or demo.
"""
