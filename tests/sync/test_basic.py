"""Push and pull between two clients through a real server."""

from __future__ import annotations

import json

from qaclient.storage.models import Evaluation

from .conftest import server_snapshot


def test_push_then_pull_reaches_the_other_client(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "yes"}})
    a.add_comment(ev, "good opening", 1200)
    ra = a.sync()
    assert ra.pushed == 3 and ra.conflicts == 0
    rb = b.sync()
    assert rb.pulled == 3
    got = b.get(Evaluation, ev)
    assert json.loads(got.answers) == {"greeting": {"level": "yes"}}
    assert got.dirty is False and got.rev == 1
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)
    # nothing to do: nothing pushed or pulled
    again = a.sync()
    assert (again.pushed, again.pulled) == (0, 0)
