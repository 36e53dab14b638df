"""Event patterns, discards, modality cues and intent codes: loaded from
``data/events/`` and validated (unknown codes and duplicate patterns are errors)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsevents.events.ontology import load_ontology
from newsevents.resources import DataError, data_path, read_tsv, split_values

MODALITIES = ("negated", "conditional", "intended", "hypothetical")


@dataclass(frozen=True)
class Pattern:
    """A head word (verb or noun) and what must stand around it for ``code``."""

    code: str
    pos: str  # V | N
    lemma: str
    particle: str = ""
    object: str = ""
    prep: str = ""
    origin: str = ""
    object_class: str = ""  # the object_classes.tsv class the row was written with ("money"), else ""

    @property
    def specificity(self) -> int:
        return 2 * bool(self.object) + bool(self.particle) + bool(self.prep)


@dataclass
class Rules:
    patterns: dict[tuple[str, str], list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    discards: list[tuple[str, ...]] = field(default_factory=list)
    cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # modality -> phrases
    intent: dict[str, str] = field(default_factory=dict)  # code or root -> intent code
    phrases: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (code, lemmas)
    constructions: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # name -> (code, cues)
    refusal: dict[str, str] = field(default_factory=dict)  # code or root -> rejection code
    refusal_verbs: frozenset[str] = frozenset()
    devices: frozenset[str] = frozenset()  # weapons and blasts that can stand as an attack's subject
    plover_modes: dict[tuple[str, str], str] = field(default_factory=dict)  # (code, lemma) -> PLOVER category
    irregular: dict[str, str] = field(default_factory=dict)  # "forgave" -> "forgive"
    nominal_verbs: dict[str, str] = field(default_factory=dict)  # "closure" -> "close" (nominal.py)
    enacting_verbs: frozenset[str] = frozenset()  # "announced the closure of": the act is the subject's


def load_patterns(rules: Rules, folder: Path) -> None:
    """patterns.tsv; an object ``@name`` stands for each word of that class in object_classes.tsv
    ("give @money to": give millions, dollars, pounds ... to X). A row written out for one word of a
    class wins over the class row, wherever it stands in the file."""
    path = folder / "patterns.tsv"
    codes = load_ontology()
    classes = load_object_classes(folder)
    seen: dict[tuple[str, ...], int] = {}
    rows = []
    for number, cells in read_tsv(path, columns=7, optional=1):
        code, pos, lemma, particle, obj, prep, _note = cells
        if code == "code":
            continue
        if code not in codes:
            raise DataError(f"{path}:{number}: unknown CAMEO code {code!r}")
        if pos not in ("V", "N"):
            raise DataError(f"{path}:{number}: pos must be V or N, not {pos!r}")
        if obj.startswith("@") and obj[1:].lower() not in classes:
            raise DataError(f"{path}:{number}: unknown object class {obj!r} (object_classes.tsv)")
        key = (pos, lemma.lower(), particle.lower(), obj.lower(), prep.lower())
        if key in seen:
            raise DataError(f"{path}:{number}: duplicate pattern (first on line {seen[key]})")
        seen[key] = number
        rows.append((number, key, code))
    for number, (pos, lemma, particle, obj, prep), code in rows:
        for word in classes[obj[1:]] if obj.startswith("@") else (obj,):
            if word != obj and (pos, lemma, particle, word, prep) in seen:
                continue  # written out for this word
            rules.patterns[(pos, lemma)].append(
                Pattern(code, pos, lemma, particle, word, prep, f"{path}:{number}", obj[1:] if word != obj else ""))
    for candidates in rules.patterns.values():
        candidates.sort(key=lambda p: -p.specificity)


def load_object_classes(folder: Path) -> dict[str, tuple[str, ...]]:
    """object_classes.tsv: class name -> the object lemmas it stands for."""
    path = folder / "object_classes.tsv"
    return {name.lower(): tuple(word.lower() for word in split_values(words))
            for _number, (name, words, _note) in read_tsv(path, columns=3, optional=1) if name != "class"}


def load_discards(rules: Rules, folder: Path) -> None:
    path = folder / "discards.tsv"
    for _number, (phrase, _note) in read_tsv(path, columns=2, optional=1):
        if phrase.lower() != "phrase":
            rules.discards.append(tuple(phrase.lower().split()))


def load_cues(rules: Rules, folder: Path) -> None:
    path = folder / "cues.tsv"
    for number, (modality, cue, _note) in read_tsv(path, columns=3, optional=1):
        if modality == "modality":
            continue
        if modality not in MODALITIES:
            raise DataError(f"{path}:{number}: unknown modality {modality!r}")
        rules.cues.setdefault(modality, []).append(tuple(cue.lower().split()))


def load_code_map(folder: Path, name: str) -> dict[str, str]:
    """A TSV of (code or root, replacement code) rows, e.g. intent.tsv, refusal.tsv."""
    path = folder / name
    codes = load_ontology()
    mapping: dict[str, str] = {}
    for number, (code, replacement, _note) in read_tsv(path, columns=3, optional=1):
        if replacement not in codes:
            raise DataError(f"{path}:{number}: unknown CAMEO code {replacement!r}")
        mapping[code] = replacement
    return mapping


def load_intent(rules: Rules, folder: Path) -> None:
    rules.intent = load_code_map(folder, "intent.tsv")
    rules.refusal = load_code_map(folder, "refusal.tsv")
    path = folder / "refusal_verbs.tsv"
    rules.refusal_verbs = frozenset(lemma for _, (lemma,) in read_tsv(path, columns=1))
    path = folder / "devices.tsv"
    rules.devices = frozenset(lemma.lower() for _, (lemma,) in read_tsv(path, columns=1) if lemma != "lemma")


PLOVER_CATEGORIES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def load_plover_modes(rules: Rules, folder: Path) -> None:
    path = folder / "plover_modes.tsv"
    codes = load_ontology()
    for number, (code, lemma, plover, _note) in read_tsv(path, columns=4, optional=1):
        if code == "code":
            continue
        if code not in codes or plover not in PLOVER_CATEGORIES:
            raise DataError(f"{path}:{number}: unknown CAMEO code {code!r} or PLOVER category {plover!r}")
        rules.plover_modes[(code, lemma.lower())] = plover


def load_irregular(rules: Rules, folder: Path) -> None:
    path = folder / "irregular_verbs.tsv"
    for _number, (form, lemma) in read_tsv(path, columns=2):
        if form != "form":
            rules.irregular[form.lower()] = lemma.lower()


def load_phrases(rules: Rules, folder: Path) -> None:
    path = folder / "phrases.tsv"
    codes = load_ontology()
    for number, (code, lemmas, _note) in read_tsv(path, columns=3, optional=1):
        if code not in codes:
            raise DataError(f"{path}:{number}: unknown CAMEO code {code!r}")
        rules.phrases.append((code, tuple(lemmas.lower().split())))


def load_constructions(rules: Rules, folder: Path) -> None:
    path = folder / "constructions.tsv"
    codes = load_ontology()
    for number, (name, code, cues, _note) in read_tsv(path, columns=4, optional=1):
        if code not in codes:
            raise DataError(f"{path}:{number}: unknown CAMEO code {code!r}")
        rules.constructions[name] = (code, frozenset(c.lower() for c in cues.split("|") if c))


def load_nominal_verbs(rules: Rules, folder: Path) -> None:
    """Act nouns and the verbs whose object patterns they take (nominal_verbs.tsv)."""
    path = folder / "nominal_verbs.tsv"
    enacting = set()
    for number, (kind, word, verb) in read_tsv(path, columns=3):
        if kind == "kind":
            continue
        if kind == "act" and verb:
            rules.nominal_verbs[word.lower()] = verb.lower()
        elif kind == "enact" and not verb:
            enacting.add(word.lower())
        else:
            raise DataError(f"{path}:{number}: expected 'act NOUN VERB' or 'enact VERB -', not {kind!r} {word!r}")
    rules.enacting_verbs = frozenset(enacting)


@lru_cache(maxsize=4)
def load_rules(folder: Path | None = None) -> Rules:
    """All event rules from ``folder`` (default: the package's ``data/events``)."""
    folder = folder or data_path("events")
    rules = Rules()
    for loader in (load_patterns, load_discards, load_cues, load_intent, load_phrases, load_constructions,
                   load_plover_modes, load_irregular, load_nominal_verbs):
        loader(rules, folder)
    return rules
