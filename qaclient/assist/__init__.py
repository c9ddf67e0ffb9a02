"""Assisted scoring: local audio analysis suggests answers to rubric items, with evidence.

``signals`` measures a call's :class:`~qaclient.audio.segments.Segments` (interruptions,
holds, silences, talk ratio …); ``suggestions`` applies the rubric items' ``signal:``
bindings to those measurements.  A suggestion is never an answer: the inspector accepts
or overrides it (``Evaluations.accept_suggestion``), and the audit trail says which.
"""
