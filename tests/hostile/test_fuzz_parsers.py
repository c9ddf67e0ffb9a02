"""Fuzzing every text parser: rubric YAML/JSON, mapping files, sampling rules, CSV
sidecars, Asterisk and FreeSWITCH CDRs, Amazon Connect contact records and answers JSON.

Every generated input ends in a valid result or the parser's one-line error naming the
file, within the deadline (fuzzing.DEADLINE_MS), and the file is never changed.  See
fuzzing.py for the mutations and QACLIENT_FUZZ_EXAMPLES.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from fuzzing import FUZZ, assert_one_line, mutated
from hypothesis import given

from qaclient.cli.main import main
from qaclient.paths import rubrics_dir
from qaclient.recordings.metadata.asterisk_cdr import AsteriskCdr
from qaclient.recordings.metadata.aws_connect_ctr import AwsConnectCtr
from qaclient.recordings.metadata.base import MetadataError, ReadResult
from qaclient.recordings.metadata.csv_sidecar import CsvSidecar
from qaclient.recordings.metadata.freeswitch_cdr import FreeswitchCdr
from qaclient.recordings.metadata.mapping import ImportMapping
from qaclient.recordings.sampling import RulesError, SamplingRules
from qaclient.rubrics.loader import RubricValidationError, load_file, rubric_warnings

FIXTURES = Path(__file__).resolve().parents[1] / "library" / "fixtures"
DEDUCTIONS = rubrics_dir() / "insurance-hotline-deductions.yaml"
RUBRIC_YAML = DEDUCTIONS.read_bytes()
RUBRIC_JSON = json.dumps(
    __import__("yaml").safe_load(RUBRIC_YAML.decode()), ensure_ascii=False, default=str
).encode()

MAPPING = b"""timezone: Asia/Shanghai
filename_patterns:
  - "{agent}_{start:%Y%m%d-%H%M%S}_{callid}.wav"
  - "{team}/{agent}/{direction}-{callid}"
csv:
  delimiter: ";"
  start_format: "%d/%m/%Y %H:%M"
  columns: {call_id: Ref, agent: Operator, team: Group, start: When, duration: Secs}
  direction_values: {"1": inbound, "2": outbound}
  complaint_values: [q]
defaults: {team: madrid, agent_channel: left}
asterisk: {layout: cdr_csv, call_id: uniqueid, inbound_contexts: "from-pstn|from-trunk"}
freeswitch:
  columns: "${caller_id_number},${destination_number},${context},${start_stamp},${billsec},${uuid}"
aws_connect: {complaint_attribute: complaint, agent_channel: right}
sources: [csv_sidecar, asterisk_cdr, freeswitch_cdr, aws_connect_ctr, filename_pattern]
"""

RULES = b"""name: daily sample, week 45
period: {from: 2026-11-02, to: 2026-11-06}
per: day
calls_per_agent: 2
working_days: [mon, tue, wed, thu, fri]
timezone: Asia/Shanghai
unscored_only: true
include_complaint: true
stratify_by_queue: false
filter: {team: blue, queue: billing, direction: inbound, agents: [1001, 1002],
         min_duration: 30, max_duration: 3600}
inspectors: [ann, bob]
keep_agents_together: false
seed: 20261102
"""

ANSWERS = json.dumps(
    {
        "need_not_restated": {"count": 1},
        "not_proficient": {"count": 0, "comment": "ok"},
    }
).encode()


def _unchanged(path: Path, data: bytes) -> None:
    assert path.read_bytes() == data, f"{path} was changed"


# --- rubrics ---------------------------------------------------------------------------------


def _check_rubric(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        rubric = load_file(path)
    except RubricValidationError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert_one_line(str(problem), str(path))
    else:
        for warning in rubric_warnings(rubric, str(path)):
            assert_one_line(str(warning), str(path), "warning")
    _unchanged(path, data)


@FUZZ
@given(data=mutated(RUBRIC_YAML))
def test_fuzz_rubric_yaml(tmp_path: Path, data: bytes) -> None:
    _check_rubric(tmp_path / "rubric.yaml", data)


@FUZZ
@given(data=mutated(RUBRIC_JSON))
def test_fuzz_rubric_json(tmp_path: Path, data: bytes) -> None:
    _check_rubric(tmp_path / "rubric.json", data)


# --- mapping files and sampling rules ---------------------------------------------------------


@FUZZ
@given(data=mutated(MAPPING))
def test_fuzz_mapping_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "mapping.yaml"
    path.write_bytes(data)
    try:
        mapping = ImportMapping.load(path)
        mapping.tz()
    except MetadataError as exc:
        assert_one_line(str(exc), str(path))
    _unchanged(path, data)


@FUZZ
@given(data=mutated(RULES))
def test_fuzz_sampling_rules(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "rules.yaml"
    path.write_bytes(data)
    try:
        SamplingRules.load(path)
    except RulesError as exc:
        assert_one_line(str(exc), str(path))
    _unchanged(path, data)


# --- metadata sources -------------------------------------------------------------------------


def _check_source(source, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        source.claims(path, data[:65536].decode("utf-8", errors="ignore"))
        result = source.read(path)
    except MetadataError as exc:
        assert_one_line(str(exc), path.name)
    else:
        assert isinstance(result, ReadResult)
        for error in result.errors:
            assert_one_line(error, path.name)
        for record in result.records:
            assert record.origin and record.origin.startswith(path.name)
    _unchanged(path, data)


@FUZZ
@given(data=mutated((FIXTURES / "csv" / "calls.csv").read_bytes()))
def test_fuzz_csv_sidecar(tmp_path: Path, data: bytes) -> None:
    _check_source(CsvSidecar(ImportMapping()), tmp_path / "calls.csv", data)


@FUZZ
@given(data=mutated((FIXTURES / "asterisk" / "Master.csv").read_bytes()))
def test_fuzz_asterisk_cdr(tmp_path: Path, data: bytes) -> None:
    _check_source(AsteriskCdr(ImportMapping()), tmp_path / "Master.csv", data)


@FUZZ
@given(data=mutated((FIXTURES / "freeswitch" / "Master.csv").read_bytes()))
def test_fuzz_freeswitch_cdr(tmp_path: Path, data: bytes) -> None:
    _check_source(FreeswitchCdr(ImportMapping()), tmp_path / "Master.csv", data)


@FUZZ
@given(data=mutated((FIXTURES / "aws_connect" / "ctr-2022-04-08.json").read_bytes()))
def test_fuzz_aws_connect_ctr(tmp_path: Path, data: bytes) -> None:
    _check_source(AwsConnectCtr(ImportMapping()), tmp_path / "ctr.json", data)


# --- answers JSON (through the CLI: exit status and stderr as a user sees them) ---------------


@pytest.fixture
def fast_score_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI with its parser built once and the rubric read once (the answers file is
    what is fuzzed here; building argparse and reading the rubric cost ~45 ms a run)."""
    from qaclient.cli import main as main_module
    from qaclient.cli import scoring

    parser = main_module.build_parser()
    rubric = load_file(DEDUCTIONS)
    monkeypatch.setattr(main_module, "build_parser", lambda: parser)
    monkeypatch.setattr(scoring, "load_rubric_ref", lambda _ref: rubric)


@FUZZ
@given(data=mutated(ANSWERS))
def test_fuzz_answers_json(tmp_path: Path, fast_score_cli: None, data: bytes) -> None:
    path = tmp_path / "answers.json"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["score", str(DEDUCTIONS), str(path), "--json"])
    if code == 0:
        assert json.loads(out.getvalue())["max"] is not None
    else:
        assert code in (1, 2), err.getvalue()
        assert "(unexpected;" not in err.getvalue(), err.getvalue()
        for line in err.getvalue().splitlines():  # one line per problem, each naming the file
            assert_one_line(line, str(path))
    _unchanged(path, data)


def test_fuzz_seeds_are_valid(tmp_path: Path) -> None:
    """The seeds themselves parse: the fuzzers start from real, valid files."""
    for name, data in (("r.yaml", RUBRIC_YAML), ("r.json", RUBRIC_JSON)):
        (tmp_path / name).write_bytes(data)
        assert load_file(tmp_path / name).id == "insurance-hotline-deductions"
    (tmp_path / "m.yaml").write_bytes(MAPPING)
    assert ImportMapping.load(tmp_path / "m.yaml").timezone == "Asia/Shanghai"
    (tmp_path / "s.yaml").write_bytes(RULES)
    assert SamplingRules.load(tmp_path / "s.yaml").calls_per_agent == 2
    (tmp_path / "a.json").write_bytes(ANSWERS)
    with redirect_stdout(io.StringIO()):
        assert main(["score", str(DEDUCTIONS), str(tmp_path / "a.json")]) == 0


@pytest.mark.parametrize("name", ["calls.csv"])
def test_fuzz_fixture_present(name: str) -> None:
    assert (FIXTURES / "csv" / name).is_file()
