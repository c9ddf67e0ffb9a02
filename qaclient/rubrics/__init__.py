"""Rubrics as data: the model (``model``), reading and validating rubric files (``loader``),
the scoring math (``scoring``), the rubric catalogue and versions (``catalog``) and foreign
form formats (``formats/``, one module per format plus ``registry``)."""
