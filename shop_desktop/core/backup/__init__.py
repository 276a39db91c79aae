"""Backups to a stick and restores from one: snapshot, encrypt, verify, the journaled swap.
Imports core.store and the core root's shared modules; never a domain module's internals.
"""
