"""The desk's records: clients, visits, programs, the Safe Suite, outreach, restrictions, conflicts.
Imports core.store, the core root's shared modules and the other domain packages; never gui or demo.
"""
