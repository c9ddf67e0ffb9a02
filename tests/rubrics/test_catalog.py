"""Rubric versions in the store: install, identity by content, lifecycle, exact re-reads."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import yaml
from rubric_builders import item, rubric_doc, section

from qaclient.rubrics.catalog import RubricNotFound, StatusError
from qaclient.rubrics.loader import RubricValidationError, load_document
from qaclient.rubrics.model import RubricStatus
from qaclient.rubrics.scoring import parse_answers, score
from qaclient.storage.models.rubrics import RubricVersion


def write(path, doc):
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_install_shipped_is_idempotent(col):
    first = col.rubrics.install_shipped()
    assert {i.rubric_id for i in first.added} >= {
        "inbound-call",
        "outbound-call",
        "insurance-hotline-deductions",
        "monthly-agent-scorecard",
    }
    assert first.problems == []
    second = col.rubrics.install_shipped()
    assert second.added == [] and len(second.unchanged) == len(first.added)
    assert col.rubrics.count() == len(first.added)
    r = col.rubrics.get("inbound-call")
    assert r.max == 100 and r.status is RubricStatus.ACTIVE


def test_changed_content_is_a_new_version(col, tmp_path):
    folder = tmp_path / "rubrics"
    folder.mkdir()
    doc = rubric_doc(
        section("s", item("a", max=4)), id="mini", status="active", effective_from="2026-01-01"
    )
    write(folder / "mini.yaml", doc)
    (v1,) = col.rubrics.install_shipped(folder).added
    doc["sections"][0]["items"][0]["max"] = 5
    write(folder / "mini.yaml", doc)  # same version number in the file, different content
    report = col.rubrics.install_shipped(folder)
    (v2,) = report.added
    assert (v1.version, v2.version) == (1, 2)
    assert v1.content_hash != v2.content_hash
    # the new active version retired the old one from its effective date
    old = col.rubrics.version_row(v1.id)
    assert old.status is RubricStatus.RETIRED
    assert col.rubrics.get_version(v1.id).max == 4  # the old content is still exactly there
    assert col.rubrics.get_version(v2.id).max == 5
    assert col.rubrics.get_version(v2.id).version == 2


def test_formatting_changes_are_the_same_version(col, tmp_path):
    doc = rubric_doc(section("s", item("a", max=4)), id="mini")
    a = col.rubrics.add(load_document(doc))
    reordered = dict(reversed(list(doc.items())))
    reordered["status"] = "trial"  # catalogue state is not content
    assert col.rubrics.add(load_document(reordered)) == a


def test_lifecycle_and_dates(col):
    v1 = col.rubrics.add(
        load_document(rubric_doc(section("s", item("a", max=4)), id="m")), status="draft"
    )
    v2 = col.rubrics.add(
        load_document(rubric_doc(section("s", item("a", max=6)), id="m", version=2)), status="draft"
    )
    col.rubrics.set_status(v1, "trial")
    col.rubrics.set_status(v1, "active", effective_from=date(2026, 1, 1))
    with pytest.raises(StatusError):
        col.rubrics.set_status(v1, "trial")
    col.rubrics.set_status(v2, "active", effective_from=date(2026, 3, 1))
    one, two = col.rubrics.versions("m")
    assert one.status is RubricStatus.RETIRED and one.effective_to == date(2026, 2, 28)
    assert two.status is RubricStatus.ACTIVE and two.effective_from == date(2026, 3, 1)
    assert col.rubrics.get("m", on=date(2026, 2, 15)).max == 4
    assert col.rubrics.get("m", on=date(2026, 3, 1)).max == 6
    assert col.rubrics.get("m").max == 6
    with pytest.raises(StatusError):
        col.rubrics.set_status(v1, "active")
    with pytest.raises(StatusError):
        col.rubrics.set_status(v2, "draft")
    col.rubrics.set_status(v2, "retired", effective_from=date(2026, 6, 1))
    assert col.rubrics.version_row(v2).effective_to == date(2026, 5, 31)
    with col.Session() as s:
        row = s.get(RubricVersion, v2)
        assert row.updated_by == "tester" and row.dirty and row.rev > 1


def test_get_falls_back_to_the_newest(col):
    col.rubrics.add(
        load_document(rubric_doc(section("s", item("a", max=4)), id="d")), status="draft"
    )
    col.rubrics.add(
        load_document(rubric_doc(section("s", item("a", max=8)), id="d", version=2)), status="trial"
    )
    assert col.rubrics.get("d").max == 8
    with pytest.raises(RubricNotFound):
        col.rubrics.get("nope")


def test_resolve_name_file_and_uuid(col, tmp_path):
    vid, r = col.rubrics.resolve("inbound-call")  # installs the shipped rubrics on first use
    assert r.id == "inbound-call"
    assert col.rubrics.resolve(str(vid)) == (vid, r)
    assert col.rubrics.resolve(vid)[0] == vid
    f = write(
        tmp_path / "adhoc.yaml",
        rubric_doc(section("s", item("a", max=4)), id="adhoc", status="active"),
    )
    fid, fr = col.rubrics.resolve(str(f))
    assert fr.id == "adhoc" and col.rubrics.version_row(fid).status is RubricStatus.DRAFT
    assert col.rubrics.resolve(f)[0] == fid  # same content, same version
    with pytest.raises(RubricNotFound):
        col.rubrics.resolve(str(uuid.uuid4()))
    with pytest.raises(RubricNotFound):
        col.rubrics.resolve(str(tmp_path / "missing.yaml"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: qaclient-rubric/1\nid: [\n", encoding="utf-8")
    with pytest.raises(RubricValidationError):
        col.rubrics.resolve(str(bad))


def test_evaluations_rescore_against_their_exact_version(col):
    """A score read back after the rubric changed uses the version it was scored on."""
    v1 = col.rubrics.add(
        load_document(rubric_doc(section("s", item("a", max=4)), id="x")), status="active"
    )
    answers = {"a": {"level": "good"}}
    before = score(col.rubrics.get_version(v1), parse_answers(col.rubrics.get_version(v1), answers))
    col.rubrics.add(
        load_document(rubric_doc(section("s", item("a", max=10)), id="x", version=2)),
        status="active",
    )
    assert col.rubrics.get("x").max == 10
    col.rubrics._content_cache.clear()  # a fresh process
    again = col.rubrics.get_version(v1)
    assert score(again, parse_answers(again, answers)).total == before.total == 3
    assert again.status is RubricStatus.RETIRED


def test_list(col):
    col.rubrics.install_shipped()
    infos = col.rubrics.list()
    assert [i.rubric_id for i in infos] == sorted(i.rubric_id for i in infos)
    assert all(len(i.content_hash) == 64 for i in infos)
