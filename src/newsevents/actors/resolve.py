"""From lexicon matches to actor mentions: titles, names and what they add up to.

A mention is a run of adjacent actor words — place, seat of power, organisation,
role word, person name, and title modifiers ("former", "deputy", "'s") — so that
"US Secretary of State Rex Tillerson" and "Trump's national security adviser McMaster"
are each one actor. The code is the person's dated role when the lexicon knows the
person and the story's date; otherwise the country named plus the role word's sector.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from newsevents.actors.honorifics import honorific_tokens
from newsevents.actors.joins import (
    BRIDGED,
    body_name_words,
    body_titles,
    bracketed_acronyms,
    is_bridge,
    office_of_titles,
    party_name_tokens,
)
from newsevents.actors.lexicon import Entry, Lexicon
from newsevents.actors.match import find_matches
from newsevents.actors.names import (
    could_be_surname,
    dated_namesake,
    leader_government,
    name_before,
    name_ends,
    other_given_name,
    titled_person,
)
from newsevents.actors.not_actors import (
    TOWN_KINDS,
    backer,
    firm_after,
    firm_name_words,
    group_name,
    holiday,
    marked_firm_words,
    named_after,
    origin_of_americans,
    part_of_the_americas,
    party_namesake_abroad,
    qualifiers_of_things,
    rank_as_adjective,
    rank_in_a_name,
    stance,
    thing_named,
)
from newsevents.actors.peoples import placed_peoples
from newsevents.actors.role_demonyms import role_demonym_tokens
from newsevents.actors.run_sectors import sector_of, specific_sectors
from newsevents.actors.wire_marks import wire_marks

ARMED_OPPOSITION = ("REB", "SEP", "INS")
DISSIDENTS = {"rebel", "rebels"}  # after a party's name: its own dissenting members, no armed group
KIND_PRIORITY = ("person", "seat", "organisation", "country", "capital", "city", "adjective", "role", "shared")
GEO_KINDS = {"seat", "organisation", "country", "capital", "city", "adjective"}
COUNTRY_KINDS = {"country", "capital", "city", "adjective"}  # a city names its country, never its government
MODIFIERS = {"led", "former", "ex", "ex-", "top", "senior", "deputy", "acting", "chief", "then", "new",
             "outgoing", "incoming", "interim", "veteran", "'s", "’s", "'", "-", "first", "vice",
             "ousted", "deposed", "exiled", "late", "slain", "assassinated"}
FORMER = {"former", "ex", "ex-", "ousted", "deposed", "exiled", "late", "slain", "assassinated"}  # and the dead
PLACE_NAMES = {"country", "capital", "city"}
US_TITLES = {"sen.", "rep."}  # abbreviated, before a name no dictionary knows
PLACE_LINKS = {"from", "of", "in", "near", "outside", "around"}  # "villagers near Timbuktu"


@dataclass
class Run:
    """Adjacent actor tokens ``start``..``end`` of one paragraph, and what they name."""

    start: int
    end: int
    geos: list[Entry] = field(default_factory=list)
    roles: list[Entry] = field(default_factory=list)
    people: list[tuple[int, int, Entry | None]] = field(default_factory=list)  # token span, entry
    former: bool = False
    possessor: Entry | None = None  # "Trump's adviser": the person whose aide this is
    people_in: bool = False  # "Yazidis in Sinjar": a people (its own geos replaced by the place's) where it lives
    fights_in: bool = False  # "Islamic State fighters in Syria": an international armed group placed by a link word


def best_entry(entries, day: str | None) -> Entry | None:
    """The entry a name stands for: by kind, then — for namesakes ("George Bush") — the
    person in office on the story's date."""
    kind = min((e.kind for e in entries), key=KIND_PRIORITY.index)
    same = [e for e in entries if e.kind == kind]
    if kind == "organisation" and any(e.roles for e in same):  # dated rows: the one holding on the date
        holding = [e for e in same if e.roles and day and e.roles[0].covers(day)]
        if not holding and day and all(e.roles and (e.roles[0].end or "9999") < day for e in same):
            return None  # a name out of use by then: "the EC" after 1993 is no longer the European Community
        return (holding or [e for e in same if not e.roles] or same)[0]
    if kind == "person" and day and len(same) > 1:
        in_office = [e for e in same if not e.code_on(day).endswith("ELI")]
        return (in_office or same)[0]
    return same[0]


def acted_verb(token) -> bool:
    """A role's word used as a verb with an object or an auxiliary: "to police the border", "will judge
    the deal" (not "WHO troops", which a tagger may read as a verb of its own)."""
    return token.pos_ == "VERB" and any(c.dep_ in ("dobj", "aux") for c in token.children)


def token_classes(spacy_doc, lexicon: Lexicon, day: str | None = None, home: str | None = None,
                  left: list[int] | None = None) -> list[tuple[str, object]]:
    """Per token: (class, payload) with class GEO, ROLE, PERSON, MOD or ''. A name several countries'
    parties share is the one of the country the paragraph names, else of the story's ``home`` country
    when that is one of them; the starts of those left to no one are appended to ``left``."""
    classes: list[tuple[str, object]] = [("", None)] * len(spacy_doc)
    ents = spacy_doc.ents  # made anew (a Span each) at every reading of Doc.ents: read once here
    given_names = {ent.start for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    name_inside = {i for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
                   for i in range(ent.start + 1, ent.end)}
    surnames = name_ends(spacy_doc)
    matches = find_matches(spacy_doc, lexicon)
    name_words = name_inside | firm_name_words(ents, {i for m in matches for i in range(m.start, m.end)}) \
        | marked_firm_words(spacy_doc)
    written = {e.code[:3] for m in matches for e in m.entries if e.kind in COUNTRY_KINDS}
    places = {m.start: m.end for m in matches if any(e.kind in COUNTRY_KINDS for e in m.entries)}
    place_codes = {m.end: {e.code[:3] for e in m.entries if e.kind in COUNTRY_KINDS} for m in matches
                   if m.start in places}  # by the token after the place's word
    shared_words: list[int] = []  # one-word shared names taken ("Republican"): qualifiers_of_things
    for match in matches:
        entry = best_entry(match.entries, day)
        if entry is None:
            continue
        if entry.kind == "shared":  # "Nigeria's PDP": an acronym parties of several countries use
            own = {e.code[:3] for i in range(match.start, match.end) for e in lexicon.lookup(spacy_doc[i].text)
                   if e.kind in COUNTRY_KINDS}  # "the Serbian Progressive Party": the name's own country word
            entry = country_named(match.entries, own) or country_named(match.entries, written) \
                or (country_named(match.entries, {home}) if home else None)
            if entry is None:
                if left is not None:
                    left.append(match.start)
                continue
            if match.end - match.start == 1:
                shared_words.append(match.start)
        elif entry.kind == "organisation" and entry.code[:3] not in written:  # "Pakistan's PPP", not Gambia's
            entry = country_named(match.entries, written - {entry.code[:3]}) or entry
        people_of_place = match.end in places or match.start in places.values()  # "Kosovo Serbs"
        if entry.kind in PLACE_NAMES and match.start in given_names and match.end - match.start == 1 \
                and not people_of_place:
            continue  # "Jordan Peterson", "Chad Smith": a place name as a given name
        if entry.kind in COUNTRY_KINDS and match.end - match.start == 1 and match.start in surnames \
                and not people_of_place:
            continue  # "Mark Cuban", "John English", "Jim Jordan": a demonym or a place as a surname
        if entry.kind in TOWN_KINDS and match.end - match.start == 1 and match.start in name_words:
            continue  # "Sheikh Sabah al-Ahmad al-Jaber al-Sabah", "McDonnell Douglas Corp": a town's name inside a
            # person's, or in a firm's after a name no dictionary knows
        if entry.kind in PLACE_NAMES and named_after(spacy_doc[match.end - 1], entry.kind):
            continue  # "the Paris agreement", "the Minsk accords", "the Uruguay round": a name, not a party
        if entry.kind in COUNTRY_KINDS and thing_named(spacy_doc, match.end):
            continue  # "the Turkish lira", "the Indian Ocean", "Spanish flu": a thing, no actor
        if backer(spacy_doc, match.end) or stance(spacy_doc, match.start) or holiday(spacy_doc, match.end) \
                or part_of_the_americas(spacy_doc, match.start) \
                or (entry.kind in COUNTRY_KINDS and origin_of_americans(spacy_doc, match.end)) \
                or party_namesake_abroad(entry, place_codes.get(match.start, set())):
            continue  # "Russian-backed separatists", "Libya's UN-backed government": the backer is another actor;
            # "anti-EU activists", "pro-Moscow rebels": a stance toward a party, not the party; "Labour Day";
            # "Latin American artists": not the United States; "Mexican-American voters" are Americans;
            # "the Nigerian Labour Congress" is no British party
        if entry.kind == "role" and match.end - match.start == 1 and (rank_as_adjective(spacy_doc[match.start])
                                                                      or rank_in_a_name(spacy_doc[match.start], entry)):
            continue  # "a general strike", "General Electric Co.": no officer
        if entry.kind == "role" and match.end - match.start == 1 and acted_verb(spacy_doc[match.start]):
            continue  # "to court investors", "police charge": a role's word used as a verb
        cls = "PERSON" if entry.kind == "person" else "ROLE" if entry.kind == "role" else "GEO"
        for i in range(match.start, match.end):
            classes[i] = (cls, (match.start, match.end, entry))
    for ent in ents:
        if ent.label_ == "PERSON" and other_given_name(ent, classes, day):
            for i in range(ent.start, ent.end):
                classes[i] = ("", None)
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG") and all(classes[i][0] == "" for i in range(ent.start, ent.end)):
            country = leader_government(ent, lexicon)
            if country:
                for i in range(ent.start, ent.end):
                    classes[i] = ("GEO", (ent.start, ent.end, Entry("adjective", ent.text, country)))
                continue
        if ent.label_ == "PERSON" and all(classes[i][0] == "" for i in range(ent.start, ent.end)):
            titled = titled_person(ent, classes, lexicon, day)
            if titled is not None:
                for i in range(ent.start, ent.end):
                    classes[i] = ("PERSON", (ent.start, ent.end, titled))
                continue
        if ent.label_ == "PERSON" and all(classes[i][0] == "" for i in range(ent.start, ent.end)) \
                and not group_name(ent, classes) and not firm_after(ent, classes):
            for i in range(ent.start, ent.end):
                if spacy_doc[i].pos_ not in {"PUNCT", "DET"}:
                    classes[i] = ("PERSON", (ent.start, ent.end, None))
    for i in placed_peoples(ents, classes, COUNTRY_KINDS):  # "Kurds in Syria": a people no dictionary knows
        classes[i] = ("GEO", (i, i + 1, Entry("adjective", spacy_doc[i].text, "---")))
    for i, entry, end in honorific_tokens(spacy_doc, classes):  # "Lord Butler", "Sir Digby Jones"
        classes[i] = ("ROLE", (i, i + 1, entry))
        for j in range(i + 1, end):
            classes[j] = ("PERSON", (i + 1, end, None))
    tokens = list(spacy_doc)  # one Token a word for the passes below, not one a word and pass
    for i, token in enumerate(tokens):
        if (classes[i][0] == "" or classes[i] == ("PERSON", (i, i + 1, None))) and day is not None \
                and could_be_surname(token.text) \
                and (token.ent_type_ in ("PERSON", "ORG", "") and token.ent_iob_ != "I"
                     and (i + 1 == len(tokens) or tokens[i + 1].ent_iob_ != "I")
                     and (token.pos_ == "PROPN" or token.ent_type_)
                     and not name_before(spacy_doc, classes, i)):
            person = dated_namesake(token, lexicon, day)
            if person is not None:
                classes[i] = ("PERSON", (i, i + 1, person))
    for i, token in enumerate(tokens):
        if classes[i][0] == "" and token.lower_ in MODIFIERS:
            classes[i] = ("MOD", token.lower_)
    for i, entry in role_demonym_tokens(tokens, classes):  # "Soviet troops": the state, before a role word only
        classes[i] = ("GEO", (i, i + 1, entry))
    for i, token in enumerate(tokens):
        if classes[i][0] == "" and i and classes[i - 1][0] in BRIDGED and is_bridge(token, classes):
            classes[i] = ("FILL", token.lower_)
    for i in party_name_tokens(spacy_doc, classes):
        classes[i] = ("FILL", spacy_doc[i].lower_)
    for i in bracketed_acronyms(tokens, classes):
        classes[i] = ("FILL", tokens[i].lower_)
    for i in body_titles(tokens, classes) + body_name_words(tokens, classes):
        classes[i] = ("FILL", tokens[i].lower_)
    for i in office_of_titles(tokens, classes):
        classes[i] = ("FILL", tokens[i].lower_)
    for i in qualifiers_of_things(tokens, classes, shared_words) + sorted(wire_marks(tokens)):
        classes[i] = ("", None)  # "the Republican race"; a dateline "BAHRAIN - Iran", a ticker "<BDK>"
    return classes


def country_named(entries, written: set[str]) -> Entry | None:
    """Of a shared name's entries, the one of the single country the paragraph names."""
    fitting = [e for e in entries if e.kind == "shared" and e.code[:3] in written]
    if len({e.code[:3] for e in fitting}) != 1:
        return None
    return replace(fitting[0], kind="organisation")


def find_runs(spacy_doc, classes) -> list[Run]:
    runs: list[Run] = []
    i = 0
    while i < len(classes):
        if classes[i][0] in ("", "MOD", "FILL"):
            i += 1
            continue
        start = i
        while start > 0 and classes[start - 1][0] == "MOD" and classes[start - 1][1] not in ("'s", "’s"):
            start -= 1
        end = i
        while end < len(classes) and classes[end][0]:
            end += 1
        while end > i and classes[end - 1][0] in ("MOD", "FILL"):
            end -= 1
        runs.append(fill_run(Run(start, end), classes))
        i = end
    return runs


def fill_run(run: Run, classes) -> Run:
    seen: set[tuple[int, int]] = set()
    for i in range(run.start, run.end):
        cls, payload = classes[i]
        if cls == "FILL":
            continue
        if cls == "MOD":
            run.former = run.former or payload in FORMER
            continue
        span = payload[:2]
        if span in seen:
            continue
        seen.add(span)
        entry = payload[2]
        if cls == "GEO":
            run.geos.append(entry)
        elif cls == "ROLE":
            run.roles.append(entry)
        else:
            possessive = span[1] < run.end and classes[span[1]][1] in ("'s", "’s")
            if possessive and entry is not None:
                run.possessor = entry
            else:
                run.people.append((max(span[0], run.start), min(span[1], run.end), entry))
    return run


def namesake(run: Run, code: str) -> bool:
    """"Jordanian King Abdullah": the country written in the text is not the known
    person's, so the lexicon's person is someone else of the same name. A seat's country
    counts too: "Hong Kong Chief Executive Carrie Lam" is HKG's (the CIA lists her under China)."""
    written = {g.code[:3] for g in run.geos if g.kind in COUNTRY_KINDS or g.kind == "seat"}
    return bool(written) and code[:3] not in written


def title_code(run: Run, person: Entry, code: str, day: str | None) -> str | None:
    """The title written in the text wins over the dictionary when the dictionary has the
    person out of office on the date (ELI: "Senator Alvaro Uribe", a former president) or
    knows the person only from an undated snapshot ("armed forces chief General Eduardo Ano",
    listed as a 2019 minister): the written country, else the person's, with the title's sector."""
    if not run.roles or (day and person.dated_on(day) and not code.endswith(("ELI", "OPP"))):
        return None  # an opposition figure holds no office: "Ugandan MP Robert Kyagulanyi" is LEG
    sector = sector_of(run)
    party = next((g for g in run.geos if g.kind == "organisation" and "PTY" in (g.plover, g.code[3:6])), None)
    if party is not None and sector in ("GOV", "OPP"):
        return party.code  # "New Democracy leader Kyriakos Mitsotakis", out of office: the party's
    if sector is None or code.endswith("ELI") is False and sector == "GOV" and code[3:6] == "GOV":
        return None
    return (country_of(run, day) or code[:3]) + sector


def country_of(run: Run, day: str | None) -> str | None:
    for geo in run.geos:
        return geo.code[:3]
    if run.possessor is not None:
        return run.possessor.code_on(day)[:3]
    return None


def run_code(run: Run, day: str | None) -> str | None:
    """The actor code for a run on the story's date."""
    person = run.people[-1][2] if run.people else None
    if person is not None and person.roles:
        code = person.code_on(day)
        if (day or not (run.roles and country_of(run, day))) and not namesake(run, code):
            if run.former:
                return code[:3] + "ELI"
            titled = title_code(run, person, code, day)
            return titled or code
    prefix = next((r.code[:-1] for r in run.roles if r.code.endswith("~")), None)
    if prefix:  # PETRARCH [IGO~]/[NGO~] agents: put before the actor's country
        return prefix + (country_of(run, day) or "")
    organisations = [g for g in run.geos if g.kind == "organisation"]
    if organisations:
        member = specific_sectors(run)
        party = "PTY" in (organisations[0].plover, organisations[0].code[3:6])
        if member and party and member[0] == "REB" and all(r.name.lower() in DISSIDENTS for r in run.roles):
            return organisations[0].code  # "Labour rebels", "Tory rebels": members voting against their party
        if member and party:
            return organisations[0].code[:3] + member[0]  # "Labour MP", "SPD lawmakers": LEG
        if member and member[0] in ARMED_OPPOSITION and organisations[0].code[3:6] == "PRE":
            return organisations[0].code[:3] + member[0]  # "Abkhaz separatists": rebels, not the breakaway state
        written = {g.code[:3] for g in run.geos if g.kind in COUNTRY_KINDS}
        national = organisations[0].code[:3] not in ("IGO", "NGO", "IMG", "---")
        if organisations[0].code.startswith("IMG") and run.fights_in and written:  # "Islamic State fighters in
            # Syria": an international armed group coded where it fights, as its branches are ("LONDON IS" is not)
            return next(g.code[:3] for g in run.geos if g.kind in COUNTRY_KINDS) + organisations[0].code[3:]
        if national and written and organisations[0].code[:3] not in written:
            # "Austria's Freedom Party", "the Zimbabwe Electoral Commission": another country's body of that name
            sector = organisations[0].code[3:6] if party else (sector_of(run) or organisations[0].code[3:6])
            return next(g.code[:3] for g in run.geos if g.kind in COUNTRY_KINDS) + sector
        return organisations[0].code
    if person is not None and not run.roles and not run.geos:
        return person.code or None
    country = country_of(run, day)
    sector = sector_of(run)
    if sector is None and person is not None and person.roles:  # a namesake's title ("King Abdullah")
        sector = person.code_on(None)[3:6] or None
    if country is None and run.people and any(r.name in US_TITLES for r in run.roles):
        country = "USA"  # "Sen. Bernie Sanders": AP style for a member of the US Congress
    if country is None:
        return f"---{sector}" if sector else None
    if sector is None and run.geos and run.geos[0].kind == "seat":
        return run.geos[0].code
    return country + (sector or "")


def run_kind(run: Run) -> str:
    if run.people:
        return "person"
    if run.people_in:
        return "demonym"  # "the Albanians of southern Serbia": still a people (CVL), though coded where it lives
    if not run.roles and len(run.geos) > 1 and run.geos[-1].kind == "adjective" \
            and all(g.kind in COUNTRY_KINDS for g in run.geos):
        return "demonym"  # "Kosovo Serbs": a people named by where it lives
    for kind in ("organisation", "seat", "capital", "city", "country", "adjective"):
        if any(g.kind == kind for g in run.geos):
            return "demonym" if kind == "adjective" else kind
    return "role"


def run_name(run: Run, spacy_doc) -> str | None:
    if run.people:
        start, end, entry = run.people[-1]
        return entry.name if entry is not None else spacy_doc[start:end].text
    if run.geos:
        return run.geos[0].name
    return None
