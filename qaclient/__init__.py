"""qaclient core: rubrics, scoring, recordings, evaluations, coaching, reports, storage, sync.

This package never imports Qt; the desktop application lives in the top-level ``ui`` package.
"""

__version__ = "0.1.0"
