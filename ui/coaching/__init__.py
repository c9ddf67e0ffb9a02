"""The trainer's view: agent profile, session preparation with a playable playlist of
clips, the coaching plan, follow-up, and the coaching pack PDF."""
