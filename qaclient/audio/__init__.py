"""Local audio analysis (soundfile + numpy, no Qt): waveform overview, speech segments, clips.

Modules: :mod:`reader` (opening, fingerprints, block statistics shared by all analyses),
:mod:`waveform` (min/max/RMS overview, cached), :mod:`segments` (speech/silence, holds,
talk-over, talk ratio), :mod:`clips` (export a time range for coaching), :mod:`cache` (atomic cache files with
a size limit).
"""

from qaclient.audio.reader import AudioError, AudioInfo, probe

__all__ = ["AudioError", "AudioInfo", "probe"]
