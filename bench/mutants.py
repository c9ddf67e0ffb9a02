"""A small mutation check of the scoring, merge and versioning code: can the tests fail?

Each mutant is one deliberate bug (a text replacement in one source file).  For each, the
script copies the tracked tree to a temporary folder, applies the mutant there — the
working tree is never touched — and runs the tests that should catch it.  A mutant is
*killed* when those tests fail, *survived* when they pass (a hole in the suite).  The
unmutated copy runs the same tests first: they must pass, or the check means nothing.

    python bench/mutants.py            # every mutant; prints the kill rate, exit 1 if any survived
    python bench/mutants.py --list     # the mutants
    python bench/mutants.py round-down merge-drops-clear   # some of them
    python bench/mutants.py --state-machine   # sync mutants also run the hypothesis state machine

The sync tests start their own throwaway PostgreSQL (see docs/sync.md), as in the suite.
Results are recorded in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutant:
    name: str
    what: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]  # pytest arguments (files, -k ...)
    sync: bool = False  # a merge mutant: --state-machine adds the hypothesis state machine


SCORING = ("tests/rubrics/test_scoring.py", "tests/rubrics/test_properties.py")
MERGE = ("tests/sync/test_conflicts.py", "tests/sync/test_services.py")

MUTANTS: tuple[Mutant, ...] = (
    Mutant(
        "active-version",
        "an evaluation is scored on the rubric's active version instead of its own",
        "qaclient/evaluations.py",
        "        return self.col.rubrics.get_version(row.rubric_version_id)\n",
        "        return self.col.rubrics.get(self.col.rubrics.version_row("
        "row.rubric_version_id).rubric_id)\n",
        ("tests/evaluations/test_evaluations.py",),
    ),
    Mutant(
        "version-number",
        "a changed rubric re-added under a taken version number reuses the highest one",
        "qaclient/rubrics/catalog.py",
        "else (max(taken) + 1)",
        "else max(taken)",
        ("tests/rubrics/test_catalog.py",),
    ),
    Mutant(
        "round-down",
        "totals truncated at 4 places instead of rounded half-up",
        "qaclient/rubrics/scoring.py",
        "d.quantize(TOTAL_PLACES, rounding=ROUND_HALF_UP)",
        'd.quantize(TOTAL_PLACES, rounding="ROUND_DOWN")',
        SCORING,
    ),
    Mutant(
        "round-half-even",
        "percent rounded half-to-even (banker's) instead of half-up",
        "qaclient/rubrics/scoring.py",
        ".quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)",
        '.quantize(PERCENT_PLACES, rounding="ROUND_HALF_EVEN")',
        SCORING,
    ),
    Mutant(
        "section-weight-off-by-one",
        "a section's weight counts one more in the maximum",
        "qaclient/rubrics/scoring.py",
        "                total_max += w\n",
        "                total_max += w + 1\n",
        SCORING,
    ),
    Mutant(
        "item-weight-off-by-one",
        "item weights divide by max + 1",
        "qaclient/rubrics/scoring.py",
        "factor = (item.weight / item.max) if item.max > 0 else ZERO",
        "factor = (item.weight / (item.max + 1)) if item.max > 0 else ZERO",
        SCORING,
    ),
    Mutant(
        "na-section-not-renormalised",
        "an N/A section of a weighted rubric keeps its weight in the maximum",
        "qaclient/rubrics/scoring.py",
        "        if na:\n            continue\n        if base_mode:",
        "        if na and weighted:\n            total_max += sec.weight or ZERO\n"
        "            continue\n        if na:\n            continue\n        if base_mode:",
        SCORING,
    ),
    Mutant(
        "na-item-not-renormalised",
        "an item answered N/A still counts in its section's maximum",
        "qaclient/rubrics/scoring.py",
        "            items[iid] = ItemScore(iid, ZERO, ZERO, na=True)\n            continue\n",
        "            items[iid] = ItemScore(iid, ZERO, ZERO, na=True)\n"
        "            sec_max[si] += info.max_share\n            continue\n",
        SCORING,
    ),
    Mutant(
        "auto-fail-ignored",
        "a failed critical item no longer zeroes the evaluation",
        "qaclient/rubrics/scoring.py",
        "    if evaluation_fail is not None:\n        total = ZERO\n",
        "    if evaluation_fail is not None:\n        pass\n",
        SCORING,
    ),
    Mutant(
        "merge-drops-clear",
        "the three-way merge drops a cleared answer (the old value comes back)",
        "qaclient/sync/conflicts.py",
        "            else:\n                obj.pop(key, None)\n",
        "            else:\n                pass\n",
        MERGE,
        sync=True,
    ),
    Mutant(
        "merge-takes-theirs",
        "the merge takes theirs for one non-clashing field we changed",
        "qaclient/sync/conflicts.py",
        "    return MergeOutcome(with_fields(policy, dict(theirs), mine, taken), overlaps, taken)",
        "    return MergeOutcome(with_fields(policy, dict(theirs), mine, taken[1:]), overlaps, taken)",
        MERGE,
        sync=True,
    ),
    Mutant(
        "clash-waits-for-all",
        "a clash holds back the items that do not clash (issue 11)",
        "qaclient/sync/engine.py",
        "if outcome.merged is not None and (outcome.taken or not outcome.overlaps):",
        "if outcome.merged is not None and not outcome.overlaps:",
        MERGE,
        sync=True,
    ),
    Mutant(
        "resolve-writes-all-of-mine",
        "keeping mine writes our whole version, not only the fields in conflict",
        "qaclient/sync/conflicts.py",
        "        wanted = with_fields(policy, current, mine, names)\n",
        "        wanted = with_fields(policy, current, mine, names) if ours != list(fields) "
        "else dict(mine)\n",
        MERGE,
        sync=True,
    ),
    Mutant(
        "decision-merged",
        "a stale edit is merged into an evaluation submitted meanwhile",
        "qaclient/sync/conflicts.py",
        "    if any(col in policy.decisions for col in overlaps):\n",
        "    if False:\n",
        MERGE,
        sync=True,
    ),
)


def _copy_tree(dest: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for raw in files:
        if not raw:
            continue
        rel = raw.decode()
        src = ROOT / rel
        if not src.is_file():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)


def _apply(tree: Path, m: Mutant) -> None:
    path = tree / m.path
    text = path.read_text(encoding="utf-8")
    if text.count(m.old) != 1:
        raise SystemExit(
            f"mutant {m.name}: expected the text once in {m.path}, found it "
            f"{text.count(m.old)} times: the code moved, update bench/mutants.py"
        )
    path.write_text(text.replace(m.old, m.new), encoding="utf-8")


def _pytest(tree: Path, args: tuple[str, ...]) -> tuple[bool, float, str]:
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    env.pop("HYPOTHESIS_PROFILE", None)  # the suite's derandomized profile
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    tail = (out.stdout.strip().splitlines() or [""])[-1]
    return out.returncode == 0, time.perf_counter() - started, tail


def _tests(m: Mutant, state_machine: bool) -> tuple[str, ...]:
    if not m.sync:
        return m.tests
    if state_machine:
        return (*m.tests, "tests/sync/test_clock_and_properties.py")
    return m.tests


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="mutants to run (default: all)")
    ap.add_argument("--list", action="store_true", help="list the mutants and stop")
    ap.add_argument(
        "--state-machine",
        action="store_true",
        help="merge mutants also run the sync state machine (minutes each)",
    )
    args = ap.parse_args(argv)
    if args.list:
        for m in MUTANTS:
            print(f"{m.name:28} {m.path:28} {m.what}")
        return 0
    chosen = [m for m in MUTANTS if not args.names or m.name in args.names]
    unknown = set(args.names) - {m.name for m in MUTANTS}
    if unknown:
        print(f"unknown mutant(s): {', '.join(sorted(unknown))} (see --list)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="qaclient-mutants-") as tmp:
        clean = Path(tmp) / "clean"
        _copy_tree(clean)
        for args_set in sorted({_tests(m, args.state_machine) for m in chosen}):
            ok, secs, tail = _pytest(clean, args_set)
            print(f"baseline  {' '.join(args_set)}: {'pass' if ok else 'FAIL'} ({secs:.0f} s)")
            if not ok:
                print(f"  the unmutated tree fails these tests ({tail}): fix that first")
                return 2
        killed: list[str] = []
        survived: list[str] = []
        for m in chosen:
            tree = Path(tmp) / m.name
            shutil.copytree(clean, tree)
            _apply(tree, m)
            ok, secs, tail = _pytest(tree, _tests(m, args.state_machine))
            (survived if ok else killed).append(m.name)
            verdict = "SURVIVED" if ok else "killed"
            print(f"{verdict:9} {m.name:28} {secs:5.0f} s  {m.what}  [{tail}]")
            shutil.rmtree(tree, ignore_errors=True)
    total = len(killed) + len(survived)
    print(f"kill rate: {len(killed)}/{total} ({100 * len(killed) / max(total, 1):.0f} %)")
    if survived:
        print(f"survived (tests to strengthen): {', '.join(survived)}")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
