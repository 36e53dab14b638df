"""A run's sector from its role words (moved from actors/resolve.py), ministers' portfolios included: in
"Police Minister Fikile Mbalula", "Media Minister Jan Berg" or "Culture, Media and Sport Secretary Tessa Jowell"
the words before the office say what the office is about, not whom it belongs to: the holder is in government
(GOV), and "Media" there is no medium of its own. (A spokesman or an official keeps the body's sector: "army
spokesman" is MIL, "police chief" COP.) A run is ``actors.resolve.Run``, not imported: resolve imports this module."""

from __future__ import annotations

HEADS = {"minister", "ministers", "ministry", "ministries", "secretary", "secretaries"}
PORTFOLIO_SECTORS = {"COP", "MED", "MIL", "LAB", "HLH", "EDU", "BUS", "AGR", "REL", "JUD", "ENV", "CVL", "REF", "DEV"}
LIST_WORDS = {",", "and", "&"}
TRADES = {"BUS", "LAB", "AGR", "EDU", "MED", "HLH"}  # sectors of a living, not of an office or a movement


def sector_of(run) -> str | None:
    """The run's sector: former -> ELI (a former trade, "a former contractor", is a private person: CVL);
    else the first role word's that is not GOV."""
    if run.former and run.roles and not run.people and all(r.code[:3] in TRADES for r in run.roles):
        return "CVL"
    if run.former and (run.roles or run.people):
        return "ELI"
    if heads_a_portfolio(run):
        return "GOV"  # "Police Minister", "Media Minister": a minister, whatever the portfolio
    sectors = [r.code for r in run.roles if not r.code.endswith("~")]
    if any(g.kind == "seat" and g.code[3:6] == "GOV" for g in run.geos):
        sectors = [s for s in sectors if s != "MED"]  # "the IRNA news agency": a state medium named by name
    specific = sorted((s for s in sectors if s != "GOV"), key=lambda s: s == "OPP")  # "opposition MP": LEG
    if specific:
        return "OPP" if specific[0] == "CVL" and "OPP" in specific else specific[0]  # "opposition activists"
    seats = [g.code[3:6] for g in run.geos if g.kind == "seat" and len(g.code) >= 6]
    if sectors and seats and seats[0] != "GOV":
        return seats[0]  # "the IDF's chief of staff", "the army's spokesman": a general office word in a body
    if sectors:
        return sectors[0]
    return seats[0] if seats else None


def specific_sectors(run) -> list[str]:
    """Sectors of the run's role words other than the general GOV and OPP ("MP": LEG)."""
    return [r.code for r in run.roles if not r.code.endswith("~") and r.code not in ("GOV", "OPP")]


def heads_a_portfolio(run) -> bool:
    """The run ends in a minister's or secretary's office whose other role words are its portfolio."""
    roles = [r for r in run.roles if not r.code.endswith("~")]
    return len(roles) > 1 and roles[-1].name in HEADS and roles[-1].code == "GOV" \
        and all(r.code in PORTFOLIO_SECTORS for r in roles[:-1])


def portfolio_words(runs, spacy_doc) -> set[int]:
    """Indices of runs that are only a word of a listed portfolio ("Culture, Media and Sport Secretary"): role
    words of a trade or body in capitals, joined to the office by commas, "and" and more capitalised words."""
    found = set()
    for index, (run, nxt) in enumerate(zip(runs, runs[1:], strict=False)):
        if run.geos or run.people or not run.roles or not all(r.code in PORTFOLIO_SECTORS for r in run.roles) \
                or not spacy_doc[run.start].text[:1].isupper() or not spacy_doc[nxt.start].text[:1].isupper():
            continue
        between = spacy_doc[run.end:nxt.start]
        before = spacy_doc[run.start - 1].text if run.start else ""
        listed = any(t.text in LIST_WORDS for t in between) or before == ","
        if listed and all(t.text in LIST_WORDS or t.text[:1].isupper() for t in between) \
                and nxt.roles and (nxt.roles[0].name in HEADS or heads_a_portfolio(nxt)):
            found.add(index)
    return found
