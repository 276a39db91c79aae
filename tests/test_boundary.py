"""The boundary between the screens and core, kept by tests rather than by habit (issue #19).

(a) gui/, cli.py and commands/ hold a Session: no connection, SQL, permission check, key or raw vault.
(b) Every action's gate, called as every role and as a locked session, refuses exactly what the
    role table in core/roles.py (`allowed`) says, before any of the action's body runs.
(c) A public core function that takes the Vault first is an action, or is listed below as core's
    own machinery: a new one that is neither fails here until someone decides which it is.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import shop_desktop.core
from shop_desktop.core.actions import ACTIONS, SIGNED_IN, Action
from shop_desktop.core.errors import PermissionDenied, VaultLocked
from shop_desktop.core.roles import Role, allowed
from shop_desktop.core.session import ACTION_MODULES, Session, load_actions
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as

ROOT = Path(__file__).resolve().parents[1] / "shop_desktop"
# every screen package (gui/ is packages now: a flat glob would read only its __init__), the CLI and its commands
SCREEN_FILES = [p for p in sorted((ROOT / "gui").rglob("*.py")) if "forms" not in p.parts] + [
    ROOT / "cli.py",
    *sorted((ROOT / "commands").glob("*.py")),
]

# (a) what a screen may never touch: attributes and names of the vault's insides
FORBIDDEN_NAMES = {"conn", "vault", "commit_keys", "data_key", "notes_key", "secrets", "all_notes_keys"}
FORBIDDEN_CALLS = {"execute", "executemany", "executescript", "require"}
FORBIDDEN_IMPORTS = {"sqlite3", "sqlcipher3"}


def _problems_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.parent.name}/{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES | {"_vault", "_conn"}:
            found.append(f"{where} uses .{node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in FORBIDDEN_CALLS:
            found.append(f"{where} calls {node.func.attr}()")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"{where} imports {m}" for m in modules if m.split(".")[0] in FORBIDDEN_IMPORTS]
    return found


def test_screens_and_the_cli_reach_nothing_of_the_vault_but_its_session() -> None:
    problems = [problem for path in SCREEN_FILES for problem in _problems_in(path)]
    assert problems == []


def test_the_screen_check_sees_what_it_forbids(tmp_path: Path) -> None:
    """The check above could pass by reading nothing; here it reads a screen that breaks every rule."""
    bad = tmp_path / "rule_breaker.py"
    bad_text = (
        "import sqlite3\n"
        "from sqlcipher3 import dbapi2\n"
        "def f(self):\n"
        "    self.services.vault.conn.execute('SELECT 1')\n"
        "    self.vault.require(None)\n"
        "    key = self.session.data_key\n"
    )
    bad.write_text(bad_text, encoding="utf-8")
    said = " ".join(_problems_in(bad))
    for expected in ("imports sqlite3", "imports sqlcipher3", ".vault", ".conn", "execute()", "require()", ".data_key"):
        assert expected in said


# Qt's stock dialogs live behind gui/dialogs.Dialogs, and so does running the app's own, so a test
# scripts them through ScriptedDialogs instead of swapping methods on instances.
STOCK_DIALOGS = {"QMessageBox", "QFileDialog", "QInputDialog"}
# app.py runs the application itself; printing.py the system's print dialog over a job.
OWN_EXEC_ALLOWED = {"dialogs.py", "app.py", "printing.py"}


def test_every_dialog_goes_through_the_dialogs_seam() -> None:
    found = []
    for path in sorted((ROOT / "gui").glob("*.py")):
        if path.name == "dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id in STOCK_DIALOGS:
                found.append(f"{path.name}:{node.lineno} {node.id}")
            elif isinstance(node, ast.alias) and node.name in STOCK_DIALOGS:
                found.append(f"{path.name} imports {node.name}")
            is_exec = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "exec"
            if is_exec and path.name not in OWN_EXEC_ALLOWED:
                found.append(f"{path.name}:{node.lineno} .exec() (use dialogs.run)")
    assert found == []


# (b) every gate, every role --------------------------------------------------------------------


class _Probe:
    """An argument no action accepts: the call fails at the body's signature, after the gate, so
    nothing of the body runs and the gate's answer is all the test sees."""


def _gate(action: Action, vault: Vault) -> str:
    try:
        action.call(vault, _boundary_probe=_Probe())
    except VaultLocked:
        return "locked"
    except PermissionDenied:
        return "refused"
    except TypeError as error:
        assert "_boundary_probe" in str(error), f"{action.key} ran its body: {error}"
        return "let through"
    raise AssertionError(f"{action.key} accepted an argument it should not take")


def _expected(action: Action, roles: frozenset[Role]) -> str:
    if action.permission is SIGNED_IN:
        return "let through"
    return "let through" if allowed(roles, action.permission) else "refused"  # type: ignore[arg-type]


@pytest.fixture
def staffed(vault: Vault, vault_dir: Path) -> Path:
    for role in list(Role):
        if role is not Role.COORDINATOR:
            add_member(vault, role)
    vault.lock()
    return vault_dir


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_every_action_refuses_exactly_the_roles_without_its_permission(staffed: Path, role: Role) -> None:
    actions = load_actions()
    assert len(actions) > 100  # every module's actions were loaded, not only the first few
    vault = sign_in_as(staffed, role)
    try:
        outcomes = {key: _gate(action, vault) for key, action in sorted(actions.items())}
        expected = {key: _expected(action, vault.roles) for key, action in sorted(actions.items())}
    finally:
        vault.lock()
    assert outcomes == expected
    assert "refused" in outcomes.values() or role is Role.COORDINATOR  # the table does refuse someone


def test_every_action_refuses_a_locked_session(vault: Vault) -> None:
    session = Session(vault)
    vault.lock()
    outcomes = {key: _gate(action, vault) for key, action in load_actions().items()}
    assert set(outcomes.values()) == {"locked"}
    assert not session.is_open


@pytest.mark.parametrize("permission", [None, "check_in", True])
def test_an_action_must_declare_a_permission(permission: object) -> None:
    """None would otherwise pass the gate as if any signed-in person may do it."""
    from shop_desktop.core.actions import action

    with pytest.raises(TypeError, match="declares a Permission or SIGNED_IN"):
        action(permission)  # type: ignore[arg-type]


# (c) no third kind of core function ------------------------------------------------------------

# Public core functions that take the Vault first and are not actions: core's own machinery,
# called by actions (which hold the gate) or by sign-in, setup, the demo and the tests.
INTERNAL: dict[str, set[str]] = {
    # inside devices.add and start_adding, the coordinator's actions
    "sync.enrollment": {"plan_enrollment", "joiner_certificate"},
    "sync.exchange": {"set_aside", "take_back", "apsw_alone"},  # inside syncing.prepare/finish and devices.add
    "sync.rekey": {"waiting", "adopt_rotation"},  # inside syncing.finish
    "sync.catch_up": {"take_strangers"},  # inside syncing.prepare
    "safety.alert_links": {"alerts_linked_to", "move_links", "erase_links_of"},
    "safety.alerts": {"new_reference", "get_alert", "find_reference"},
    "desk.clients": {"new_code", "require_record_in_use", "current_consent"},
    "desk.conflicts": {
        "end_conflict",
        "keep_apart_gate",
        "in_conflict",
        "require_access",
        "open_record",
        "unreviewed_break_glass",
        "mark_break_glass_seen",
        "conflicted_clients",
        "openings",
    },
    "sample.centre": {"populate"},
    "sample.alerts": {"populate_alerts"},
    "sample.frontdesk": {"populate_front_desk", "bulk_insert"},
    "sample.notes": {"populate_notes"},
    "sample.referrals": {"populate_referrals"},
    "sample.restrictions": {"populate_restrictions"},
    "sample.suite_outreach": {"populate_suite_and_outreach"},
    "records.access_request": {"move_requests", "erase_requests_of"},  # parts of a merge and an erase
    "records.access_request_record": {"gather"},  # read inside the reviewed actions
    "sample.access": {"populate_access_requests"},
    "sample.overdose": {"populate_overdose"},
    "safety.overdose": {"move_responses", "unlink_responses_of"},  # parts of a merge and an erase
    "safety.overdose_kits": {"write_visit_kit", "write_shift_kits"},  # inside a check-in or a shift being saved
    "sample.stock": {"populate_stock"},
    "safety.shift_log": {"move_entries", "erase_links_of"},  # parts of a merge and an erase
    "records.retention": {"policy"},  # read inside review and erase, which are the actions
    "sample.retention": {"populate_former_clients"},
    "records.retention_records": {"erase_kept_records_of"},  # part of an erase
    "jobs": {"for_worker"},
    "desk.linked_records": {"move_all", "erase_all"},
    "care.notes": {
        "notes_for_client",
        "search_notes",
        "move_notes",
        "erase_notes_of",
        "note_ciphers",
        "insert_signed_bulk",
    },
    "desk.outreach": {"get_shift"},
    "desk.programs": {"add_program", "get_session"},
    "care.referrals": {
        "require_permission",
        "get_agency",
        "agency_named",
        "get_referral",
        "open_referral",
        "move_referrals",
        "erase_referrals_of",
    },
    "figures.release_register": {"overlapping", "check_period_allowed"},
    "figures.report_figures": {"compute_figures"},
    "desk.restrictions": {"add_reason", "get_restriction", "gate"},
    "desk.sealed_text": {"seal", "store", "unseal"},
    "store.session_keys": {
        "record_tampering",
        "take_warnings",
        "rewrite_own_slot",
        "anchor_audit_head",
        "anchor_in_manifest",
        "drop_refused_notes_keys",
        "audit_anchors",
    },
    "store.sign_in": {"record_failed_sign_ins"},
    "desk.suite": {"get_stay", "stays_between", "stays_for_client", "move_stays", "erase_stays_of"},
    "desk.visits": {"add_service", "set_service_active"},
    # converted by their own helpers (crash: staff, rotation; perf: backup, restore, audit)
    "store.rotation": {
        "stage_rotation",
        "fulfil_notes_rotation",
        "add_notes_key",
        "finish_pending",
        "rekey_database",
        "drop_old_grants",
        "swap_in",
    },
    "store.staff": {"get_staff", "has_key_slot"},
}


def _takes_the_vault_first(func: object) -> bool:
    params = list(inspect.signature(func).parameters.values())  # type: ignore[arg-type]
    return bool(params) and (params[0].name == "vault" or str(params[0].annotation) in ("Vault", "'Vault'"))


def _unsorted_functions() -> list[str]:
    actions = load_actions()
    gated = {id(entry.call.__wrapped__) for entry in actions.values()}  # type: ignore[attr-defined]
    found = []
    for info in pkgutil.walk_packages(shop_desktop.core.__path__, "shop_desktop.core."):
        module = importlib.import_module(info.name)
        where = info.name.removeprefix("shop_desktop.core.")
        for name, func in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(func) or func.__module__ != module.__name__:
                continue
            if not _takes_the_vault_first(func) or hasattr(func, "__action__") or id(func) in gated:
                continue
            if name not in INTERNAL.get(where, set()):
                found.append(f"{where}.{name}")
    return found


def test_every_public_core_function_taking_the_vault_is_an_action_or_listed_machinery() -> None:
    assert _unsorted_functions() == []


def test_the_internal_list_names_only_functions_that_exist_and_are_not_actions() -> None:
    actions = load_actions()
    stale = []
    for module_name, names in INTERNAL.items():
        module = importlib.import_module(f"shop_desktop.core.{module_name}")
        for name in names:
            func = getattr(module, name, None)
            if func is None or hasattr(func, "__action__") or f"{module_name.rsplit('.', 1)[-1]}.{name}" in actions:
                stale.append(f"{module_name}.{name}")
    assert stale == []


def test_every_area_with_actions_is_offered_by_the_session(vault: Vault) -> None:
    session = Session(vault)
    areas = {entry.area for entry in load_actions().values()}
    assert areas >= {where.rsplit(".", 1)[-1] for where in ACTION_MODULES}
    for key in ACTIONS:
        area, name = key.split(".")
        assert callable(getattr(getattr(session, area), name))
