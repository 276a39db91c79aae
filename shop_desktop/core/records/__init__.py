"""What the law asks of the records: retention review, erasure and compaction, access requests.
Imports core.vault, the core root's shared modules and the other domain packages; never gui or demo.
"""
