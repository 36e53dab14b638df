"""Readers for the who-is-who sources in ../shared/kb, used by build_actors.py.

Each reader turns one source into plain facts (a person's name, code, title and dates;
a party's or armed group's names and code); build_actors.py merges and writes them.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

csv.field_size_limit(10_000_000)

# CIA titles -> sector, first match wins (conventions in docs/actors.md)
TITLE_SECTORS = (
    (re.compile(r"\b(defen[cs]e|armed forces|war)\b", re.I), "GOVMIL"),
    (re.compile(r"\b(prosecutor|chief justice|supreme court)\b", re.I), "JUD"),
    (re.compile(r"\bspeaker\b", re.I), "LEG"),
    (re.compile(r"\b(chief of (the )?(general )?staff|commander)\b", re.I), "MIL"),
    (re.compile(r"\bintelligence\b", re.I), "SPY"),
)
STATE_FORCES = ("Armed Forces", "Government of", "Military faction", "Forces of")  # factions of a state, or ad hoc
# one-word names that are descriptions in news prose, not one group's name
GROUP_ADJECTIVES = {"muslim", "muslims", "sunni", "shi'ite", "shiite", "islamists", "royalists", "neutralists",
                    "right-wingers", "counterrevolutionaries", "fatherland", "motherland", "renaissance", "outlaws",
                    "spiders", "rastas", "principlists", "maidan", "christian", "liberal", "conservative"}
ORGANISATION_WORDS = {"party", "front", "movement", "alliance", "union", "league", "congress", "coalition", "bloc",
                      "army", "council", "organization", "organisation", "brigade", "brigades", "forces"}
CONNECTORS = {"of", "and", "for", "the", "with", "without", "in", "to"}  # lower-case words inside a name
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&'.-]*[A-Z0-9]$")


def is_acronym(form: str) -> bool:
    """A short name of capitals news can write as it is: 'SPD', 'PiS', 'PvdA', 'SPÖ' (three
    capitals or more, or two in a name of three or four letters mostly capitals)."""
    if " " in form or not 3 <= len(form) <= 8 or not form[0].isupper():
        return False
    capitals = sum(c.isupper() for c in form)
    return capitals >= 3 and capitals * 2 >= len(form) or (capitals == 2 and len(form) <= 4)
# Gleditsch-Ward numbers that differ from COW's (Gleditsch & Ward 1999, list of independent states)
GW_TO_ISO3 = {"260": "DEU", "265": "DEU", "340": "SRB", "347": "SRB", "345": "SRB", "678": "YEM",
              "680": "YEM", "816": "VNM", "817": "VNM", "711": "CHN", "712": "MNG", "626": "SSD", "529": "ETH"}
COW_FIXES = {"GFR": "DEU", "GDR": "DEU", "YAR": "YEM", "YPR": "YEM", "RVN": "VNM", "DRV": "VNM",
             "ZAN": "TZA", "YUG": "SRB", "CZE": "CZE", "USR": "RUS", "RUM": "ROU", "KOS": "XKX",
             "PNG": "PNG", "GUI": "GIN", "DRC": "COD", "CON": "COG"}
# The ontology's rows for Guinea, Guatemala, Israel and Myanmar carry another state's ISO 3166 alpha-2 code
# (Papua New Guinea's PG, Guadeloupe's GP, Iceland's IS, Mozambique's MZ) and Guinea Papua New Guinea's COW
# codes, and both Congos have COW's DRC: without these fixes the CIA's Guinean, Guatemalan, Israeli and Burmese
# office-holders were lost and Papua New Guinea's coded as Guinea's (session 11). ISO 3166 codes as pycountry has them.
ISO2_FIXES = {"GN": "GIN", "PG": "PNG", "GT": "GTM", "IL": "ISR", "IS": "ISL", "MM": "MMR", "MZ": "MOZ"}
COW_NUMBER_FIXES = {"910": "PNG", "438": "GIN", "490": "COD", "484": "COG"}


@dataclass(frozen=True)
class Person:
    name: str
    code: str
    start: str | None
    end: str | None
    title: str


@dataclass(frozen=True)
class CountryTables:
    iso2: dict[str, str]
    cow: dict[str, str]  # COW letters -> ISO3
    cow_number: dict[str, str]
    names: dict[str, str]  # lower-case English name -> ISO3
    ours: set[str]  # ISO3 codes our countries.tsv knows


def country_tables(ontology: Path, ours: Path) -> CountryTables:
    iso2, cow, cow_number, names = {}, {}, {}, {}
    with open(ontology, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["iso3_cameo"][:3]
            if not re.fullmatch(r"[A-Z]{3}", code):
                continue
            iso2.setdefault(row["iso2"], code)
            if row["cow_alpha"] != "---":
                cow.setdefault(row["cow_alpha"], code)
                cow_number.setdefault(row["cow_numeric"].lstrip("0"), code)
            names.setdefault(row["name"].replace("_", " ").lower(), code)
    known = set()
    with open(ours, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, country_names = line.split("\t")[:2]
            known.add(code)
            for name in country_names.split("|"):
                names.setdefault(name.strip().lower(), code)
    cow.update(COW_FIXES)
    cow_number.update(COW_NUMBER_FIXES)
    iso2.update({alpha2: code for alpha2, code in ISO2_FIXES.items() if code in known})
    return CountryTables(iso2, cow, cow_number, names, known)


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


SHARE_RATIO = 1.5  # a shared name goes to the party with this many times the other's vote share
SMALL_PARTY = 5.0  # vote share (%) below which a party's three-letter acronym is left out ("NAR", "SSW")
MIN_STORIES = 5  # evidence against a name needs this many stories using it


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


def cia_name(name: str) -> str:
    """'Juri RATAS' -> 'Juri Ratas', 'Ayman al-SAFADI' -> 'Ayman al-Safadi' (the CIA writes
    surnames in capitals)."""
    return re.sub(r"\b([A-Z])([A-Z]+)\b", lambda m: m.group(1) + m.group(2).lower(), name)


def title_sector(title: str) -> str:
    for pattern, sector in TITLE_SECTORS:
        if pattern.search(title):
            return sector
    return "GOV"


def people_cia(kb: Path, tables: CountryTables) -> list[Person]:
    """The 2019 snapshot's office-holders (undated). A name it lists under two countries is
    left out: namesakes, or an error (South Africa's finance minister also under Ethiopia),
    and an undated row cannot tell them apart."""
    found = []
    with open(kb / "cia_world_leaders_2019.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            country = tables.iso2.get(row["iso2"])
            name = cia_name(row["name"])
            if country and len(name.split()) >= 2 and "vacant" not in name.lower():
                found.append(Person(name, country + title_sector(row["title"]), None, None, row["title"]))
    countries: dict[str, set[str]] = {}
    for person in found:
        countries.setdefault(folded(person.name), set()).add(person.code[:3])
    return [person for person in found if len(countries[folded(person.name)]) == 1]


def people_wikidata(kb: Path, tables: CountryTables) -> list[Person]:
    found = []
    with open(kb / "world_leaders_2021_wikidata.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = tables.names.get(row["country"].lower())
            name = row["officeholderLabel"]
            if not country or not row["start_year"] or len(name.split()) < 2 or name.startswith("Q"):
                continue
            end = f"{row['end_year']}-12-31" if row["end_year"] else None
            found.append(Person(name, country + "GOV", f"{row['start_year']}-01-01", end, row["positionLabel"]))
    return found


def people_archigos(kb: Path, tables: CountryTables) -> list[Person]:
    """One row per spell (``obsid``), from its first to its last leader-year."""
    spells: dict[tuple[str, str], list[str]] = {}
    with open(kb / "archigos_annual.txt", encoding="latin-1") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            uri = row["dbpedia.uri"]
            if "/resource/" not in uri:
                continue
            name = re.sub(r"\s*\(.*\)$", "", unquote(uri.rsplit("/", 1)[1]).replace("_", " "))
            key = (row["obsid"], name)
            spell = spells.setdefault(key, [row["startdate"], row["enddate"], row["idacr"]])
            spell[0], spell[1] = min(spell[0], row["startdate"]), max(spell[1], row["enddate"])
    found = []
    for (_obsid, name), (start, end, idacr) in spells.items():
        country = tables.cow.get(idacr)
        if country and end >= "1945-01-01" and len(name.split()) >= 2:
            found.append(Person(name, country + "GOV", start, end, "Leader (Archigos)"))
    return found


def people_reign(kb: Path, tables: CountryTables, known: list[Person]) -> list[Person]:
    """REIGN names leaders by surname: a spell is added to the one person of that surname
    and country already known by full name, else left out."""
    by_surname: dict[tuple[str, str], set[str]] = {}
    for person in known:
        by_surname.setdefault((person.code[:3], person.name.split()[-1].lower()), set()).add(person.name)
    found = []
    with open(kb / "reign_leaderlist_3_21.csv", encoding="cp1252", errors="replace") as handle:
        for row in csv.DictReader(handle):
            country = tables.cow.get(row["stateabb"])
            names = by_surname.get((country or "", row["leader"].split()[-1].lower()), set())
            if not country or len(names) != 1 or not row["syear"]:
                continue
            start = f"{row['syear']}-{int(row['smonth']):02d}-01"
            end = f"{row['eyear']}-{int(row['emonth']):02d}-01" if row["eyear"] else None
            found.append(Person(next(iter(names)), country + "GOV", start, end, "Leader (REIGN)"))
    return found


def people_uk(kb: Path) -> list[Person]:
    folder = kb / "ifg_uk_ministers"

    def rows(name: str) -> list[dict]:
        with open(folder / name, encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    names: dict[str, str] = {}
    for row in rows("person.csv"):  # a person's latest-starting name that is not a title
        if not row["name"].startswith(("Lord ", "Baroness ", "Lady ")) or row["id"] not in names:
            names[row["id"]] = row["name"]
    posts = {row["id"]: row["name"] for row in rows("post.csv")}
    found = []
    for row in rows("appointment.csv"):
        name, post = names.get(row["person_id"]), posts.get(row["post_id"], "")
        if name and row["start_date"]:
            found.append(Person(name, "GBR" + title_sector(post), row["start_date"], row["end_date"] or None, post))
    return found


def folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


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
        if row["year_last"] and row["year_last"] < "1990" or row["country"] not in tables.ours:
            continue
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
    owner: dict[str, int] = {}
    for form, found in holders.items():
        found.sort(key=lambda item: (item[0], -item[2]), reverse=True)
        (active, share), _country, number = found[0]
        others = [item for item in found[1:] if item[1] != found[0][1]]
        if not others or (active and not others[0][0][0]) or share >= SHARE_RATIO * others[0][0][1] > 0:
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
    return sorted(rows, key=lambda row: (row[0], row[1]))


def shared_acronym_rows(candidates, holders, sector: str, plover: str, words: frozenset[str],
                        taken: set[str]) -> list[list[str]]:
    """A party acronym left out above -- parties of several countries share it ("NDP"), or
    the corpus stories using it are about something else ("BNP": the British National
    Party in the BBC's stories, Bangladesh's elsewhere) -- is written once per country with
    kind ``shared``: the actors stage takes it only where the text names that country."""
    rows = []
    for form, found in holders.items():
        countries = sorted({country for _, country, _ in found})
        if form in taken:
            continue
        written = next(f for f in candidates[found[0][2]][1] if holder_key(f) == form)
        if not is_acronym(written) or not usable_name(written, words, taken):
            continue
        rows += [[country + sector, written, "shared", plover] for country in countries]
    return rows
