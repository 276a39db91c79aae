"""The vault's machinery: keys, crypto, the database, migrations, the audit trail, rotation, locks.
Imports only the core root's shared modules (errors, roles, actions, text, progress, logs) and itself.
"""
