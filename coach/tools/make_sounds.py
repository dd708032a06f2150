"""Synthesises the session's sound cues into assets/sounds/*.wav with the standard library.

Run `python -m coach.tools.make_sounds [--out DIR]`. The output is deterministic (pure math,
no randomness, no time stamps in the files), so regenerating gives identical bytes and the
committed files can be checked against this script.

The cues are meant for someone in pain, often with eyes closed: soft onsets (no clicks), no
sharp transients, nothing above -12 dBFS, and each cue recognisable by its shape alone —
a bell-like chime that decays, a tiny tick, a warm tone gliding up (breathe in) or down
(breathe out), and a slow major chord for the end.
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
SAMPLE_WIDTH = 2  # bytes: 16-bit
CHANNELS = 1
PEAK_DBFS = -12.0  # the ceiling for every cue
#: The countdown tick sits lower: it comes three times in three seconds and only counts.
TICK_PEAK_DBFS = -16.0
_FULL_SCALE = 32_767

Samples = list[float]


def _n(seconds: float) -> int:
    return round(seconds * RATE)


def _raised_cosine(i: int, length: int) -> float:
    """0 -> 1 over `length` samples along half a cosine: no corner, so no click."""
    if length <= 0 or i >= length:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * i / length)


def _fade(samples: Samples, fade_in_s: float, fade_out_s: float) -> Samples:
    """Raised-cosine fade in and fade out; the ends land exactly on zero."""
    n = len(samples)
    a, r = _n(fade_in_s), _n(fade_out_s)
    return [
        s * _raised_cosine(i, a) * _raised_cosine(n - 1 - i, r) for i, s in enumerate(samples)
    ]


def _normalise(samples: Samples, peak_dbfs: float = PEAK_DBFS) -> Samples:
    """Scale so the loudest sample sits at `peak_dbfs`."""
    top = max(abs(s) for s in samples)
    gain = 10 ** (peak_dbfs / 20) / top if top else 0.0
    return [s * gain for s in samples]


def _partials(t: float, freq: float, harmonics: Sequence[tuple[int, float]]) -> float:
    return sum(amp * math.sin(2 * math.pi * freq * k * t) for k, amp in harmonics)


def chime() -> Samples:
    """A soft two-partial bell (E5 and the B5 a fifth above), ~0.8 s, long gentle decay."""
    length = _n(0.8)
    out = []
    for i in range(length):
        t = i / RATE
        # The upper partial fades faster, as on a real bell: the tone mellows as it dies.
        low = math.sin(2 * math.pi * 659.26 * t) * math.exp(-t / 0.28)
        high = 0.45 * math.sin(2 * math.pi * 987.77 * t) * math.exp(-t / 0.16)
        out.append(low + high)
    # A 25 ms attack takes the edge off the strike; the tail is faded to true silence.
    return _normalise(_fade(out, 0.025, 0.12))


def tick() -> Samples:
    """A short, soft blip (~80 ms) for the 3-2-1 countdown: fully windowed, no click."""
    length = _n(0.08)
    # A Hann window over the whole blip: it rises and falls with no corner at all.
    out = [
        math.sin(2 * math.pi * 880.0 * i / RATE)
        * (0.5 - 0.5 * math.cos(2 * math.pi * i / (length - 1)))
        for i in range(length)
    ]
    return _normalise(out, TICK_PEAK_DBFS)


_WARM = ((1, 1.0), (2, 0.22), (3, 0.08))  # a few soft harmonics: warm, not a pure beep


def _glide(f_start: float, f_end: float, seconds: float) -> Samples:
    """A warm tone gliding exponentially from f_start to f_end (musically even)."""
    length = _n(seconds)
    out = []
    phase = 0.0
    ratio = f_end / f_start
    for i in range(length):
        freq = f_start * ratio ** (i / (length - 1))
        phase += 2 * math.pi * freq / RATE
        out.append(sum(amp * math.sin(k * phase) for k, amp in _WARM))
    # A slow swell in and a long release: it should feel like a breath, not a beep.
    return _normalise(_fade(out, 0.15, 0.22))


def inhale() -> Samples:
    """Breathe in: a warm tone rising a fifth (G3 to D4), ~0.6 s."""
    return _glide(196.0, 293.66, 0.6)


def exhale() -> Samples:
    """Breathe out: the same warm tone falling a fifth (D4 to G3), ~0.6 s."""
    return _glide(293.66, 196.0, 0.6)


def done() -> Samples:
    """A calm C-major chord, its notes entering one after another, fading over ~1.5 s."""
    length = _n(1.5)
    notes = ((261.63, 0.0, 1.0), (329.63, 0.07, 0.8), (392.00, 0.14, 0.7), (523.25, 0.21, 0.5))
    out = [0.0] * length
    for freq, start, amp in notes:
        first = _n(start)
        attack = _n(0.04)
        for i in range(first, length):
            t = (i - first) / RATE
            env = amp * _raised_cosine(i - first, attack) * math.exp(-t / 0.55)
            out[i] += env * _partials(t, freq, ((1, 1.0), (2, 0.15)))
    return _normalise(_fade(out, 0.0, 0.2))


#: File name (without .wav) -> the function that makes it.
SOUNDS: dict[str, Callable[[], Samples]] = {
    "chime": chime,
    "tick": tick,
    "inhale": inhale,
    "exhale": exhale,
    "done": done,
}


def wav_bytes(samples: Samples) -> bytes:
    """The 16-bit PCM frames of `samples` (floats in -1..1), little-endian."""
    ints = [max(-_FULL_SCALE, min(_FULL_SCALE, round(s * _FULL_SCALE))) for s in samples]
    return struct.pack(f"<{len(ints)}h", *ints)


def write_wav(path: Path, samples: Samples) -> None:
    """Write `samples` as a 44.1 kHz 16-bit mono WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(CHANNELS)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(RATE)
        out.writeframes(wav_bytes(samples))


def default_out_dir() -> Path:
    """assets/sounds of this checkout (or of the installed package)."""
    from coach.assets import asset

    return asset("sounds")


def main(argv: Sequence[str] | None = None) -> int:
    """Write every cue into --out (default: the assets' sounds folder)."""
    parser = argparse.ArgumentParser(
        prog="python -m coach.tools.make_sounds", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=None, help="folder to write the WAVs to")
    args = parser.parse_args(argv)
    out_dir: Path = args.out if args.out is not None else default_out_dir()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, make in SOUNDS.items():
            path = out_dir / f"{name}.wav"
            write_wav(path, make())
            print(f"wrote {path} ({path.stat().st_size} bytes)")
    except OSError as exc:
        print(f"make_sounds: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
