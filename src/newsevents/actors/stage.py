"""The actors stage itself (``resolve_actors``); ``newsevents.actors`` re-exports it. It lives
apart from the package ``__init__`` so that ``actors.phrase``, which the package also
exports, can call the stage without importing the package back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsevents.actors.coref import link_references
from newsevents.actors.defined_acronyms import spelled_acronyms
from newsevents.actors.dissolved_states import dated_mentions
from newsevents.actors.home import dateline_state, home_country, parties_abroad_as_words, titled_at_home
from newsevents.actors.igo_capitals import read_capitals_as_bodies
from newsevents.actors.lexicon import Lexicon, load_lexicon
from newsevents.actors.named_bodies import named_bodies
from newsevents.actors.party_tags import tagged_legislators
from newsevents.actors.qualified_towns import qualified_towns
from newsevents.actors.resolve import (
    PLACE_LINKS,
    PLACE_NAMES,
    Run,
    fill_run,
    find_runs,
    run_code,
    run_kind,
    run_name,
    token_classes,
)
from newsevents.actors.run_sectors import portfolio_words
from newsevents.actors.sectors import run_plover
from newsevents.actors.short_names import short_name_mentions
from newsevents.actors.surnames import add_surname_mentions
from newsevents.model import Document, Mention

NOT_COUNTRIES = ("---", "NGO", "IMG")  # code prefixes that are no country (IGO is a "country" in CAMEO and PLOVER)

def placeable(run: Run) -> bool:
    """A group named by role or by people only ("the rebels", "the Albanians")."""
    if run.people:
        return False
    return (bool(run.roles) and not run.geos) or (bool(run.geos) and not run.roles
                                                  and all(g.kind == "adjective" for g in run.geos))


STATELESS = ("IMG",)  # international militarised groups (al-Qaeda, Islamic State): of no one state
WHERE = {"in", "near", "outside", "around"}  # not "from" ("ISIS recruits from Britain" are no British group)


def stateless_group(run: Run) -> bool:
    """A run naming only an international armed group (and its men): "Islamic State fighters"."""
    return not run.people and bool(run.geos) and all(g.kind == "organisation" and g.code.startswith(STATELESS)
                                                     for g in run.geos)


def linked_place(run: Run, nxt: Run | None, spacy_doc) -> bool:
    """'rebels in the Ivory Coast', 'the Albanians of southern Serbia': a link word, then at
    most two determiners or adjectives, then a place."""
    if nxt is None or nxt.people or nxt.roles or not nxt.geos or nxt.start <= run.end:
        return False
    between = spacy_doc[run.end + 1:nxt.start]
    return (spacy_doc[run.end].lower_ in PLACE_LINKS and len(between) <= 2
            and all(t.pos_ in ("DET", "ADJ") for t in between))


ABROAD = ("international", "foreign")  # a group so described is not of the place it is in
IGO_SECTORS = ("JUD", "MIL", "GOV")  # "an international tribunal / force / mission": an IGO's
INTERNATIONAL_ROLES = ("peacekeeper", "peacekeepers")  # a force international by its name, where no place is
# written: "peacekeepers in Iraq" stay placed (PLOVER dev codes a refusal to deploy them there as aimed at Iraq)


MISSIONS = {"embassy", "embassies", "consulate", "consulates"}  # a state's mission abroad: where it is, not whose


def abroad_word(run: Run, spacy_doc) -> str | None:
    """"an international tribunal in The Hague", "foreign journalists in Moscow": the word
    (within three adjectives or nouns before a group named by role only) that says the group
    is not the place's; an embassy or consulate is always abroad ("its embassy in Beirut")."""
    if run.geos or run.people or not run.roles:
        return None
    if all(role.name.lower() in MISSIONS for role in run.roles):
        return run.roles[0].name.lower()
    i = run.start - 1
    while i >= 0 and run.start - i <= 3 and spacy_doc[i].pos_ in ("ADJ", "NOUN"):
        if spacy_doc[i].lower_ in ABROAD:
            return spacy_doc[i].lower_
        i -= 1
    return None


def international_code(run: Run, spacy_doc, code: str | None) -> str | None:
    """An international court, force or mission with no country written is an IGO's."""
    if code and code.startswith("---") and code[3:6] in IGO_SECTORS and (
            abroad_word(run, spacy_doc) == ABROAD[0]
            or (run.roles and all(role.name.lower() in INTERNATIONAL_ROLES for role in run.roles))):
        return "IGO" + code[3:]  # "peacekeepers" with no country: a force international by its name
    return code


def attach_places(runs: list[Run], spacy_doc) -> list[Run]:
    """'the rebels from Syria', 'rebels in the Ivory Coast', 'the Albanians of southern
    Serbia': a group named by role or people takes the country of the place after it."""
    kept: list[Run] = []
    skip: set[int] = set()
    for index, run in enumerate(runs):
        if index in skip:
            continue
        nxt = runs[index + 1] if index + 1 < len(runs) else None
        if placeable(run) and linked_place(run, nxt, spacy_doc) and abroad_word(run, spacy_doc) is None:
            run.people_in = not run.roles  # "Uzbeks in Kyrgyzstan" are still Uzbeks: a people, no state
            run.geos = list(nxt.geos)
            if spacy_doc[run.end].lower_ == "from":
                run.end = nxt.end
                skip.add(index + 1)
        elif stateless_group(run) and linked_place(run, nxt, spacy_doc) and spacy_doc[run.end].lower_ in WHERE:
            run.geos = run.geos + list(nxt.geos)  # "Islamic State fighters in Syria": where they fight (SYRINSISI)
            run.fights_in = True
        kept.append(run)
    for index in range(len(kept) - 2, -1, -1):  # right to left, so that a chain passes its place on
        if placeable(kept[index]) and of_placed_role(kept[index], kept[index + 1], spacy_doc) \
                and abroad_word(kept[index], spacy_doc) is None:
            kept[index].geos = list(kept[index + 1].geos)
    return kept


def of_placed_role(run: Run, nxt: Run, spacy_doc) -> bool:
    """"Governor of the Central Bank of Kenya", "the chief of staff of the Kenyan army": a role "of"
    another role that has its place (written or attached) takes that place too."""
    if nxt.people or not nxt.roles or not nxt.geos or nxt.start <= run.end or spacy_doc[run.end].lower_ != "of":
        return False
    if all(r.name in SPEAKERS for r in run.roles):
        return False  # "the leader of the rebels in Syria" speaks for them: principal() gives their code
    between = spacy_doc[run.end + 1:nxt.start]
    return len(between) <= 2 and all(t.pos_ in ("DET", "ADJ") for t in between)


SPEAKERS = {"spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespersons", "spokespeople",
            "press secretary", "official", "officials", "senior official", "senior officials", "aide", "aides",
            "adviser", "advisers", "advisor", "advisors", "envoy", "envoys", "negotiator", "negotiators",
            "delegation", "representative", "representatives", "leader", "leaders", "commander", "commanders"}
PRINCIPAL_LINKS = {"for", "to", "of"}  # "a spokesman for the Taliban", "an adviser to Putin"
ADVISERS = {"aide", "aides", "adviser", "advisers", "advisor", "advisors"}  # "to" whom they serve, not where sent


def principal(run: Run, nxt: Run | None, codes: dict[int, str | None], index: int, spacy_doc) -> str | None:
    """'a spokesman for the Taliban', 'an adviser to Putin', 'a lawyer for Navalny': a group named by role
    only, then a link word and a named actor, is that actor's: its very code when the role speaks or acts
    for it (spokesman, aide, envoy, leader), else the actor's country with the role's own sector."""
    if nxt is None or run.geos or run.people or not run.roles or nxt.start <= run.end:
        return None
    if not (nxt.geos or any(entry for _, _, entry in nxt.people)):
        return None
    between = spacy_doc[run.end + 1:nxt.start]
    if spacy_doc[run.end].lower_ not in PRINCIPAL_LINKS or len(between) > 2 \
            or not all(t.pos_ in ("DET", "ADJ") for t in between):
        return None
    other = codes.get(index + 1)
    if not other or other.startswith(NOT_COUNTRIES):
        return None
    person = bool(nxt.people) and not nxt.geos
    speaks = all(r.name in SPEAKERS for r in run.roles)
    advises = all(r.name in ADVISERS for r in run.roles)  # "an aide to the Afghan president": the president's
    if not person and (spacy_doc[run.end].lower_ == "to" and not advises or not speaks):
        return None  # "troops to Mali", "an envoy to Syria", "aid for Yemen": not the place's
    if speaks:
        return other
    own = codes.get(index)
    return other[:3] + (own[3:6] if own else "")


def described_people(runs: list[Run], codes: dict, spacy_doc) -> dict:
    """A nationality before a noun no dictionary knows and a person's name ("American sprinter Justin
    Gatlin", "Kenyan runner Eliud Kipchoge") describes a private person of that country: the adjective and
    the person are its civilians (CVL), not the state (a role word, "Syrian soldier X", is a run of its own)."""
    found = {}
    for index, run in enumerate(runs[:-1]):
        code, nxt = codes.get(index) or "", runs[index + 1]
        if run.roles or run.people or not run.geos or any(g.kind != "adjective" for g in run.geos) \
                or len(code) != 3 or not code.isalpha() or not nxt.people or codes.get(index + 1):
            continue
        between = spacy_doc[run.end:nxt.start]
        if between and all(t.pos_ in ("NOUN", "ADJ") and t.is_lower for t in between) \
                and any(t.pos_ == "NOUN" for t in between):
            found[index] = found[index + 1] = code + "CVL"
    return found


def glued_places(runs: list[Run], classes, day: str | None) -> list[Run]:
    """"During a visit to Pakistan Erdogan said": a place's name (not an adjective, no "'s", no title) right
    before a known person of another country is where they were, not their country (as "Jordanian King
    Abdullah" says whose king he is): two mentions, the place and the person with their own code."""
    out = []
    for run in runs:
        person = run.people[0][2] if len(run.people) == 1 else None
        place = run.geos[0] if len(run.geos) == 1 else None
        if person is None or place is None or not person.roles or run.roles or run.former \
                or run.possessor is not None or place.kind not in PLACE_NAMES or not day:
            out.append(run)
            continue
        start = run.people[0][0]
        before = [classes[i] for i in range(run.start, start)]
        if not before or any(cls != "GEO" for cls, _ in before) or place.code[:3] == person.code_on(day)[:3]:
            out.append(run)
            continue
        out.extend((fill_run(Run(run.start, start), classes), fill_run(Run(start, run.end), classes)))
    return out


def mission_in_town(run: Run, spacy_doc) -> bool:
    """"its Washington embassy", "the Beirut embassy": a town's name (no "'s") before an embassy or consulate
    is where the mission is, not the state it serves (the host's government has no embassy in its own capital)."""
    return bool(run.roles) and bool(run.geos) and not run.people and run.possessor is None \
        and all(role.name.lower() in MISSIONS for role in run.roles) \
        and all(geo.kind in ("city", "capital") for geo in run.geos) \
        and not any(token.text in ("'s", "’s") for token in spacy_doc[run.start:run.end])


def paragraph_mentions(spacy_doc, offset: int, lexicon: Lexicon, day: str | None, home: str | None = None,
                       left: list[int] | None = None) -> list[Mention]:
    """Mentions in one parsed paragraph; ``offset`` is where it starts in ``text``; ``home`` and ``left``
    as for ``resolve.token_classes``."""
    classes = token_classes(spacy_doc, lexicon, day, home, left)
    runs = attach_places(glued_places(find_runs(spacy_doc, classes), classes, day), spacy_doc)
    for run in runs:
        if mission_in_town(run, spacy_doc):
            run.geos = []
    portfolio = portfolio_words(runs, spacy_doc)
    runs = [run for index, run in enumerate(runs) if index not in portfolio]
    codes = {index: international_code(run, spacy_doc, run_code(run, day)) for index, run in enumerate(runs)}
    codes.update(described_people(runs, codes, spacy_doc))
    mentions = []
    for index, run in enumerate(runs):
        span = spacy_doc[run.start:run.end]
        nxt = runs[index + 1] if index + 1 < len(runs) else None
        code = principal(run, nxt, codes, index, spacy_doc) or codes[index]
        kind = run_kind(run)
        mentions.append(Mention(
            text=span.text, start=offset + span.start_char, end=offset + span.end_char,
            code=code, kind=kind, name=run_name(run, spacy_doc),
            country=code[:3] if code and not code.startswith(NOT_COUNTRIES) else None,
            sector=code[3:6] or None if code else None,
            role=" ".join(r.name for r in run.roles) or None,
            plover_sector=own_plover(run, code, kind, lexicon) or run_plover(run, code, kind),
        ))
    return mentions


def own_plover(run: Run, code: str | None, kind: str, lexicon: Lexicon) -> str:
    """A person named alone whose code is an organisation's takes its PLOVER sector: Hemedti, coded as
    the RSF (SDNREBRSF), is PRM as the RSF is; Fatou Bensouda, as the ICC, JUD."""
    if kind != "person" or run.roles or run.former or not code or (len(code) <= 6 and code[:3] not in ("IGO", "NGO")):
        return ""  # a state's sector code ("VNMGOV") is no one organisation's, though a ruling party may bear it
    return lexicon.organisation_plover(code)


def office_on(lexicon: Lexicon, day: str | None):
    """A person mention's office title on ``day`` (the dated role covering it), else ""."""
    def title_of(mention: Mention) -> str:
        if not day or not mention.name:
            return ""
        entry = next((e for e in lexicon.people_named(mention.name.split()[-1]) if e.name == mention.name), None)
        roles = [r for r in entry.roles if (r.start or r.end) and r.covers(day)] if entry else []
        return max(roles, key=lambda r: r.start or "").title if roles else ""
    return title_of


def resolve_actors(doc: Document, *, lexicon: Lexicon | None = None,
                   actor_files: Sequence[str] = (), defaults: bool = True) -> Document:
    """The actors stage."""
    if doc.article is None or not doc.parsed:
        return doc
    lexicon = lexicon or load_lexicon(tuple(actor_files), defaults=defaults)
    text = doc.article.text
    dateline = dateline_state(doc.article.dateline)
    found: list[list[Mention]] = []
    left: list[list[int]] = []
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        left.append([])
        found.append(paragraph_mentions(spacy_doc, paragraph.start, lexicon, doc.date, dateline, left[-1]))
    home = dateline or home_country([m for paragraph in found for m in paragraph])
    for number, (paragraph, spacy_doc) in enumerate(zip(doc.article.paragraphs, doc.parsed, strict=True)):
        if home and home != dateline and left[number]:  # "Republican Ben Carson" in a US story: the US party's
            found[number] = paragraph_mentions(spacy_doc, paragraph.start, lexicon, doc.date, home)
    mentions = [replace(m, text=text[m.start:m.end]) for paragraph in found for m in paragraph]  # curly quotes
    mentions = named_bodies(text, qualified_towns(text, mentions))  # "the Investment Corp of India": a firm
    mentions = tagged_legislators(text, mentions)  # "Tom Dalby, D-Nev.": a member of Congress
    mentions = parties_abroad_as_words(mentions, home)
    mentions = read_capitals_as_bodies(mentions)
    mentions = spelled_acronyms(text, mentions, lexicon)  # "the Financial Services Authority (FSA)": not the FSA
    mentions = link_references(add_surname_mentions(doc, short_name_mentions(text, mentions)), doc,
                               title_of=office_on(lexicon, doc.date))
    mentions = titled_at_home(mentions, dateline or home_country(mentions), text)
    return replace(doc, mentions=tuple(dated_mentions(mentions, doc.date)))  # a 1987 "Yugoslav": YUG
