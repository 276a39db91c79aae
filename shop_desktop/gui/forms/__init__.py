"""Generated forms (see compile_forms.py)."""
