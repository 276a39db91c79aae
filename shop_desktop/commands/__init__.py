"""The CLI's commands, one module each (`add_parser(subparsers)`, `run(args) -> int`), registered by cli.py.
A command imports core (its session actions and worker halves) and cli's shared helpers; never gui."""
