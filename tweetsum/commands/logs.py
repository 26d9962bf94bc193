"""Output for logs: what the commands print when stdout or stderr is not a terminal (a pipe, a file, CI).

A terminal gets Rich's live bars and tables fitted to its width. A log gets no bars (Rich draws them only on a
terminal, so a long report printed nothing for minutes) and, at 80 columns, tables squashed into 8-character
columns with every figure wrapped. Here: consoles as wide as what they print (:class:`LogConsole`), and progress
as plain lines on stderr (:class:`Ticker`): ``report: summarize 3/5 topics, 27 model calls, 2:31 elapsed``.
"""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

from rich.console import Console, ConsoleDimensions

WIDE = 1000  # columns of a console that is not a terminal: tables take the width of their content
HANDFUL = 6  # past this many sources, `ingest` into a log prints one summary line instead of a row each
HEARTBEAT_S = 25.0  # a progress line at least this often (plus the poll), so a log never stalls 30 s
MIN_GAP_S = 5.0  # a stage that starts sooner after the last line waits this long (the next may replace it)


class LogConsole(Console):
    """A Rich console that, when its stream is not a terminal, is :data:`WIDE` columns wide: a table is as wide
    as its content and a line is never wrapped mid-figure. On a terminal it is a plain Console."""

    def _log_size(self) -> ConsoleDimensions:
        size = Console.size.fget(self)
        return size if self.is_terminal else ConsoleDimensions(WIDE, size.height)

    size = property(_log_size, Console.size.fset)


def clock_text(seconds: float) -> str:
    """``2:31``, ``1:02:03``."""
    s = int(max(0.0, seconds))
    h, m = divmod(s // 60, 60)
    return f"{h}:{m:02d}:{s % 60:02d}" if h else f"{m}:{s % 60:02d}"


class Ticker:
    """Progress as plain lines on stderr: ``<describe()>, <m:ss> elapsed``.

    :meth:`note` says something changed (a stage starts): a line now, or ``min_gap`` seconds after the last one
    (stages that follow each other within seconds make one line, not several). :meth:`tick` writes a noted
    change once its gap has passed, and a line anyway when ``every`` seconds passed since the last; used as a
    context manager, a daemon thread calls :meth:`tick` every ``poll`` seconds, so a line comes at least every
    ``every + poll`` seconds however long one step (a model call, an embedding batch) runs. Thread-safe:
    progress callbacks may come from worker threads."""

    def __init__(self, describe: Callable[[], str], *, every: float = HEARTBEAT_S, min_gap: float = MIN_GAP_S,
                 poll: float = 1.0, clock: Callable[[], float] = time.monotonic, stream=None):
        self.describe = describe
        self.every = every
        self.min_gap = min_gap
        self.poll = poll
        self.clock = clock
        self.stream = stream  # None: sys.stderr at each write (test runners swap it)
        self.t0 = clock()
        self.last = self.t0  # the first heartbeat comes `every` seconds in: a quick command prints nothing
        self.pending = False
        self.lines = 0
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def line(self) -> None:
        with self._lock:
            now = self.clock()
            text = f"{self.describe()}, {clock_text(now - self.t0)} elapsed\n"
            stream = self.stream or sys.stderr
            try:
                stream.write(text)
                stream.flush()
            except (OSError, ValueError):  # the reader went away (`| head`): the command's own output says so
                pass
            self.last, self.pending = now, False
            self.lines += 1

    def note(self) -> None:
        with self._lock:
            self.pending = True
            self.tick()

    def tick(self) -> bool:
        with self._lock:
            quiet = self.clock() - self.last
            due = quiet >= self.every or (self.pending and (quiet >= self.min_gap or not self.lines))
            if due:
                self.line()
            return due

    def _run(self) -> None:
        while not self._stop.wait(self.poll):
            self.tick()

    def __enter__(self) -> Ticker:
        self._thread = threading.Thread(target=self._run, name="tweetsum-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


class ReportLog:
    """The report's progress for a log: a line as each stage starts, and the :class:`Ticker`'s heartbeat,
    which also says how many topics of the map stage are done. ``on_progress`` is the run's callback
    (:attr:`tweetsum.run.ReportOptions.on_progress`); it receives the run's :class:`~tweetsum.run.RunProgress`.
    A 10-minute report writes about 25 lines."""

    def __init__(self, ticker_kw: dict | None = None):
        self.state = None
        self.ticker = Ticker(self.describe, **(ticker_kw or {}))
        self._stage: str | None = None

    def describe(self) -> str:
        p = self.state
        if p is None:
            return "report: starting"
        what = p.stage or "starting"
        if p.stage == "summarize" and p.topics_total:
            what += f" {p.topics_done}/{p.topics_total} topics"
        if p.engine is not None:
            what += f", {p.model_calls} model calls"
        return "report: " + what

    def on_progress(self, p) -> None:
        self.state = p
        if p.stage != self._stage:  # a stage started (a topic done shows in the next heartbeat)
            self._stage = p.stage
            self.ticker.note()

    def __enter__(self) -> ReportLog:
        self.ticker.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.ticker.__exit__(*exc)
