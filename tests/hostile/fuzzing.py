"""Shared pieces of the hostile-input fuzz tests: mutations of real files and the checks.

Each parser is fed ``FUZZ_EXAMPLES`` generated inputs (hypothesis, derandomized by the
suite's default profile): mutations of a real, valid seed file — bytes flipped, ranges
deleted, duplicated or cut off, YAML/JSON/CSV syntax and hostile tokens spliced in — and
some inputs made from scratch.  Every input must end in a valid result or the parser's own
one-line error naming the file, within a deadline per input and (for native code) a memory
limit; the input file must be left as it was.

``QACLIENT_FUZZ_EXAMPLES`` sets the number of inputs per parser: the default keeps the
suite's cost small; ``QACLIENT_FUZZ_EXAMPLES=1000`` is the full run of issue #11
(see tests/hostile/README.md for when it was last run and what it took).
"""

from __future__ import annotations

import os
import resource
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ_EXAMPLES = int(os.environ.get("QACLIENT_FUZZ_EXAMPLES", "150"))

#: per-input deadline (ms): a parser that needs longer on a small file is treated as hanging
DEADLINE_MS = 5000

FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=DEADLINE_MS,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
)

TOKENS = [
    b"&a ", b"*a", b"<<: *a", b"!!python/object:os.system", b"!!binary", b"? ", b"- ",
    b": ", b"{", b"}", b"[", b"]", b"---\n", b"...\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe",
    b"\"", b"'", b",", b";", b"\t", b"\r", b"\n", b"\r\n", b"\\", b"%", b"#",
    b"1e999999", b"-1", b"99999999999999999999999", b"NaN", b".inf", b"null", b"true",
    b"0001-01-01", b"9999-12-31T23:59:59", b"1762345678", b"=HYPERLINK(\"x\")",
    b"\xe4\xb8\xad\xe6\x96\x87", b"\xc3", b"x" * 300,
]  # fmt: skip


@st.composite
def mutated(draw, seed: bytes, max_ops: int = 6) -> bytes:
    """*seed* with up to *max_ops* random edits (or, now and then, random bytes alone)."""
    if draw(st.integers(0, 19)) == 0:
        return draw(st.binary(max_size=2048))
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(["flip", "delete", "insert", "token", "dup", "cut", "set"]))
        pos = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            i = min(pos, len(data) - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif op == "token":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif op == "dup":
            n = draw(st.integers(1, 256))
            data[pos:pos] = data[pos : pos + n] * draw(st.integers(1, 8))
        elif op == "cut":
            del data[pos:]
        elif op == "set" and len(data) >= 4:  # a 4-byte field set to an extreme value
            i = min(pos, len(data) - 4)
            data[i : i + 4] = draw(
                st.sampled_from([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\xff\xff\xff\x7f"])
            )
    return bytes(data)


def assert_one_line(text: str, name: str, what: str = "error") -> None:
    """A user-facing message: one line, naming the file."""
    assert text.strip(), f"empty {what}"
    assert "\n" not in text.strip(), f"{what} is not one line: {text!r}"
    assert "Traceback" not in text, text
    assert name in text, f"{what} does not name the file {name!r}: {text!r}"


@contextmanager
def memory_limit(extra_bytes: int = 2 << 30) -> Iterator[None]:
    """Cap this process's address space at its current size plus *extra_bytes* while the
    block runs (native code that sizes a buffer from a lying header fails, it cannot take
    the machine); the old soft limit is restored afterwards."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        size = int(fh.read().split()[0]) * resource.getpagesize()
    cap = size + extra_bytes
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
