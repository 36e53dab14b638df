"""A story's actor mentions found by offset (events/mention_index.py)."""

from __future__ import annotations

from newsevents.events.mention_index import MentionIndex
from newsevents.model import Mention


def mention(text: str, start: int, code: str | None = "USA") -> Mention:
    return Mention(text, start, start + len(text), code, "country")


def test_between_gives_a_sentences_mentions_in_the_storys_order_even_unsorted():
    # a surname found after the full names is appended out of order: the index keeps the story's order
    mentions = (mention("Iran", 40), mention("Japan", 5), mention("Peru", 70), mention("Chad", 20),
                mention("nobody", 30, code=None))
    index = MentionIndex(mentions)
    assert [m.text for m in index.between(0, 50)] == ["Iran", "Japan", "Chad"]
    assert [m.text for m in index.between(20, 40)] == ["Chad"]
    assert index.between(80, 90) == ()
    for start, end in ((0, 100), (5, 6), (21, 71), (40, 41)):
        assert index.between(start, end) == tuple(m for m in index.mentions if start <= m.start < end)
