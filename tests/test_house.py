"""The house's size rules (issue #19): no function over 40 lines, no module over 500 lines.

A function is measured from its `def` line to its last line (decorators left out, docstring and
comments counted). The migrations' SQL text is excepted: the lines of a multi-line string given
to `run_script(...)` (the migrations' runner, core/store/migrations/script.py) do not count, so a
migration's CREATE TABLE can be as long as its table while the Python around it is held to 40.
Generated forms (gui/forms/) are not measured.
"""

from __future__ import annotations

import ast
from fnmatch import fnmatch
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "shop_desktop"
MAX_FUNCTION_LINES = 40
MAX_MODULE_LINES = 500
NOT_MEASURED = ("gui/forms/*",)

PENDING: tuple[str, ...] = ()  # nothing is waiting to be split: the rules hold for the whole package


def _sql_text_lines(function: ast.AST) -> set[int]:
    """Line numbers inside multi-line strings handed to run_script(...) within this function."""
    lines: set[int] = set()
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and _called_name(node) == "run_script"):
            continue
        for argument in node.args:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                lines.update(range(argument.lineno, (argument.end_lineno or argument.lineno) + 1))
    return lines


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    return call.func.attr if isinstance(call.func, ast.Attribute) else ""


def size_problems(source: str, where: str) -> list[str]:
    """Every function over the limit and the module itself if over it, in words."""
    problems = []
    module_lines = len(source.splitlines())
    if module_lines > MAX_MODULE_LINES:
        problems.append(f"{where} has {module_lines} lines (at most {MAX_MODULE_LINES})")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            span = set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
            length = len(span - _sql_text_lines(node))
            if length > MAX_FUNCTION_LINES:
                problems.append(f"{where}:{node.lineno} {node.name} has {length} lines (at most {MAX_FUNCTION_LINES})")
    return problems


def _measured_files() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if not any(fnmatch(rel, pattern) for pattern in NOT_MEASURED):
            found.append((rel, path))
    return found


def _all_problems() -> list[tuple[str, str]]:
    """(file, problem) for the whole package, the pending files included."""
    return [
        (rel, problem)
        for rel, path in _measured_files()
        for problem in size_problems(path.read_text(encoding="utf-8"), rel)
    ]


def _pending(rel: str) -> bool:
    return any(fnmatch(rel, pattern) for pattern in PENDING)


def test_no_function_over_40_lines_and_no_module_over_500() -> None:
    assert [problem for rel, problem in _all_problems() if not _pending(rel)] == []


def test_the_size_check_sees_what_it_forbids() -> None:
    """The check could pass by measuring nothing; here it measures code that breaks each rule once."""
    long_body = "".join(f"    x{n} = {n}\n" for n in range(40))
    too_long = f"@decorator\ndef too_long():\n{long_body}"  # 41 lines from def, the decorator not counted
    just_fits = "@decorator\ndef just_fits():\n" + "".join(f"    y{n} = {n}\n" for n in range(39))
    assert size_problems(too_long, "f.py") == ["f.py:2 too_long has 41 lines (at most 40)"]
    assert size_problems(just_fits, "f.py") == []
    big_module = "\n".join(f"z{n} = {n}" for n in range(501))
    assert size_problems(big_module, "big.py") == ["big.py has 501 lines (at most 500)"]


def test_a_migrations_sql_text_is_excepted_and_nothing_else_is() -> None:
    table = "".join(f"            c{n} TEXT,\n" for n in range(60))
    migration = f'def _m_big(conn):\n    run_script(\n        conn,\n        """\n{table}        """,\n    )\n'
    assert size_problems(migration, "m.py") == []
    # the same text anywhere but run_script counts
    elsewhere = migration.replace("run_script(", "conn.execute(")
    assert [p.split(" has ")[0] for p in size_problems(elsewhere, "m.py")] == ["m.py:1 _m_big"]
