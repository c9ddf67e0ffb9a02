"""Calibration sessions: create, score blind, reveal, compare."""
