"""SHOP Desktop: records for a harm-reduction drop-in centre, kept in an encrypted vault.

core and reports import no Qt and nothing from gui; gui and cli talk to core only through core.session.
"""

__version__ = "0.1.0"
