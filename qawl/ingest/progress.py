"""How `qawl ingest` shows its progress: a tqdm bar with rate and ETA on a terminal
(the bar follows the bytes read, so the ETA holds for archives whose article count is
unknown; the postfix counts articles), one line per article otherwise, streamed as each
is done. Failures are always printed, on stderr."""
from __future__ import annotations

import sys
import time
from typing import TextIO

from .bulk import FAILED, Outcome, Tally
from .sources import Meter

BAR = "{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}] {postfix}"


class Progress:
    """Call it with each Outcome; `close()` at the end."""

    def __init__(self, meter: Meter, out: TextIO | None = None, err: TextIO | None = None,
                 tty: bool | None = None) -> None:
        self.meter, self.out, self.err = meter, out or sys.stdout, err or sys.stderr
        err = self.err
        self.tally = Tally()
        self.started = time.monotonic()
        self.bar = None
        if err.isatty() if tty is None else tty:
            from tqdm import tqdm
            self.bar = tqdm(total=meter.total or None, unit="B", unit_scale=True, file=err,
                            bar_format=BAR if meter.total else None, mininterval=0.5)

    def rate(self) -> float:
        done = self.tally.stored + self.tally.skipped + self.tally.failed
        return done / max(time.monotonic() - self.started, 1e-9)

    def __call__(self, outcome: Outcome) -> None:
        self.tally.add(outcome)
        if self.bar is None:
            print(outcome.message, file=self.err if outcome.status == FAILED else self.out,
                  flush=True)
            return
        if outcome.status == FAILED:
            self.bar.write(outcome.message, file=self.err)
        self.bar.update(self.meter.done - self.bar.n)
        self.bar.set_postfix_str(f"{self.tally}, {self.rate():.1f} articles/s", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.update(self.meter.done - self.bar.n)
            self.bar.close()

    def summary(self) -> str:
        elapsed = time.monotonic() - self.started
        return f"{self.tally} in {elapsed:.1f} s ({self.rate():.1f} articles/s)"
