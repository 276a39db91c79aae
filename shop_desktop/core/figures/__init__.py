"""Report figures: counts for the funder report, suppression of small cells, the release register.
Imports core.store and the domain modules it counts; nothing imports it but reports and actions.
"""
