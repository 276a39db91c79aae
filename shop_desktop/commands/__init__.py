"""The command line's commands, one module each: `add_parser(subparsers)` adds its options and
`run(args) -> int` does it. They may import core (its session and actions) and reports, never the gui.
cli.py keeps the top-level parser and main; options.py holds what every command shares.
"""
