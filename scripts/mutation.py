"""Mutation testing of the client's core with mutmut (``make mutation``; not part of CI or ``make test``).

mutmut names a mutant after its module as spelt by the file's path, and the trampoline it puts in
each mutated function compares that name with the function's ``__module__``. Here the package
lives in ``wrapper/`` (``wrapper.twelvelabs_analyze._retry`` would never match
``twelvelabs_analyze._retry``), so the run happens in a staging folder, ``build/mutation/``, where
the package is ``src/twelvelabs_analyze`` (mutmut drops a leading ``src.``) next to copies of
``tests/``, ``scripts/`` and ``openapi/`` and a ``pyproject.toml`` with a ``[tool.mutmut]``
section written from :data:`MODULES` and :data:`TESTS`. mutmut copies all that into
``build/mutation/mutants/`` and puts ``mutants/src`` first on ``sys.path``, ahead of the editable
install; the generated package still comes from ``generated/``.

After the run this prints, per module, how many mutants were killed and how many survived, and
checks every survivor against ``tests/mutation_equivalents.md``: a survivor that is not listed
there as equivalent makes the exit status 1, and its diff is printed. mutmut numbers the mutants
of each function, so editing a function renumbers its mutants: recheck its entries then (an entry
that matches no survivor is reported as stale).

``--keep`` reuses the previous staging folder and mutmut's cache (only changed functions and
unchecked mutants are run again); ``--rerun`` also runs again every mutant the last run did not
kill, against the current tests (after new tests were written for them); ``--jobs`` sets
mutmut's ``--max-children``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "mutation"
PACKAGE = "twelvelabs_analyze"
EQUIVALENTS = ROOT / "tests" / "mutation_equivalents.md"

# The client's core: everything between a method's arguments and its result or error, minus the
# schema checker (tests/schema covers it with property-based agreement tests). `_async/_routes.py`
# and not its generated sync twin: mutmut's trampolines handle coroutine functions, so the
# hand-written source is mutated and the async half of the sync/async test tables kills it.
MODULES = (
    "_attempt.py",
    "_config.py",
    "_durations.py",
    "_emulation.py",
    "_error_mapping.py",
    "_exceptions.py",
    "_headers.py",
    "_operation.py",
    "_parsing.py",
    "_prepare.py",
    "_response.py",
    "_retry.py",
    "_secrets.py",
    "_async/_routes.py",
)

# In-process tests that take no wall-clock time, so that a surviving mutant (which runs every test
# that reaches its function) costs seconds, not a minute. Left out: the spec-pipeline tests (they
# test scripts/, not the client); the CLI, the fake and its contract/e2e suites, packaging;
# tests/schema/test_agreement.py and test_normalize.py (hypothesis examples and a subprocess that
# exercise only the schema checker, which is not mutated); and the real-time socket tests of the
# deadline machinery (hardening/test_fault_matrix.py, test_deadline.py: a second or so each of
# real waits and timeouts; `_deadline` is not mutated, and the retry decisions they also cover are
# pinned by faster tests).
TESTS = (
    "tests/unit",
    "tests/hardening",
    "tests/schema",
    "--ignore=tests/unit/test_normalize.py",
    "--ignore=tests/unit/test_update_spec.py",
    "--ignore=tests/schema/test_agreement.py",
    "--ignore=tests/schema/test_normalize.py",
    "--ignore=tests/hardening/test_fault_matrix.py",
    "--ignore=tests/hardening/test_deadline.py",
    # Walks a body nested as deep as a response may be: under mutmut every call of the walker
    # costs three frames (its trampolines), so the walk itself hits the recursion limit.
    "--deselect=tests/hardening/test_redaction_spellings.py::test_redacted_walks_the_deepest_body_a_response_may_hold",
)

# A pytest plugin for the mutant runs: the fastest tests first (mutmut runs with -x, so a killed
# mutant stops at the first failure), by the durations mutmut recorded in its stats run; and the
# client's per-process caches emptied first (a run is forked from a process where they are full).
ORDER_PLUGIN = '''"""Run the fastest tests first, from empty caches (written by scripts/mutation.py)."""

import json
from pathlib import Path


def pytest_sessionstart(session):
    # mutmut forks each mutant's run from a process that has run the tests: the client's caches
    # (plans by operation, parsed URLs) are full there, so a mutant of the code that fills them
    # would never run. Every run starts with them empty, as in a new process.
    from twelvelabs_analyze import _attempt, _prepare

    _prepare._plans.clear()
    _attempt._URLS.clear()


def pytest_collection_modifyitems(items):
    stats = Path("mutmut-stats.json")
    if stats.exists():
        durations = json.loads(stats.read_text(encoding="utf-8")).get("duration_by_test", {})
        items.sort(key=lambda item: durations.get(item.nodeid, 0.0))
'''

# mutmut's exit codes (mutmut/stats.py) folded into the outcomes reported here.
STATUS = {1: "killed", 3: "killed", 0: "survived", 36: "timeout", 24: "timeout", -24: "timeout"}
STATUS.update({152: "timeout", 255: "timeout", 5: "no tests", 33: "no tests", 34: "skipped"})
_ENTRY = re.compile(r"^\s*[-*]\s+`(?P<name>[\w.ǁ]+__mutmut_\d+)`")


def mutmut_config() -> str:
    def toml_list(values: Iterable[str]) -> str:
        return "[" + ", ".join(json.dumps(v) for v in values) + "]"

    return (
        "\n[tool.mutmut]\n"
        f"source_paths = {toml_list([f'src/{PACKAGE}'])}\n"
        f"only_mutate = {toml_list(f'src/{PACKAGE}/{m}' for m in MODULES)}\n"
        f"also_copy = {toml_list(['scripts', 'openapi', 'mutation_order.py'])}\n"
        f"pytest_add_cli_args = {toml_list(['-p', 'mutation_order'])}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(TESTS)}\n"
        # A mutant's run may take (its tests' recorded time + 5 s) x 2 of wall time (mutmut's
        # default multiplier is 15): a mutant that loops forever (a retry loop whose attempts do not
        # count, the route poll) is a timeout in ~30 s, not 5 min, and a surviving mutant, which runs
        # its tests once, still has twice their recorded time and 10 s more.
        "timeout_multiplier = 2.0\n"
        "timeout_constant = 5.0\n"
    )


def stage() -> None:
    """Lay out ``build/mutation/`` afresh (mtimes kept, so that ``--keep`` runs see what changed)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    STAGE.mkdir(parents=True, exist_ok=True)
    for source, target in (
        (ROOT / "wrapper" / PACKAGE, STAGE / "src" / PACKAGE),
        (ROOT / "tests", STAGE / "tests"),
        (ROOT / "scripts", STAGE / "scripts"),
        (ROOT / "openapi", STAGE / "openapi"),
    ):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=ignore)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8") + mutmut_config()
    (STAGE / "pyproject.toml").write_text(text, encoding="utf-8")
    # mutmut copies it to mutants/, which it puts on sys.path.
    (STAGE / "mutation_order.py").write_text(ORDER_PLUGIN, encoding="utf-8")


def module_of(mutant: str) -> str:
    """``twelvelabs_analyze._retry.x_backoff_delay__mutmut_13`` → ``_retry``."""
    module = mutant.partition("__mutmut_")[0].rpartition(".")[0]
    return module.removeprefix(PACKAGE + ".").replace(".", "/")


def results(mutants_dir: Path) -> dict[str, str]:
    """Every mutant's outcome, read from the ``.meta`` files mutmut writes next to each mutated module."""
    outcomes: dict[str, str] = {}
    for meta in sorted(mutants_dir.rglob("*.py.meta")):
        codes: Mapping[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for name, code in codes.items():
            outcomes[name] = "not checked" if code is None else STATUS.get(code, "suspicious")
    return outcomes


def equivalents(path: Path = EQUIVALENTS) -> set[str]:
    """The mutant names listed (as ``- `name` — why``) in the equivalents file."""
    if not path.exists():
        return set()
    return {m["name"] for line in path.read_text(encoding="utf-8").splitlines() if (m := _ENTRY.match(line))}


def table(outcomes: Mapping[str, str], equivalent: set[str]) -> list[str]:
    """A markdown table: per module, mutants, killed, equivalent, other survivors and the score."""
    by_module: dict[str, Counter[str]] = {}
    for name, outcome in outcomes.items():
        shown = "equivalent" if outcome == "survived" and name in equivalent else outcome
        by_module.setdefault(module_of(name), Counter())[shown] += 1
    lines = [
        "| module | mutants | killed | equivalent | survived | other | killed % | killed+equivalent % |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total: Counter[str] = Counter()
    for module in sorted(by_module):
        counts = by_module[module]
        total.update(counts)
        lines.append(_row(module, counts))
    lines.append(_row("**all**", total))
    return lines


def _row(module: str, counts: Counter[str]) -> str:
    n = sum(counts.values())
    killed = counts["killed"] + counts["timeout"]
    other = n - killed - counts["equivalent"] - counts["survived"]
    return (
        f"| {module} | {n} | {killed} | {counts['equivalent']} | {counts['survived']} | {other} "
        f"| {_percent(killed, n)} | {_percent(killed + counts['equivalent'], n)} |"
    )


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="mutmut --max-children")
    parser.add_argument("--keep", action="store_true", help="reuse build/mutation and mutmut's cache")
    parser.add_argument("--rerun", action="store_true", help="--keep, and retry the last run's survivors")
    args = parser.parse_args(argv)
    mutmut = Path(sys.executable).parent / "mutmut"
    again: list[str] = []
    if args.rerun and (STAGE / "mutants").exists():
        again = sorted(n for n, o in results(STAGE / "mutants").items() if o not in {"killed", "timeout"})
    elif not args.keep:
        shutil.rmtree(STAGE, ignore_errors=True)
    stage()
    log = STAGE / "mutmut.log"
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        run = subprocess.run(
            [str(mutmut), "run", "--max-children", str(args.jobs), *again],
            cwd=STAGE,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    wall = time.monotonic() - started
    if run.returncode != 0:
        print(log.read_text(encoding="utf-8", errors="replace")[-4000:])
        print(f"mutmut failed (exit {run.returncode}); full log: {log}", file=sys.stderr)
        return run.returncode
    outcomes = results(STAGE / "mutants")
    listed = equivalents()
    print("\n".join(table(outcomes, listed)))
    print(f"\nwall time: {wall:.0f} s with {args.jobs} worker(s); log: {log}")
    unexplained = sorted(n for n, o in outcomes.items() if o not in {"killed", "timeout"} and n not in listed)
    stale = sorted(n for n in listed if outcomes.get(n) != "survived")
    for name in stale:
        print(f"listed as equivalent but {outcomes.get(name, 'no longer exists')}: {name}")
    if unexplained:
        print(f"\n{len(unexplained)} mutant(s) neither killed nor listed in {EQUIVALENTS.relative_to(ROOT)}:")
        for name in unexplained:
            shown = subprocess.run(
                [str(mutmut), "show", name], cwd=STAGE, capture_output=True, text=True, check=False
            )
            print(f"\n[{outcomes[name]}] " + (shown.stdout.strip() or name))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
