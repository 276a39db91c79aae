"""`shop-desktop COMMAND`: a thin argparse front over core. No logic of its own.

Exit codes: 0 success; otherwise the failing error's exit_code (see core/errors.py and the
README's list) with one plain line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop import __version__
from shop_desktop.core.errors import VaultError
from shop_desktop.core.progress import Progress, ProgressGate

if TYPE_CHECKING:
    from shop_desktop.core.backup.backup import BackupHeader, OpenedBackup
    from shop_desktop.core.session import Session
    from shop_desktop.core.vault.vault import StaffMember

EXIT_USAGE = 2


class PassphraseSource:
    """A hidden prompt, or one line per passphrase on standard input (--passphrase-stdin)."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise VaultError("Expected a passphrase on standard input, but it was empty.")
            return line.rstrip("\r\n")
        return getpass.getpass(prompt)

    def read_new(self, prompt: str) -> str:
        first = self.read(prompt)
        if not self.from_stdin and getpass.getpass("Type it again: ") != first:
            raise VaultError("The two passphrases are different. Nothing was changed.")
        return first


def _folder(args: argparse.Namespace, *, demo: bool = False) -> Path:
    from shop_desktop.core.vault.places import default_folder

    if args.data_dir:
        return Path(args.data_dir).expanduser()
    return default_folder().with_name("demo") if demo else default_folder()


def _open(args: argparse.Namespace, *, for_backup: bool = False) -> Session:
    from shop_desktop.core.session import Session

    if not args.user:
        raise VaultError("Say who you are with --user NAME.")
    secret = PassphraseSource(args.passphrase_stdin).read(f"Passphrase for {args.user}: ")
    session = Session.sign_in(_folder(args), args.user, secret, for_backup=for_backup)
    for warning in session.take_warnings():  # what the sign-in found in the key file, for a manager
        print(f"shop-desktop: warning: {warning}", file=sys.stderr)
    return session


def cmd_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from shop_desktop.selftest import run_self_test

        return run_self_test()
    from shop_desktop.core.vault.places import vault_exists

    folder = _folder(args, demo=args.demo)
    hint = None
    if args.demo:
        from shop_desktop.core.demo import centre as demo

        if not vault_exists(folder):
            print("Making a demo vault with synthetic data (this takes a few seconds)…", flush=True)
            result = demo.create_demo_vault(folder, seed=1, progress=_print_progress)
            result.lock()
            demo.write_credentials(folder, result)
        hint = demo.read_credentials(folder)
        if hint:
            print(hint)
    from shop_desktop.gui.shell.app import run_gui

    return run_gui(folder, demo_hint=hint)


def cmd_init(args: argparse.Namespace) -> int:
    from shop_desktop.core.vault.vault import Vault

    folder = _folder(args)
    source = PassphraseSource(args.passphrase_stdin)
    args.user = args.user or "coordinator"
    secret = source.read_new(f"New passphrase for {args.user} (15 characters or more): ")
    made, recovery = Vault.create(
        folder,
        centre_name=args.centre_name,
        centre_address=args.centre_address or "",
        username=args.user,
        display_name=args.display_name or args.user,
        passphrase=secret,
    )
    made.lock()
    print(f"Made a new vault in {folder}.")
    print("Recovery key (shown once; print it or write it down and keep it in the office safe):")
    print(f"  {recovery}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from shop_desktop.core.demo import centre as demo

    folder = _folder(args, demo=True)
    shared = PassphraseSource(True).read("") if args.passphrase_stdin else None
    result = demo.create_demo_vault(
        folder,
        seed=args.seed,
        scale=demo.DemoScale(
            clients=args.clients,
            days=args.days,
            visits=args.visits,
            notes=args.notes,
            referrals=args.referrals,
            alerts=args.alerts,
        ),
        shared_passphrase=shared,
        progress=_print_progress,
    )
    result.lock()
    print(f"Made a demo vault in {folder}.")
    print(demo.credentials_text(result), end="")
    return 0


def _print_progress(step: str, fraction: float) -> None:
    print(f"  {step}…", file=sys.stderr, flush=True)


def cmd_users(args: argparse.Namespace) -> int:
    from shop_desktop.core.roles import Role

    session = _open(args)
    try:
        if args.action == "list":
            for member in session.staff.list_staff():
                roles = ", ".join(sorted(r.label for r in member.roles))
                state = "active" if member.active else "disabled"
                print(f"{member.username:<16} {member.display_name:<24} {roles:<28} {state}")
        elif args.action == "add":
            if not args.name or not args.role:
                raise VaultError("Give the new account's --name and at least one --role.")
            secret = PassphraseSource(args.passphrase_stdin).read_new(f"Passphrase for {args.name}: ")
            session.staff.add_staff(
                username=args.name,
                display_name=args.display_name or args.name,
                roles={Role(r) for r in args.role},
                new_passphrase=secret,
            )
            print(f"Added {args.name}.")
        else:
            if not args.name:
                raise VaultError("Say whose account to disable with --name.")
            member = _member_named(session, args.name)
            session.staff.disable_staff(member.id)
            print(f"Disabled {args.name}; the vault's keys were replaced.")
    finally:
        session.lock()
    return 0


def _member_named(session: Session, name: str) -> StaffMember:
    for member in session.staff.list_staff():
        if member.username.casefold() == name.casefold():
            return member
    raise VaultError(f'There is no account named "{name}".')


def cmd_audit_verify(args: argparse.Namespace) -> int:
    session = _open(args)
    try:
        report = session.audit_trail.check()
    finally:
        session.lock()
    if report.ok:
        print(f"The audit trail is intact: {report.entries} entries, head {report.head[:16]}.")
        return 0
    print(
        f"shop-desktop: audit entry {report.first_bad_id} is not as it was written: {report.problem}.", file=sys.stderr
    )
    return 11


def _progress(args: argparse.Namespace) -> Progress:
    return ProgressGate(_progress_line) if not args.quiet else _no_progress


def _no_progress(fraction: float, words: str) -> None:
    pass


def _progress_line(fraction: float, words: str) -> None:
    print(f"\r{int(fraction * 100):3d}%  {words:<50}", end="", file=sys.stderr, flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    from shop_desktop.core.backup import backup

    session = _open(args, for_backup=True)  # runs beside a signed-in app (a scheduled backup)
    try:
        out = Path(args.out) if args.out else None
        out = out or (Path(session.backup.last_backup().folder) if session.backup.last_backup().folder else None)
        if out is None:
            raise VaultError("Say where to write the backup with --out DIR.")
        plan = session.backup.prepare_backup(out)
    finally:
        session.lock()
    result = backup.make_backup(plan, _progress(args))
    print(file=sys.stderr)
    print(f"Backup written and verified: {result.path}")
    print(f"Fingerprint: {result.fingerprint}")
    if result.note:
        print(f"shop-desktop: {result.note}", file=sys.stderr)
    return 0


def _open_backup(args: argparse.Namespace) -> tuple[OpenedBackup, str]:
    from shop_desktop.core.backup import backup

    source = PassphraseSource(args.passphrase_stdin)
    if args.recovery_key:
        return backup.open_backup_with_recovery(Path(args.file), source.read("Recovery key: ")), ""
    if not args.user:
        raise VaultError(
            "Say who you are with --user NAME (an account that existed when the backup was made), "
            "or use --recovery-key."
        )
    secret = source.read(f"Passphrase for {args.user}: ")
    return backup.open_backup(Path(args.file), args.user, secret), secret


def _record_verify(args: argparse.Namespace, opened: OpenedBackup, secret: str, fingerprint: str) -> None:
    """Into this PC's audit trail, when the backup is of this vault and the same account opens it."""
    from shop_desktop.core.session import Session
    from shop_desktop.core.vault import keyfile
    from shop_desktop.core.vault.places import KEYS_NAME, vault_exists

    folder = _folder(args)
    if not secret or not vault_exists(folder):
        return
    if keyfile.load(folder / KEYS_NAME).root_public != opened.header.root_public:
        return
    try:
        session = Session.sign_in(folder, args.user, secret)
    except VaultError as error:
        print(f"(Not recorded in this PC's audit trail: {error})", file=sys.stderr)
        return
    try:
        session.restore.record_verified(fingerprint)
    finally:
        session.lock()


def _describe(header: BackupHeader) -> str:
    from shop_desktop.core.backup.backup_summary import describe

    return describe(header, separator="; ") + "."


def cmd_verify_backup(args: argparse.Namespace) -> int:
    from shop_desktop.core.backup import restore

    opened, secret = _open_backup(args)
    print(_describe(opened.header))
    fingerprint = restore.verify_backup(opened, _progress(args))
    print(file=sys.stderr)
    _record_verify(args, opened, secret, fingerprint)
    print(f"Every check passed. Fingerprint: {fingerprint}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from shop_desktop.core.backup import restore
    from shop_desktop.core.vault.places import vault_exists

    opened, _ = _open_backup(args)
    print(_describe(opened.header))
    into = Path(args.into).expanduser() if args.into else _folder(args)
    live = None
    if not args.into and vault_exists(into):
        live = _prove_live(args, into)
    result = restore.restore_backup(opened, into, replace=not args.into, live=live, progress=_progress(args))
    print(file=sys.stderr)
    print(f"Restored into {result.folder}.")
    if result.kept_old:
        print(f"The vault that was there is kept in {result.kept_old} until you remove it.")
    return 0


def _prove_live(args: argparse.Namespace, folder: Path) -> object:
    """Over a live vault, the person proves who they are in it (not in the backup): T6."""
    from shop_desktop.core.backup import restore

    source = PassphraseSource(args.passphrase_stdin)
    if args.live_recovery_key:
        return restore.prove_live(folder, recovery_text=source.read("Recovery key of the vault in use: "))
    if not args.live_user:
        raise VaultError(restore.LIVE_PROOF_NEEDED + " Use --live-user NAME or --live-recovery-key.")
    secret = source.read(f"Passphrase of {args.live_user} in the vault in use: ")
    return restore.prove_live(folder, username=args.live_user, passphrase=secret)


def _iso_date(text: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-04-01") from None


def _report_period(args: argparse.Namespace) -> object:
    from shop_desktop.core.figures.report_figures import Period

    if args.month:
        return Period.month(args.month.year, args.month.month)
    if args.fiscal_year:
        return Period.fiscal_year(args.fiscal_year)
    if args.date_from is None or args.date_to is None:
        raise VaultError("Choose the period: --month 2026-11, --fiscal-year 2026, or both --from and --to.")
    return Period.custom(args.date_from, args.date_to)


def cmd_report(args: argparse.Namespace) -> int:
    """Saving the report releases it: the release register keeps its figures (see core/figures/release_register.py)."""
    from shop_desktop.core.figures import release_register
    from shop_desktop.reports.funder_report import build_funder_report_pdf, csv_rows, write_csv

    period = _report_period(args)
    session = _open(args)
    try:
        run = session.report_figures.begin_report(period)
        figures = session.report_figures.figures_for(run)
        pdf = build_funder_report_pdf(figures, run.centre_name, run.made_by, run.made_at, run.threshold, run.audit_head)
        csv_rows(figures, run.threshold)  # built before release, so a failure releases nothing
        session.release_register.release(run, figures, "pdf")
        if args.csv:
            session.release_register.release(run, figures, "csv")
    finally:
        session.lock()
    try:
        Path(args.out).write_bytes(pdf)
        if args.csv:
            Path(args.csv).mkdir(parents=True, exist_ok=True)
            csv_path = write_csv(figures, run.threshold, Path(args.csv))
            print(f"Figures written: {csv_path}")
    except OSError as error:
        raise VaultError(f"Couldn't write the report ({error.strerror}). Choose another place.") from None
    print(f"Report for {period.label} written: {args.out}")
    warning = release_register.short_period_warning(period)
    if warning:
        print(warning, file=sys.stderr)
    return 0


def _iso_month(text: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-11") from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --data-dir given before the command is not reset by the command's own default.
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: the platform's app-data folder)",
    )
    opener = argparse.ArgumentParser(add_help=False)
    opener.add_argument("--user", metavar="NAME", help="your user name")
    opener.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one per line, instead of prompting",
    )
    parser = argparse.ArgumentParser(prog="shop-desktop", description="SHOP Desktop: records for a drop-in centre.")
    parser.add_argument("--data-dir", metavar="DIR", help="vault folder (default: the platform's app-data folder)")
    parser.set_defaults(user=None, passphrase_stdin=False)
    parser.add_argument("--version", action="version", version=f"SHOP Desktop {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo vault (made with synthetic data if it does not exist yet)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation on a throwaway vault and exit (0 = all good)"
    )
    parser.set_defaults(run=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", parents=[common, opener], help="make a new, empty vault")
    init.add_argument("--centre-name", required=True)
    init.add_argument("--centre-address", default="")
    init.add_argument("--display-name", default="")
    init.set_defaults(run=cmd_init)

    demo = sub.add_parser("demo", parents=[common, opener], help="make a demo vault with synthetic data")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--clients", type=int, default=300)
    demo.add_argument("--days", type=int, default=120)
    for what in ("visits", "notes", "referrals", "alerts"):
        demo.add_argument(
            f"--{what}",
            type=int,
            default=None,
            metavar="N",
            help=f"how many {what} to invent (default: in proportion to --clients and --days)",
        )
    demo.set_defaults(run=cmd_demo)

    users = sub.add_parser("users", parents=[common, opener], help="list, add or disable staff accounts")
    users.add_argument("action", choices=["list", "add", "disable"])
    users.add_argument("--name", help="the account to add or disable")
    users.add_argument("--display-name", default="")
    users.add_argument(
        "--role", action="append", choices=["front_desk", "outreach", "counsellor", "coordinator", "admin"]
    )
    users.set_defaults(run=cmd_users)

    verify = sub.add_parser("audit-verify", parents=[common, opener], help="check the audit trail's chain")
    verify.set_defaults(run=cmd_audit_verify)

    report = sub.add_parser("report", parents=[common, opener], help="make a funder report as PDF (and CSV)")
    report.add_argument("--month", type=_iso_month, metavar="YYYY-MM", help="a calendar month")
    report.add_argument("--fiscal-year", type=int, metavar="YEAR", help="April YEAR to March YEAR+1")
    report.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE", help="custom period: first day")
    report.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help="custom period: last day")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--csv", metavar="DIR", help="also write the figures as CSV into this folder")
    report.set_defaults(run=cmd_report)

    from shop_desktop.commands import sync

    sync.add_parser(sub)
    make = sub.add_parser("backup", parents=[common, opener], help="write an encrypted, verified backup")
    make.add_argument("--out", metavar="DIR", help="folder to write to (default: the last one used)")
    make.add_argument("--quiet", action="store_true", help="no progress line (for scheduled tasks)")
    make.set_defaults(run=cmd_backup)
    for name, run, words in (
        ("verify-backup", cmd_verify_backup, "check a backup file without restoring it"),
        ("restore", cmd_restore, "restore a backup (the current vault is kept beside it)"),
    ):
        command = sub.add_parser(name, parents=[common, opener], help=words)
        command.add_argument("file", metavar="FILE")
        command.add_argument(
            "--recovery-key", action="store_true", help="open the backup with the recovery key instead of a passphrase"
        )
        command.add_argument("--quiet", action="store_true", help="no progress line")
        command.set_defaults(run=run)
        if name == "restore":
            command.add_argument("--into", metavar="DIR", help="restore into a new folder instead")
            command.add_argument(
                "--live-user", metavar="NAME", help="over the vault in use: a current coordinator or admin of it"
            )
            command.add_argument(
                "--live-recovery-key", action="store_true", help="over the vault in use: prove it with its recovery key"
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except VaultError as error:
        print(f"shop-desktop: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("shop-desktop: stopped.", file=sys.stderr)
        return 130
    except Exception as error:
        from shop_desktop.core.errors import disk_problem

        # A disk failing where no command expected it (an OSError, or SQLite's own full/I/O error):
        # still its own sentence and exit code, never the raw text.
        plain = disk_problem(error, _folder(args), f"running {args.command or 'the app'}", "")
        if plain is None:
            return _unexpected(error)
        print(f"shop-desktop: {plain}", file=sys.stderr)
        return plain.exit_code


def _unexpected(error: Exception) -> int:
    """The message may hold data; the log gets code locations only."""
    from shop_desktop.core.logs import log_unexpected, unexpected_message

    print(f"shop-desktop: {unexpected_message(log_unexpected(error, 'cli'))}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
