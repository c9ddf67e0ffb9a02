"""The disputes queue of supervisors."""
