"""actors: who is who — mentions of countries, seats of power, organisations and
people, each resolved to a CAMEO-style code on the date of the story.

Reads ``Document.parsed``; adds ``Document.mentions`` (in text order). Later bare
surnames, pronouns and "the spokesman" point back (``refers_to``) to the actor named
before and share its code.
"""

from __future__ import annotations

from newsevents.actors.lexicon import Lexicon, load_lexicon
from newsevents.actors.phrase import resolve_phrase
from newsevents.actors.stage import NOT_COUNTRIES, paragraph_mentions, resolve_actors

__all__ = ["resolve_actors", "resolve_phrase", "paragraph_mentions", "load_lexicon", "Lexicon", "NOT_COUNTRIES"]
