"""What news corpora (BBC 2004-05, Reuters 1987) say about a name: whether it is an English word written in
lower case, and whether the stories using it name its country (used by kb_groups.py and build_actors.py)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

CONNECTORS = {"of", "and", "for", "the", "with", "without", "in", "to"}  # lower-case words inside a name
MIN_STORIES = 5  # evidence against a name needs this many stories using it


def folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()



def common_words(*corpora: Path) -> frozenset[str]:
    """Words written in lower case at least twice in news corpora (BBC, Reuters): a name
    equal to one ("Together", "Alternative", "LIFE") would match ordinary prose."""
    counts: dict[str, int] = {}
    for corpus in corpora:
        with open(corpus, encoding="utf-8") as handle:
            for line in handle:
                for word in re.findall(r"(?<![A-Za-z])[a-z][a-z'-]+", json.loads(line)["text"]):
                    counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, n in counts.items() if n >= 2)



class CorpusEvidence:
    """Where a name is used in real news (BBC 2004-05, Reuters 1987) and whether those stories
    name its country: "AFP", "CPI", "MEP", "Martin" are used every day for something else, and
    the stories that use them rarely name Senegal, India, Aruba or Austria. A name the corpora
    never use is let through (no evidence against it)."""

    def __init__(self, corpora: tuple[Path, ...], countries: Path) -> None:
        self.country_terms: dict[str, str] = {}
        with open(countries, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or not line.strip():
                    continue
                cells = line.rstrip("\n").split("\t")
                for cell in cells[1:4]:
                    for term in cell.split("|"):
                        if term.strip() and term.strip() != "-":
                            self.country_terms.setdefault(term.strip(), cells[0])
        self.docs: list[tuple[set[str], str]] = []
        for corpus in corpora:
            with open(corpus, encoding="utf-8") as handle:
                for line in handle:
                    text = json.loads(line)["text"]
                    words = set(re.findall(r"\w+(?:[-.&'’]\w+)*", text)) | set(re.findall(r"\w+", text))
                    self.docs.append((words, text))
        self.where: dict[str, list[int]] | None = None
        self.story_countries: list[set[str]] | None = None
        self.prose: dict[str, bool] = {}

    def index(self, forms: set[str]) -> None:
        self.where = {form: [] for form in forms}
        for number, hits in enumerate(self.find(forms)):
            for form in hits:
                self.where[form].append(number)

    def find(self, terms) -> list[set[str]]:
        """Per story, the terms it uses (one-word terms as words, longer ones as text)."""
        single = {t for t in terms if " " not in t}
        longer: dict[str, list[str]] = {}
        for term in terms:
            if " " in term:
                longer.setdefault(term.split(" ")[0], []).append(term)
        found = []
        for words, text in self.docs:
            hits = words & single
            for first in words & longer.keys():
                hits |= {term for term in longer[first] if term in text}
            found.append(hits)
        return found

    def in_prose(self, form: str) -> bool:
        """Whether stories write ``form`` in lower case, twice or more as ``common_words`` counts
        words ("new democracy", "rule of law"); a name not written in title case counts as prose."""
        phrase = " ".join(form.lower().split())
        if any(w[0].islower() and w not in CONNECTORS for w in form.split()):
            return True  # "Governmental candidates", "Self-determination": not written as a name
        if phrase not in self.prose:
            first = phrase.split(" ")[0]
            uses = sum(text.count(phrase) for words, text in self.docs if first in words)
            self.prose[phrase] = uses >= 2
        return self.prose[phrase]

    def countries_in(self, number: int) -> set[str]:
        if self.story_countries is None:
            self.story_countries = [{self.country_terms[t] for t in hits}
                                    for hits in self.find(self.country_terms.keys())]
        return self.story_countries[number]

    def fits(self, form: str, country: str, others: list[str]) -> bool:
        """Stories using ``form`` name ``country`` or the group by another of its names
        (``others``): one of them at least, and half of them when MIN_STORIES or more use it
        (a name one story uses is let through)."""
        where = self.where or {}
        found = where.get(form, [])[:40]
        if len(found) < 2:
            return True
        also = {n for other in others if other != form for n in where.get(other, [])}
        fitting = sum(country in self.countries_in(n) or n in also for n in found)
        return fitting > 0 and (len(found) < MIN_STORIES or fitting * 2 >= len(found))

