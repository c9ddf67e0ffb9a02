"""The player in the centre of the main window: waveform, transport, playback.

``PlayerPanel`` (player_panel.py) is what the main window embeds; ``WaveformWidget``,
``Player`` and ``TransportBar`` are its parts, each usable and testable on its own.
"""

from ui.player.player_panel import PlayerPanel

__all__ = ["PlayerPanel"]
