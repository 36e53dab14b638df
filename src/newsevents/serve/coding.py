"""``POST /api/code``: a pasted article or HTML page coded into its record, nothing stored.

Coding runs in one worker process (spaCy loaded once, on first use) so that a time
limit can be enforced: a page that takes longer is answered with 503 and the worker
is terminated and replaced, rather than left to hang a server thread.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass

from newsevents.serve.errors import BadRequest, Unavailable

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True)
class CodeRequest:
    """What to code: the pasted text or page, its date and headline when known."""

    text: str
    date: str | None = None
    title: str | None = None
    id: str = "pasted"


def code_record(request: CodeRequest) -> dict:
    """The record of one pasted page (runs in the worker process)."""
    from newsevents.model import Document
    from newsevents.pipeline import Options, process
    from newsevents.read import sniff_format
    from newsevents.record import to_record

    if request.title is not None:
        fmt = "record"
    else:
        fmt = "html" if sniff_format(request.text[:5000].encode("utf-8", "replace")) == "html" else "text"
    doc = Document(id=request.id, raw=request.text, format=fmt, title=request.title, date=request.date)
    return to_record(next(process([doc], Options())))


class Coder:
    """One worker process that codes pasted pages, with a time limit per page."""

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout
        self._pool = None
        self._lock = threading.Lock()

    def code(self, request: CodeRequest) -> dict:
        if not request.text.strip():
            raise BadRequest("nothing to code: the text is empty")
        if not self._lock.acquire(timeout=self.timeout):
            raise Unavailable(f"the coder is busy with another page for more than {self.timeout:g} s; try again")
        try:
            pool = self._pool or self._start()
            pending = pool.apply_async(code_record, (request,))
            try:
                return pending.get(timeout=self.timeout)
            except multiprocessing.TimeoutError:
                self._stop()
                raise Unavailable(f"coding took longer than the limit of {self.timeout:g} s and was stopped; "
                                  "try a shorter text") from None
        finally:
            self._lock.release()

    def _start(self):
        self._pool = multiprocessing.get_context("spawn").Pool(processes=1)
        return self._pool

    def _stop(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def close(self) -> None:
        with self._lock:
            self._stop()
