"""The trainer's workspace: agent profiles, coaching sessions with a playlist of moments
from recorded calls, the plan and its follow-up ("did it work"), and the coaching pack.

Entry point: ``col.coaching`` (:class:`qaclient.coaching.service.Coaching`).
"""
