"""Readers of the parties (Party Facts) and armed groups (UCDP) in ../shared/kb, and the guards that keep a
group's name out of our rows when news would match it falsely (shared names, English words, acronyms)."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from kb_countries import GW_TO_ISO3, CountryTables
from kb_evidence import CorpusEvidence, folded

STATE_FORCES = ("Armed Forces", "Government of", "Military faction", "Forces of")  # factions of a state, or ad hoc
# one-word names that are descriptions in news prose, not one group's name
GROUP_ADJECTIVES = {"muslim", "muslims", "sunni", "shi'ite", "shiite", "islamists", "royalists", "neutralists",
                    "right-wingers", "counterrevolutionaries", "fatherland", "motherland", "renaissance", "outlaws",
                    "spiders", "rastas", "principlists", "maidan", "christian", "liberal", "conservative"}
ORGANISATION_WORDS = {"party", "front", "movement", "alliance", "union", "league", "congress", "coalition", "bloc",
                      "army", "council", "organization", "organisation", "brigade", "brigades", "forces"}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&'.-]*[A-Z0-9]$")


def is_acronym(form: str) -> bool:
    """A short name of capitals news can write as it is: 'SPD', 'PiS', 'PvdA', 'SPÖ' (three
    capitals or more, or two in a name of three or four letters mostly capitals)."""
    if " " in form or not 3 <= len(form) <= 8 or not form[0].isupper():
        return False
    capitals = sum(c.isupper() for c in form)
    return capitals >= 3 and capitals * 2 >= len(form) or (capitals == 2 and len(form) <= 4)


SHARE_RATIO = 1.5  # a shared name goes to the party with this many times the other's vote share
SMALL_PARTY = 5.0  # vote share (%) below which a party's three-letter acronym is left out ("NAR", "SSW")


def holder_key(form: str) -> str:
    """The key two groups' names compete under: "New Democracy Party" and "New Democracy"
    are one name (news writes either, with "party" after it or not)."""
    key = folded(form)
    return key[:-len(" party")] if key.endswith(" party") and len(key) > len(" party") + 3 else key


def usable_name(form: str, words: frozenset[str], known: set[str],
                in_prose: Callable[[str], bool] | None = None) -> bool:
    """A name that can be matched in running text without flooding it. ``in_prose`` says
    whether news writes a phrase in lower case; without it, names of common words are left out."""
    letters = re.sub(r"[^A-Za-z]", "", form)
    if len(letters) < 3 or folded(form) in known:
        return False
    if is_acronym(form):
        return form.lower() not in words
    if " " not in form and (form.lower() in words or form.lower().rstrip("s") in words
                            or folded(form) in GROUP_ADJECTIVES or (len(form) < 4 and not form.isupper())):
        return False
    plain = [w.lower() for w in re.findall(r"[A-Za-z]+", form)]
    if plain[:1] == ["the"] and len(plain) == 2 and plain[1] in words:
        return False  # "The Movement": a phrase of prose
    if len(plain) <= 3 and all(w in words for w in plain) and not set(plain) & ORGANISATION_WORDS \
            and (in_prose is None or len(plain) < 2 or in_prose(form)):
        # "Rule of Law", "New Democracy": a phrase of prose unless a word marks a name, or news never
        # writes the phrase in lower case ("Law and Justice", "Civic Platform": the stage matches
        # such a name only capitalised, so prose leaves it alone)
        return False
    return not (form.isupper() and not ACRONYM.match(form))


def party_forms(row: dict, shorts: set[str]) -> list[str]:
    """English and own-language names (and a name's part before a dash: 'Smer' of 'Smer - SD'),
    the short name when it is an acronym (and, from five letters, as a word: 'SYRIZA', 'Syriza'),
    and a big party's English initials ('Rwandan Patriotic Front': RPF) unless they are another
    party's short name ("Croatian Democratic Union" is HDZ; CDU is Germany's)."""
    forms = [f.strip() for cell in (row["name_english"], row["name"]) for f in cell.split(" / ")]
    forms += [re.split(r" [–-] ", f)[0] for f in forms if re.search(r" [–-] ", f)]
    forms += [f[:-6] for f in forms if f.endswith(" Party") and len(f[:-6].split()) >= 2]  # "Pheu Thai"
    short = row["name_short"].strip()
    if is_acronym(short):
        if len(short) > 3 or float(row["share"] or 0) >= SMALL_PARTY:  # three letters name too much else
            forms.append(short)
        forms.append(f"{short} Party")  # "the ruling MAS party": safe even where "MAS" alone is not
        if short.isalpha() and len(short) >= 5:
            forms.append(short.title())
    forms += [f.rstrip("!").strip() for f in forms if f.endswith("!")]  # "Vetëvendosje!"
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z']+", row["name_english"]) if w[0].isupper())
    if 3 <= len(initials) <= 5 and float(row["share"] or 0) >= 15 and not row["year_last"] and initials not in shorts:
        forms.append(initials)
    return [f for f in forms if f]


def wikipedia_title(url: str) -> list[str]:
    """The English Wikipedia article's title is the name English news uses ("Likud", "Golkar",
    "Fidesz" where Party Facts has "HaLikud", "Partai Golongan Karya"); a qualifier in brackets
    ("People's Party (Spain)") is dropped, leaving a name that the sharing rules then judge."""
    if "en.wikipedia.org/wiki/" not in url:
        return []
    title = unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ").split("#")[0]
    title = re.sub(r"\s*\(.*\)$", "", title).strip()
    if not title or re.search(r"[0-9:]|\b(election|elections|List of)\b", title):
        return []  # a link to an election or a list, not to the party
    return [title]


def parties(kb: Path, tables: CountryTables, words: frozenset[str], known: set[str],
            evidence: CorpusEvidence | None = None) -> list[list[str]]:
    """Party Facts parties active since 1990: country+PTY, PLOVER PTY. Of parties sharing a
    name, one still active wins over ended ones, then the bigger vote share."""
    candidates: list[tuple[str, list[str]]] = []
    ranks: list[tuple[bool, float]] = []
    with open(kb / "partyfacts-core-parties.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    shorts = {row["name_short"].strip() for row in rows if not row["year_last"]}
    titles: list[list[str]] = []
    for row in rows:
        if row["year_last"] and row["year_last"] < "1990" or row["country"] not in tables.ours or row["technical"]:
            continue  # Party Facts' technical rows ("independent", "alliance", "other") are no parties
        candidates.append((row["country"], list(dict.fromkeys(party_forms(row, shorts)))))
        ranks.append((not row["year_last"], float(row["share"] or 0)))
        titles.append(wikipedia_title(row.get("wikipedia") or ""))
    own = {folded(form) for _, forms in candidates for form in forms}
    for (_, forms), extra in zip(candidates, titles, strict=True):  # a title takes no other party's name
        forms.extend(t for t in extra if folded(t) not in own and t not in forms)
    return organisation_rows(candidates, "PTY", "party", "PTY", words, known, ranks, evidence)


def armed_groups(kb: Path, tables: CountryTables, words: frozenset[str], known: set[str],
                 evidence: CorpusEvidence | None = None) -> list[list[str]]:
    """UCDP armed groups: Org 1 (formally organised) REB, Org 2 (party supporters) PRM.
    ``known`` holds the names already taken (hand rows, parties): a movement that became a
    party ("African National Congress") is the party."""
    candidates: dict[str, list[tuple[str, list[str]]]] = {"REB": [], "PRM": []}
    with open(kb / "ucdp-actor-221.csv", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            sector = {"1": "REB", "2": "PRM"}.get(row["Org"])
            first = row["GWNOLoc"].split(",")[0].strip()
            country = GW_TO_ISO3.get(first) or tables.cow_number.get(first)
            if not sector or not country:
                continue
            forms = [row["NameOrigFullEng"], row["NameData"], row["NameOrig"]]
            if row["NameChange"] == "1":
                forms += [row["NewNameFullEng"]]
            forms = [re.sub(r"\s*\(.*\)$", "", f).strip() for f in forms if f and f.strip() not in ("", "n/a")]
            forms = [f for f in forms if f and not f.startswith(STATE_FORCES)]
            forms = [f for f in forms if ACRONYM.match(f) is None or sum(c.isupper() for c in f) >= 3]
            candidates[sector].append((country, list(dict.fromkeys(forms))))
    return [*organisation_rows(candidates["REB"], "REB", "armed-group", "REB", words, known, evidence=evidence),
            *organisation_rows(candidates["PRM"], "PRM", "armed-group", "PRM", words, known, evidence=evidence)]


def organisation_rows(candidates: list[tuple[str, list[str]]], sector: str, kind: str, plover: str,
                      words: frozenset[str], known: set[str],
                      ranks: list[tuple[bool, float]] | None = None,
                      evidence: CorpusEvidence | None = None) -> list[list[str]]:
    """Rows ``code, names, kind, plover``. A name two countries' groups share goes to the one
    ranked first (active, then vote share) when it is active and the other not, or has at least
    SHARE_RATIO times its share ("SPD": Germany's, not the Czech one); else to neither."""
    candidates = [(country, list(dict.fromkeys(" ".join(f.replace("|", " ").split()) for f in forms)))
                  for country, forms in candidates]
    ranks = ranks or [(False, 0.0)] * len(candidates)
    holders: dict[str, list[tuple[tuple[bool, float], str, int]]] = {}
    for number, (country, forms) in enumerate(candidates):
        for form in forms:
            holders.setdefault(holder_key(form), []).append((ranks[number], country, number))
    acronyms = {holder_key(form) for _, forms in candidates for form in forms if is_acronym(form)}
    owner: dict[str, int] = {}
    for form, found in holders.items():
        found.sort(key=lambda item: (item[0], -item[2]), reverse=True)
        (active, share), _country, number = found[0]
        others = [item for item in found[1:] if item[1] != found[0][1]]
        ended_acronym = not active and form in acronyms  # "TPP": an ended party's letters are no one's where
        # another country's party used them too, but a full name stays the bigger one's
        if not others or (active and not others[0][0][0]) \
                or share >= SHARE_RATIO * others[0][0][1] > 0 and not ended_acronym:
            owner[form] = number
    if evidence is not None:
        evidence.index({f for _, forms in candidates for f in forms})
    rows, seen = [], set()
    for number, (country, forms) in enumerate(candidates):
        big = ranks[number][0] and ranks[number][1] >= SMALL_PARTY and not any("[no-party]" in f for f in forms)
        in_prose = evidence.in_prose if evidence is not None and big else None
        kept = [f for f in forms if owner.get(holder_key(f)) == number
                and usable_name(f, words, known, None if f + " Party" in forms else in_prose)
                and folded(f) not in seen and (evidence is None or evidence.fits(f, country, forms))]
        seen.update(folded(f) for f in kept)
        if kept:
            rows.append([country + sector, "|".join(kept), kind, plover])
    if sector == "PTY":
        rows += shared_acronym_rows(candidates, holders, sector, plover, words, known | seen)
        rows += namesake_acronym_rows(candidates, holders, owner, sector, plover, seen)
    return sorted(rows, key=lambda row: (row[0], row[1]))


def shared_title_name(form: str) -> bool:
    """Two words or more, each capitalised but the small ones ("Party of the Regions")."""
    parts = form.split()
    return len(parts) >= 2 and all(p[:1].isupper() or p in SMALL_WORDS for p in parts) and parts[0][:1].isupper() \
        and all(re.fullmatch(r"[A-Za-z'-]+", p) for p in parts)


SMALL_WORDS = {"of", "and", "for", "the", "with", "without", "in", "to"}


def shared_acronym_rows(candidates, holders, sector: str, plover: str, words: frozenset[str],
                        taken: set[str]) -> list[list[str]]:
    """A party acronym left out above -- parties of several countries share it ("NDP"), or
    the corpus stories using it are about something else ("BNP": the British National
    Party in the BBC's stories, Bangladesh's elsewhere) -- is written once per country with
    kind ``shared``: the actors stage takes it only where the text names that country. So is a
    name of two words or more, in title case, that parties of several countries share ("Democratic
    Alliance": South Africa's, and others'), though its words are common (the country must be named)."""
    rows = []
    for form, found in holders.items():
        countries = sorted({country for _, country, _ in found})
        if form in taken:
            continue
        written = next(f for f in candidates[found[0][2]][1] if holder_key(f) == form)
        if is_acronym(written):
            if not usable_name(written, words, taken):
                continue
        elif len(countries) < 2 or not shared_title_name(written) \
                or not usable_name(written, words, taken, lambda _form: False):
            continue
        rows += [[country + sector, written, "shared", plover] for country in countries]
    return rows


def namesake_acronym_rows(candidates, holders, owner: dict[str, int], sector: str, plover: str,
                          kept: set[str]) -> list[list[str]]:
    """An acronym one country's party was given above ("PPP": Gambia's, the bigger vote share) that active
    parties of other countries also use (Guyana's, Pakistan's, Indonesia's) is written for each of those
    countries as kind ``shared``: where the paragraph names one of them and not the owner's country, the
    actors stage takes that country's ("Pakistan's PPP")."""
    rows = []
    for form, found in holders.items():
        if form not in owner or form not in kept:
            continue
        country = candidates[owner[form]][0]
        written = next(f for f in candidates[owner[form]][1] if holder_key(f) == form)
        if not is_acronym(written):
            continue
        others = sorted({c for (active, _share), c, _ in found if active and c != country})
        rows += [[other + sector, written, "shared", plover] for other in others]
    return rows
