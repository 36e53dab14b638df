"""The errors the API answers with: each carries its HTTP status and a message for people."""

from __future__ import annotations


class ServeError(Exception):
    """A request the API refuses: ``status`` is the HTTP status, ``message`` says why."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class BadRequest(ServeError):
    status = 400


class NotFound(ServeError):
    status = 404


class TooLarge(ServeError):
    status = 413


class Unavailable(ServeError):
    status = 503
