"""SHOP Desktop: records for a harm-reduction drop-in centre, kept in an encrypted vault."""

__version__ = "0.1.0"
