"""Sampling rules, reproducibility with a seed, balanced assignment, coverage."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from qaclient.recordings.library import LibraryError
from qaclient.recordings.sampling import RulesError, SamplingRules, balance
from qaclient.storage.db import transaction
from qaclient.storage.models import Evaluation, RubricVersion, User

MON = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday


def _week(col) -> None:
    """Agents 1001–1003, Mon–Sat, 6 calls a day each over two queues; some complaints."""
    rows = []
    for day in range(6):
        for agent in ("1001", "1002", "1003"):
            for k in range(6):
                rows.append(
                    dict(
                        call_id=f"{agent}-d{day}-{k}",
                        agent=agent,
                        team="blue",
                        queue="billing" if k < 4 else "sales",
                        start=MON + timedelta(days=day, hours=9 + k),
                        duration=60 + 30 * k,
                        complaint=(agent == "1002" and k == 5),
                    )
                )
    for r in rows:
        col.library.add_call(r.pop("call_id"), **r)


@pytest.fixture
def lib(col):
    _week(col)
    return col.library


RULES = {"period": {"from": "2026-11-02", "to": "2026-11-08"}, "calls_per_agent": 2}


def test_n_per_agent_per_working_day(lib) -> None:
    s = lib.sample(RULES, seed=1)
    per = Counter((i.agent, i.bucket) for i in s.items)
    # Saturday is not a working day by default
    assert set(per) == {
        (a, (date(2026, 11, 2) + timedelta(days=d)).isoformat())
        for a in ("1001", "1002", "1003")
        for d in range(5)
    }
    assert set(per.values()) == {2}
    assert s.candidates == 3 * 5 * 6
    assert not s.shortfalls


def test_same_seed_same_sample_other_seed_other_sample(lib) -> None:
    a = lib.sample(RULES, seed=42)
    b = lib.sample(RULES, seed=42)
    c = lib.sample(RULES, seed=43)
    assert a.call_ids == b.call_ids
    assert a.call_ids != c.call_ids
    assert a.seed == 42


def test_seed_from_rules_and_random_seed_is_reported(lib) -> None:
    a = lib.sample({**RULES, "seed": 9})
    assert a.seed == 9 and lib.sample(RULES, seed=9).call_ids == a.call_ids
    r = lib.sample(RULES)
    assert lib.sample(RULES, seed=r.seed).call_ids == r.call_ids


def test_another_agents_calls_do_not_change_picks(lib, col) -> None:
    before = [i.call_id for i in lib.sample(RULES, seed=5).items if i.agent == "1001"]
    col.library.add_call("9999-x", agent="9999", start=MON + timedelta(hours=10), duration=30)
    after = [i.call_id for i in lib.sample(RULES, seed=5).items if i.agent == "1001"]
    assert before == after


def test_complaint_call_always_included(lib) -> None:
    for seed in range(5):
        s = lib.sample(RULES, seed=seed)
        for day in range(5):
            bucket = (date(2026, 11, 2) + timedelta(days=day)).isoformat()
            picks = [i for i in s.items if i.agent == "1002" and i.bucket == bucket]
            assert any(i.complaint and i.reason == "complaint" for i in picks)
    off = lib.sample({**RULES, "include_complaint": False}, seed=0)
    assert all(i.reason == "random" for i in off.items)


def test_stratified_by_queue(lib) -> None:
    s = lib.sample({**RULES, "stratify_by_queue": True, "include_complaint": False}, seed=3)
    for (agent, bucket), n in Counter((i.agent, i.bucket) for i in s.items).items():
        queues = {i.queue for i in s.items if i.agent == agent and i.bucket == bucket}
        assert n == 2 and queues == {"billing", "sales"}


def test_unscored_only_and_shortfalls(lib, col) -> None:
    with transaction(col.Session) as s:
        rv = RubricVersion(
            rubric_id="t", version=1, status="formal", title="t", content="{}", content_hash="x"
        )
        s.add(rv)
        s.flush()
        for k in range(5):
            s.add(
                Evaluation(
                    call_id=f"1001-d0-{k}", agent="1001", evaluator="ann", rubric_version_id=rv.id
                )
            )
    s = lib.sample({**RULES, "calls_per_agent": 3}, seed=1)
    monday = [i for i in s.items if i.agent == "1001" and i.bucket == "2026-11-02"]
    assert [i.call_id for i in monday] == ["1001-d0-5"]
    assert any(
        sh.agent == "1001" and sh.bucket == "2026-11-02" and sh.available == 1
        for sh in s.shortfalls
    )


def test_per_week_and_filters(lib) -> None:
    s = lib.sample(
        {
            **RULES,
            "per": "week",
            "calls_per_agent": 3,
            "filter": {"agents": ["1001", "1003"], "queue": "sales"},
        },
        seed=2,
    )
    assert Counter(i.agent for i in s.items) == {"1001": 3, "1003": 3}
    assert {i.bucket for i in s.items} == {"2026-W45"}
    assert {i.queue for i in s.items} == {"sales"}


def test_working_days_in_local_time(col) -> None:
    # 23:30 UTC Sunday is 07:30 Monday in Shanghai
    col.library.add_call(
        "early", agent="7", start=datetime(2026, 11, 1, 23, 30, tzinfo=UTC), duration=60
    )
    utc = col.library.sample(RULES, seed=1)
    local = col.library.sample({**RULES, "timezone": "Asia/Shanghai"}, seed=1)
    assert utc.items == [] and [i.bucket for i in local.items] == ["2026-11-02"]


def test_rules_file_errors(tmp_path: Path) -> None:
    p = tmp_path / "rules.yaml"
    p.write_text("period: {from: 2026-11-02, to: 2026-11-08}\ncalls_per_agnet: 2\n")
    with pytest.raises(RulesError, match="unknown key.*calls_per_agnet"):
        SamplingRules.load(p)
    for bad, msg in [
        ({"period": {"from": "2026-11-08", "to": "2026-11-02"}}, "before"),
        ({"period": {"from": "2026-11-02"}}, "required"),
        ({**RULES, "calls_per_agent": 0}, "at least 1"),
        ({**RULES, "per": "month"}, "day' or 'week"),
        ({**RULES, "working_days": ["mon", "funday"]}, "not a weekday"),
        ({**RULES, "timezone": "Nowhere/City"}, "unknown time zone"),
        ({**RULES, "filter": {"agnet": "1"}}, "filter: unknown"),
    ]:
        with pytest.raises(RulesError, match=msg):
            SamplingRules.load(bad)
    with pytest.raises(RulesError, match="not found"):
        SamplingRules.load(tmp_path / "missing.yaml")
    j = tmp_path / "r.json"
    j.write_text('{"period": ')
    with pytest.raises(RulesError, match="invalid JSON"):
        SamplingRules.load(j)


def test_rules_round_trip() -> None:
    r = SamplingRules.load(
        {
            **RULES,
            "stratify_by_queue": True,
            "inspectors": "ann, bob",
            "filter": {"team": "blue"},
            "seed": 4,
        }
    )
    assert SamplingRules.load(r.to_mapping()) == r
    assert r.inspectors == ("ann", "bob")


# --- assignment -------------------------------------------------------------------------------


def test_balance_by_minutes() -> None:
    items = [
        (f"c{i}", f"a{i % 4}", d * 1000)
        for i, d in enumerate([600, 500, 400, 300, 300, 200, 200, 100, 100, 100])
    ]
    shares = balance(items, ["ann", "bob", "cid"])
    loads = {k: sum(d for c, _, d in items if c in v) for k, v in shares.items()}
    assert sorted(c for v in shares.values() for c in v) == sorted(c for c, _, _ in items)
    assert max(loads.values()) - min(loads.values()) <= 100_000
    assert balance(items, ["ann", "bob", "cid"]) == shares  # deterministic
    together = balance(items, ["ann", "bob"], keep_agents_together=True)
    for agent in {a for _, a, _ in items}:
        owners = {k for k, v in together.items() for c, a, _ in items if a == agent and c in v}
        assert len(owners) == 1


def test_assign_sample_and_list(lib, col) -> None:
    sample = lib.sample({**RULES, "inspectors": ["ann", "bob"], "name": "week 45"}, seed=11)
    batch = lib.assign(sample)
    assert batch.seed == 11 and batch.name == "week 45"
    assert sum(len(load.call_ids) for load in batch.loads) == len(sample.items)
    mins = [load.duration_ms for load in batch.loads]
    longest = max(i.duration_ms for i in sample.items)
    assert max(mins) - min(mins) <= longest
    ann = lib.assignments("ann")
    assert {a.call_id for a in ann} == set(batch.loads[0].call_ids)
    assert all(
        a.status == "open" and a.batch_name == "week 45" and a.assigned_by == "tester" for a in ann
    )
    # ann starts one (draft) and finishes another
    first, second = ann[0].call_id, ann[1].call_id
    with transaction(col.Session) as s:
        rv = RubricVersion(
            rubric_id="t", version=1, status="formal", title="t", content="{}", content_hash="x"
        )
        s.add(rv)
        s.flush()
        s.add(
            Evaluation(
                call_id=first, agent="x", evaluator="ann", rubric_version_id=rv.id, status="draft"
            )
        )
        s.add(
            Evaluation(
                call_id=second,
                agent="x",
                evaluator="ann",
                rubric_version_id=rv.id,
                status="submitted",
            )
        )
    status = {a.call_id: a.status for a in lib.assignments("ann")}
    assert status[first] == "in_progress" and status[second] == "done"
    assert second not in {a.call_id for a in lib.assignments("ann", include_done=False)}
    assert lib.assignments() == []  # the current user ("tester") has none


def test_assign_call_ids_and_errors(lib) -> None:
    b = lib.assign(["1001-d0-0", "1001-d0-1", "1002-d0-0"], ["cid"], name="manual")
    assert b.loads[0].call_ids == ["1001-d0-0", "1001-d0-1", "1002-d0-0"]
    with pytest.raises(LibraryError, match="(?i)not in the library: nope"):
        lib.assign(["nope"], ["cid"])
    with pytest.raises(LibraryError, match="at least one inspector"):
        lib.assign(["1001-d0-0"], [])
    with pytest.raises(LibraryError, match="named twice"):
        lib.assign(["1001-d0-0"], ["a", "a"])


# --- coverage -------------------------------------------------------------------------------


def test_coverage(lib, col) -> None:
    with transaction(col.Session) as s:
        rv = RubricVersion(
            rubric_id="t", version=1, status="formal", title="t", content="{}", content_hash="x"
        )
        s.add(rv)
        s.flush()
        for call_id, status in (
            ("1001-d0-0", "submitted"),
            ("1001-d2-3", "final"),
            ("1001-d1-0", "draft"),  # work in progress: not a sample (as in the KPI report)
        ):
            s.add(
                Evaluation(
                    call_id=call_id,
                    agent="1001",
                    evaluator="ann",
                    rubric_version_id=rv.id,
                    status=status,
                )
            )
        s.add(User(login="1004", role="agent", team="blue"))  # works, but no call recorded
        s.add(User(login="ann", role="inspector"))
    cov = lib.coverage(date(2026, 11, 2), date(2026, 11, 8))
    rows = {r.agent: r for r in cov.rows}
    assert set(rows) == {"1001", "1002", "1003", "1004"}
    assert (rows["1001"].calls, rows["1001"].evaluated_calls) == (36, 2)
    assert (rows["1001"].days_worked, rows["1001"].days_covered) == (6, 2)
    assert cov.uncovered == ["1002", "1003", "1004"]
    assert cov.day_coverage == pytest.approx(2 / 18)
    # a period without that evaluation
    assert "1001" in lib.coverage(date(2026, 11, 5), date(2026, 11, 6)).uncovered
    assert lib.coverage(date(2026, 11, 2), date(2026, 11, 8), team="red").uncovered == []
