"""Demo data: a made-up centre so a newcomer sees every screen with something in it.
May import anything in core; nothing in core imports it (only the CLI, the GUI's first run and bench).
"""
