"""Sync between devices through a folder: ids, profiles, change capture, merge, bundles, devices.
Imports core.store, the core root's shared modules and the domain packages; never gui or demo.
"""
