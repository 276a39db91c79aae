"""The centre's records and the rules on them, with no Qt: vault machinery, domain packages, the session.

The root holds what every package may import (errors, roles, actions, text, progress, logs); never gui.
"""
