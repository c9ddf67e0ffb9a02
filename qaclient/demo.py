"""Demo data: what a new user sees on first start, so every screen has something real in it.

``install(col)`` puts into a store:

- the shipped rubrics (``resources/rubrics``, via ``col.rubrics.install_shipped()``);
- the ten demo calls of ``resources/demo`` (two-channel 8 kHz recordings synthesised with
  espeak-ng from the scripts in ``resources/demo/scripts`` by ``tools/make_demo_calls.py``;
  a good call, a hold over two minutes, interruptions, a missing greeting, complaints,
  outbound calls, in Chinese and English), imported with their ``calls.csv`` sidecar
  through the ordinary library importer;
- the people: the demo agents of the calls (two teams), two QA inspectors, a trainer and a
  supervisor, plus the current user as an inspector if they are not known yet;
- a sample assignment of six demo calls to the current user ("my work queue").

It is idempotent: running it again adds nothing that is already there, so ``qaclient
--demo`` may be used on a store that already has the demo (or real data).  No Qt here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qaclient import paths
from qaclient.messages import Message, msg
from qaclient.storage.models import Role

#: name of the assignment batch the demo creates for the current user
DEMO_BATCH = "Demo assignment / 演示分配"

#: the calls of the sample assignment, in the order an inspector would take them
DEMO_ASSIGNED = ("DEMO-ZH-01", "DEMO-ZH-02", "DEMO-EN-03", "DEMO-ZH-04", "DEMO-ZH-05", "DEMO-EN-06")

#: people who are not agents: (login, display name, role, team)
DEMO_STAFF = (
    ("qa.li", "李娜 Li Na", Role.INSPECTOR, None),
    ("qa.garcia", "Lucía García", Role.INSPECTOR, None),
    ("trainer.zhou", "周敏 Zhou Min", Role.TRAINER, None),
    ("lead.sun", "孙强 Sun Qiang", Role.SUPERVISOR, "Team North"),
)

#: progress callback: (step done, steps in all, what is happening)
Progress = Callable[[int, int, Message], object]


class DemoError(RuntimeError):
    """The demo data could not be installed (missing files, a rubric that does not load)."""


@dataclass
class DemoReport:
    rubrics_added: int = 0
    rubrics_present: int = 0
    calls_imported: int = 0
    calls_present: int = 0
    users_added: list[str] = field(default_factory=list)
    assigned: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.rubrics_added or self.calls_imported or self.users_added or self.assigned)

    def to_json(self) -> dict:
        return {
            "rubrics_added": self.rubrics_added,
            "rubrics_present": self.rubrics_present,
            "calls_imported": self.calls_imported,
            "calls_present": self.calls_present,
            "users_added": self.users_added,
            "assigned": self.assigned,
            "problems": self.problems,
        }


def demo_calls(directory: Path | None = None) -> list[dict[str, str]]:
    """The rows of the demo sidecar (``calls.csv``): call id, file, agent, team, …"""
    folder = directory or paths.demo_dir()
    sidecar = folder / "calls.csv"
    if not sidecar.is_file():
        raise DemoError(msg("demo-calls-missing", path=str(sidecar)))
    with sidecar.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def is_installed(col) -> bool:
    """Whether every demo call is already in the library."""
    return all(col.library.get(row["call_id"]) is not None for row in demo_calls())


def install(col, progress: Progress | None = None, *, directory: Path | None = None) -> DemoReport:
    """Install the demo rubrics, calls, people and assignment into *col* (idempotent)."""
    folder = directory or paths.demo_dir()
    rows = demo_calls(folder)
    report = DemoReport()
    steps = 4

    def step(i: int, text: Message) -> None:
        if progress is not None:
            progress(i, steps, text)

    # 1. rubrics
    step(0, msg("demo-step-rubrics"))
    rubrics = col.rubrics.install_shipped()
    report.rubrics_added = len(rubrics.added)
    report.rubrics_present = len(rubrics.unchanged)
    report.problems.extend(str(p) for p in rubrics.problems)
    if not rubrics.added and not rubrics.unchanged:
        raise DemoError(
            msg(
                "demo-no-rubric",
                path=str(paths.rubrics_dir()),
                problems="; ".join(report.problems),
            )
        )

    # 2. calls, through the ordinary importer (probe, hash, sidecar metadata)
    step(1, msg("demo-step-calls"))
    present = {r["call_id"] for r in rows if col.library.get(r["call_id"]) is not None}
    report.calls_present = len(present)
    if len(present) < len(rows):
        imported = col.library.import_folder(folder)
        for reject in imported.rejects:
            report.problems.append(f"{reject.path}: {reject.reason}")
    missing = [r["call_id"] for r in rows if col.library.get(r["call_id"]) is None]
    if missing:
        raise DemoError(
            msg(
                "demo-calls-not-imported",
                calls=", ".join(missing),
                problems="; ".join(report.problems),
            )
        )
    report.calls_imported = len(rows) - len(present)

    # 3. people: the agents of the calls, the QA staff, and the current user
    step(2, msg("demo-step-people"))
    agents: dict[str, tuple[str, str]] = {}
    for r in rows:
        agents.setdefault(r["agent"], (r.get("agent_name") or r["agent"], r.get("team") or ""))
    people = [
        (login, name, Role.AGENT, team or None) for login, (name, team) in sorted(agents.items())
    ]
    people += list(DEMO_STAFF)
    if col.users.get(col.actor) is None:
        people.append((col.actor, col.actor, Role.INSPECTOR, None))
    for login, name, role, team in people:
        if col.users.get(login) is None:  # never change a person who already exists
            col.users.add(login, display_name=name, role=role, team=team)
            report.users_added.append(login)

    # 4. a sample assignment to the current user
    step(3, msg("demo-step-assign"))
    mine = col.library.assignments(col.actor)
    if not any(a.batch_name == DEMO_BATCH for a in mine):
        already = {a.call_id for a in mine}
        calls = [c for c in DEMO_ASSIGNED if c not in already]
        if calls:
            col.library.assign(calls, [col.actor], name=DEMO_BATCH)
            report.assigned = calls
    step(4, msg("demo-step-ready"))
    return report
