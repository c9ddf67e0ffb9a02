"""`qaclient waveform`, `qaclient segments` and `qaclient clip`: local audio analysis.

Errors about a recording (missing, empty, corrupt, unsupported, truncated) are printed as
``qaclient: <file>: <reason>`` with exit status 1.
"""

from __future__ import annotations

import argparse
import sys

from qaclient.cli.common import CliError, output_target, print_json


def register(sub: argparse._SubParsersAction) -> None:
    """Add this group's commands to the ``qaclient`` parser."""
    p = sub.add_parser(
        "waveform",
        help="min/max/RMS peaks of a recording per channel (cached)",
        description="Compute the waveform overview of a recording in N columns, streaming it in blocks; "
        "results are cached by content so a second run is instant.",
    )
    p.add_argument("file", help="recording (WAV, FLAC, OGG, MP3 …)")
    p.add_argument(
        "--columns", "-n", type=int, default=1000, help="number of columns (default 1000)"
    )
    p.add_argument("--content-hash", help="the recording's content hash, if known (cache key)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--json", action="store_true", help="print the overview as JSON")
    p.set_defaults(func=cmd_waveform)

    p = sub.add_parser(
        "segments",
        help="speech, silences, holds, talk-over and talk ratio of a call (advisory)",
        description="Detect speech and silence per channel, long silences, holds (flagged over 2 minutes), "
        "talk-over with who interrupted, and the agent/customer talk ratio. Advisory marks, never scores; "
        "the method and thresholds are described in docs/audio-analysis.md.",
    )
    p.add_argument("file", help="recording")
    p.add_argument(
        "--agent-channel", type=int, choices=[0, 1], default=0, help="channel of the agent (stereo)"
    )
    p.add_argument("--content-hash", help="the recording's content hash, if known (cache key)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_segments)

    p = sub.add_parser(
        "clip",
        help="export a time range of a recording as WAV/FLAC (for coaching)",
        description="Copy START..END (milliseconds) of a recording into a WAV or FLAC file, with the call id, "
        "range and source in its metadata tags.",
    )
    p.add_argument("file", help="source recording")
    p.add_argument("--start", type=int, required=True, metavar="MS", help="start in milliseconds")
    p.add_argument("--end", type=int, required=True, metavar="MS", help="end in milliseconds")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="clip file (.wav or .flac)")
    p.add_argument("--call-id", help="call id written into the clip's title and comment")
    p.add_argument("--title", help="clip title (default: call id or file name and range)")
    p.add_argument("--comment", help="extra comment text")
    p.add_argument(
        "--channel",
        type=int,
        metavar="N",
        help="keep only channel N of a stereo recording (0 = left, 1 = right): the agent's "
        "channel, so the clip does not copy the customer's voice",
    )
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=cmd_clip)


def _fmt_ms(ms: int) -> str:
    s = ms / 1000
    return f"{int(s // 60)}:{s % 60:06.3f}"


def cmd_waveform(args: argparse.Namespace) -> int:
    from qaclient.audio.reader import AudioError
    from qaclient.audio.waveform import MAX_COLUMNS, overview

    if not 1 <= args.columns <= MAX_COLUMNS:
        raise CliError(f"--columns must be between 1 and {MAX_COLUMNS}")
    try:
        ov = overview(
            args.file, args.columns, content_hash=args.content_hash, use_cache=not args.no_cache
        )
    except AudioError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json(ov.to_json(args.file))
    else:
        print(
            f"{args.file}: {ov.samplerate} Hz, {ov.channels} channel(s), {ov.duration:.2f} s, "
            f"{ov.columns} columns{' (cached)' if ov.cached else ''}"
        )
        for c in range(ov.channels):
            print(
                f"  channel {c}: peak {max(-float(ov.min[c].min()), float(ov.max[c].max())):.3f}, "
                f"max RMS {float(ov.rms[c].max()):.3f}"
            )
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    from qaclient.audio.reader import AudioError
    from qaclient.audio.segments import analyse

    try:
        seg = analyse(
            args.file,
            agent_channel=args.agent_channel,
            content_hash=args.content_hash,
            use_cache=not args.no_cache,
        )
    except AudioError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json(seg.to_json())
        return 0
    out = sys.stdout
    out.write(
        f"{args.file}: {seg.duration_ms / 1000:.1f} s, {'stereo' if seg.stereo else 'mono'}\n"
    )
    if seg.stereo:
        ratio = seg.talk_ratio
        out.write(
            f"  agent talk {seg.agent_talk_ms / 1000:.1f} s, customer talk {seg.customer_talk_ms / 1000:.1f} s"
            f"{f', agent share {ratio:.0%}' if ratio is not None else ''}\n"
        )
    for h in seg.holds:
        flags = [
            x
            for x, on in (("over 2 min", h.long), ("music", h.music), ("call ends", h.ends_call))
            if on
        ]
        out.write(
            f"  hold {_fmt_ms(h.start_ms)}–{_fmt_ms(h.end_ms)} ({h.duration_ms / 1000:.0f} s)"
            f"{' [' + ', '.join(flags) + ']' if flags else ''}\n"
        )
    for s in seg.silences:
        out.write(
            f"  silence {_fmt_ms(s.start_ms)}–{_fmt_ms(s.end_ms)} ({s.duration_ms / 1000:.1f} s)\n"
        )
    for t in seg.talk_overs:
        who = f"{t.interrupter} interrupted" if t.interrupter else "both started together"
        out.write(
            f"  talk-over {_fmt_ms(t.start_ms)}–{_fmt_ms(t.end_ms)} ({t.duration_ms / 1000:.1f} s), {who}\n"
        )
    for note in seg.notes:
        out.write(f"  note: {note}\n")
    return 0


def cmd_clip(args: argparse.Namespace) -> int:
    from pathlib import Path

    from qaclient.audio.clips import export_clip
    from qaclient.audio.reader import AudioError, check_file
    from qaclient.privacy import scrub_text

    # a recording's file name (and a call id) can hold the caller number: the clip's tags
    # carry them masked (138****5678), the clip travels further than the recording
    call_id = scrub_text(args.call_id, loose=True) if args.call_id else None
    meta = {"call_id": call_id, "title": args.title, "comment": args.comment}
    try:
        check_file(args.file)  # a missing source is the first thing to say
    except AudioError as exc:
        raise CliError(str(exc)) from exc
    output_target(args.output, force=args.force, sources=(args.file,), make_parents=True, code=1)
    try:
        clip = export_clip(
            args.file,
            args.start,
            args.end,
            args.output,
            metadata={k: v for k, v in meta.items() if v},
            overwrite=args.force,
            channel=args.channel,
            source_label=scrub_text(Path(args.file).name, loose=True),
        )
    except AudioError as exc:
        raise CliError(str(exc)) from exc
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{args.output}: cannot write: {exc.strerror or exc}") from exc
    if args.call_id:  # audio of a call left the library: the listening log says who took it
        from pathlib import Path

        from qaclient.collection import Collection

        with Collection.open() as col:
            col.listening.record(
                args.call_id,
                "export",
                position_ms=clip.start_ms,
                duration_ms=clip.end_ms - clip.start_ms,
                detail=Path(clip.path).name,
            )
    if args.json:
        print_json(
            {
                "file": clip.path,
                "source": clip.source,
                "start_ms": clip.start_ms,
                "end_ms": clip.end_ms,
                "frames": clip.frames,
                "samplerate": clip.samplerate,
                "channels": clip.channels,
                "format": clip.format,
                "subtype": clip.subtype,
                "metadata": clip.metadata,
            }
        )
    else:
        print(
            f"{clip.path}: {clip.duration_ms / 1000:.2f} s from {clip.source} ({clip.format} {clip.subtype})"
        )
    return 0
