"""Printed reports: the funder report, the alert sheet, an access record, laid out as PDFs with reportlab.

Imports the figures core computed and core's types; no Qt, no gui, no vault machinery.
"""
