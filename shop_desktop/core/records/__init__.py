"""What the law asks of the records: retention review, erasure and compaction, access requests.
Imports core.store, the core root's shared modules and the other domain packages; never gui or demo.
"""
