"""Fixtures of the foreign-form tests: the interop examples and the reference scorers."""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest

DATA = Path(__file__).with_name("data")

_spec = importlib.util.spec_from_file_location(
    "formats_genesys_reference", Path(__file__).with_name("genesys_reference.py")
)
genesys_reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(genesys_reference)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def genesys_example() -> dict:
    """The interop Genesys form (REST body shape), parsed with exact decimals."""
    text = (DATA / "genesys_form_example_from_terraform_DERIVED.json").read_text(encoding="utf-8")
    return json.loads(text, parse_float=Decimal)


@pytest.fixture(scope="session")
def reference():
    return genesys_reference
