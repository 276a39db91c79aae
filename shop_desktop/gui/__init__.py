"""The Qt screens: shell around them, one package per kind of work, common pieces and generated forms.

Imports core.session (the only way to the records), core's types and Qt; core never imports gui.
"""
