"""The agent's view: my evaluations, acknowledge, dispute."""
