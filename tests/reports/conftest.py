"""Fixtures of the report tests: the fixed data set of ``dataset.py``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "reports_dataset", Path(__file__).with_name("dataset.py")
)
dataset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dataset)


@pytest.fixture
def data(col):
    """The collection filled with the fixed data set; returns the builder (ids by name)."""
    return dataset.build(col)
