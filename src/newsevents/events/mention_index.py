"""The actor mentions of a story, found by character offset: the mention covering a word, and the
mentions a sentence names."""

from __future__ import annotations

import bisect

from newsevents.model import Mention


class MentionIndex:
    """Find the actor mention covering a character offset."""

    def __init__(self, mentions: tuple[Mention, ...]):
        self.mentions = [m for m in mentions if m.code]
        self.starts = [m.start for m in self.mentions]
        self.by_start: list[int] | None = None  # mention numbers by start, for ``between``
        self.sorted_starts: list[int] = []

    def between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions that start in [start, end), in the story's order (a sentence's, found by halving)."""
        if self.by_start is None:
            self.by_start = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].start)
            self.sorted_starts = [self.mentions[k].start for k in self.by_start]
        low, high = (bisect.bisect_left(self.sorted_starts, offset) for offset in (start, end))
        return tuple(self.mentions[k] for k in sorted(self.by_start[low:high]))

    def at(self, offset: int) -> Mention | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        while index >= 0:
            mention = self.mentions[index]
            if mention.start <= offset < mention.end:
                return mention
            if self.starts[index] < offset - 200:
                break
            index -= 1
        return None
