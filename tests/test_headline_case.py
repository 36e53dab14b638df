"""Title-case headlines: sentence case for the parser, names kept, offsets and words unchanged."""

from __future__ import annotations

import pytest

import newsevents
from conftest import coded_events
from newsevents.headline_case import is_title_case, sentence_case
from newsevents.parse import parser_text

# Written for this test (not from any dev article): title-case headline -> (source, target, CAMEO root).
TITLE_CASE_HEADLINES = [
    ("Chile Expels Peruvian Diplomats Over Spy Row", ("CHL", "PER", "16")),
    ("Iran Threatens Israel With Retaliation", ("IRN", "ISR", "13")),
    ("Brazil Condemns Venezuelan Election", ("BRA", "VEN", "11")),
    ("Russia Warns Ukraine Over Drills", ("RUS", "UKR", "13")),
    ("Egypt Accuses Ethiopia Of Violating Nile Deal", ("EGY", "ETH", "11")),
    ("Poland Recalls Ambassador From Belarus", ("POL", "BLR", "16")),
    ("India Blames Pakistan For Kashmir Attack", ("IND", "PAK", "11")),
    ("Nigeria Signs Trade Deal With Ghana", ("NGA", "GHA", "05")),
    ("Hamas Fires Rockets At Israel", ("PSE", "ISR", "19")),
    ("Pope Francis Meets Argentine President", ("VAT", "ARG", "04")),
    ("Algeria Recalls Envoy From Morocco", ("DZA", "MAR", "16")),
    ("Kenya Praises Tanzanian Mediation Effort", ("KEN", "TZA", "05")),
]


def events_of(text: str) -> list[dict]:
    return coded_events(text + "\n\nThe move surprised traders.", "2021-03-10", title=None)


@pytest.mark.parametrize(("headline", "dyad"), TITLE_CASE_HEADLINES)
def test_title_case_headline_gives_its_dyad_and_quotes_its_own_words(headline, dyad):
    found = [(e["source"][:3], e["target"][:3], e["code"][:2]) for e in events_of(headline)]
    assert dyad in found
    for event in events_of(headline):
        assert event["trigger"] in headline.split() and event["sentence"] == headline


def test_sentence_case_lowers_common_words_and_keeps_names_and_length():
    headline = "Tokyo, Seoul Condemn North Korean Missile Launch In UN Talks"
    rewritten = sentence_case(headline)
    assert rewritten == "Tokyo, Seoul condemn North Korean missile launch in UN talks"
    assert len(rewritten) == len(headline)


def test_sentence_case_leaves_ordinary_and_capitals_headlines_alone():
    for headline in ("Rebels seize border town", "KREMLIN: Russia ready to be mediator",
                     "Russia, Iran And Turkey"):
        assert not is_title_case(headline) and sentence_case(headline) == headline


# Written for this test: wire headlines in capitals (Reuters wrote all its headlines so in 1987).
CAPITALS_HEADLINES = [
    ("CHILE, PERU INITIAL FISHING PACT", ("CHL", "PER")),
    ("PAKISTAN ACCUSES INDIA OF BORDER RAID", ("PAK", "IND")),
    ("JAPAN URGES SOUTH KOREA TO OPEN MARKETS", ("JPN", "KOR")),
    ("MOROCCO OPENS TALKS WITH SPAIN ON FISHING", ("MAR", "ESP")),
]


def test_capitals_headline_is_read_in_sentence_case():
    headline = "RUSSIA EXPELS BRITISH DIPLOMATS, SAYS OPEC"
    rewritten = sentence_case(headline)
    assert rewritten == "Russia expels British diplomats, says OPEC"
    assert len(rewritten) == len(headline)
    assert sentence_case("IMF RISES") == "IMF RISES"  # two words give no case evidence


@pytest.mark.parametrize("headline, dyad", CAPITALS_HEADLINES)
def test_capitals_headline_gives_its_dyad(headline, dyad):
    assert dyad in {(e["source"][:3], (e["target"] or "---")[:3]) for e in events_of(headline)}


def test_parser_reads_sentence_case_only_in_the_headline():
    headline = "Chile Expels Peruvian Diplomats Over Spy Row"
    assert parser_text(headline, "headline") == "Chile expels Peruvian diplomats over spy row"
    assert parser_text(headline, "body") == headline


# Written for this test: "X to VERB" headlines -> (source, target), an intended act.
INFINITIVE_HEADLINES = [
    ("Pakistan to impose sanctions on India", ("PAK", "IND")),
    ("Turkey to recall ambassador from Sweden", ("TUR", "SWE")),
    ("Morocco to restore ties with Algeria", ("MAR", "DZA")),
    ("Russia to expel British diplomats", ("RUS", "GBR")),
    ("Japan to send aid to Philippines", ("JPN", "PHL")),
    ("Argentina to expel Bolivian envoy", ("ARG", "BOL")),
    ("Vietnam to sign defence pact with India", ("VNM", "IND")),
    ("Canada to impose sanctions on Iran", ("CAN", "IRN")),
    ("Saudi Arabia to resume talks with Yemen", ("SAU", "YEM")),
    ("Serbia to recall ambassador from Montenegro", ("SRB", "MNE")),
    ("Kenya to send troops to Haiti", ("KEN", "HTI")),
]


@pytest.mark.parametrize(("headline", "dyad"), INFINITIVE_HEADLINES)
def test_to_plus_verb_headline_is_an_intended_act_of_its_subject(headline, dyad):
    found = [(e["source"][:3], e["target"][:3]) for e in events_of(headline) if e["modality"] == "intended"]
    assert dyad in found


def test_to_plus_verb_in_a_body_sentence_is_not_rewired():
    from newsevents.headline_case import infinitive_headline
    from newsevents.parse import load_model

    spacy_doc = load_model()("Russia wants to impose sanctions on India")
    before = [(t.dep_, t.head.i) for t in spacy_doc]
    infinitive_headline(spacy_doc)
    assert [(t.dep_, t.head.i) for t in spacy_doc] == before


# Written for this test: passive headlines without "was" -> (source = the agent, target = the subject).
PASSIVE_HEADLINES = [
    ("Turkish diplomat expelled by Greece", ("GRC", "TUR")),
    ("Kenyan envoy summoned by Somalia", ("SOM", "KEN")),
    ("Russian ambassador summoned by Poland", ("POL", "RUS")),
    ("French troops attacked by Malian militants", ("MLI", "FRA")),
    ("Iranian tanker seized by Britain", ("GBR", "IRN")),
    ("Chinese journalists expelled by India", ("IND", "CHN")),
    ("Venezuelan diplomats expelled by Peru", ("PER", "VEN")),
    ("Indian ambassador summoned by Nepal", ("NPL", "IND")),
    ("Colombian soldiers killed by Venezuelan troops", ("VEN", "COL")),
    ("Pakistani fishermen arrested by India", ("IND", "PAK")),
]


@pytest.mark.parametrize(("headline", "dyad"), PASSIVE_HEADLINES)
def test_passive_headline_without_was_is_the_agents_act(headline, dyad):
    assert [(e["source"][:3], e["target"][:3]) for e in events_of(headline)] == [dyad]


def test_participle_on_a_noun_in_a_body_sentence_is_not_rewired():
    from newsevents.headline_case import passive_headline
    from newsevents.parse import load_model

    spacy_doc = load_model()("The Turkish diplomat expelled by Greece left on Monday.")
    before = [(t.dep_, t.head.i) for t in spacy_doc]
    passive_headline(spacy_doc)
    assert [(t.dep_, t.head.i) for t in spacy_doc] == before


def test_a_possessive_in_a_capitals_headline_keeps_its_name():
    """"CANADA'S" is Canada's: the name is looked up without the possessive."""
    from newsevents.headline_case import sentence_case

    cased = sentence_case("FRANCE PROTESTS OVER CANADA'S FISHING RULES")
    assert cased.startswith("France protests over Canada's fishing")
    assert len(cased) == len("FRANCE PROTESTS OVER CANADA'S FISHING RULES")


def test_a_word_of_a_longer_name_is_a_name_only_inside_it():
    """Session 16: "Ban" (of Ban Ki-moon), "Trade" (of a trade ministry), "Envoy" (of a person's role note)
    kept their capitals in any capitals headline and the parser read "U.S. Trade Envoy" as one name."""
    from newsevents.headline_case import sentence_case

    assert sentence_case("JAPAN TO BAN IMPORTS OF U.S. BEEF") == "Japan to ban imports of U.S. beef"
    assert sentence_case("U.S. TRADE ENVOY TO VISIT JAPAN") == "U.S. trade envoy to visit Japan"
    assert sentence_case("BAN KI-MOON TO VISIT NEW ZEALAND") == "Ban Ki-moon to visit New Zealand"
    assert sentence_case("THATCHER BACKS REAGAN ON ARMS") == "Thatcher backs Reagan on arms"  # surnames alone


# Written for this test: headlines whose present-tense verb the small model reads as a noun.
NOUN_READ_HEADLINES = [
    ("Jordan and Iraq seal trade deal", ("JOR", "IRQ", "057")),
    ("Morocco and Spain seal fishing deal", ("ESP", "MAR", "057")),
    ("CANADA, MEXICAN OPEN TALKS ON TRUCKING", ("CAN", "MEX", "046")),
    ("DANISH PRIME MINISTER AND GOVERNMENT RESIGN", ("DNK", "---", "0831")),
    ("PERU AND BOLIVIA VETO TARIFFS AGAINST CHILE", ("BOL", "CHL", "129")),
]


@pytest.mark.parametrize(("headline", "dyad"), NOUN_READ_HEADLINES)
def test_a_headline_verb_read_as_a_noun_is_read_again_in_the_past(headline, dyad):
    found = [(e["source"][:3], e["target"][:3], e["code"]) for e in events_of(headline)]
    assert dyad in found
    assert all(e["sentence"] == headline and e["trigger"] in headline.split() for e in events_of(headline))


@pytest.mark.parametrize("headline", ["Iraq and Afghanistan in WTO talks",  # a noun after a preposition
                                      "SPANISH PORT STRIKE BY 60 PCT OF WORKERS",  # would read as a passive
                                      "TOSHIBA CORP YEAR ENDED MARCH 31"])  # a month
def test_a_headline_noun_stays_a_noun(headline):
    from newsevents.headline_case import sentence_case, verbal_headline
    from newsevents.parse import load_model

    nlp = load_model()
    spacy_doc = nlp(sentence_case(headline))
    before = [(t.pos_, t.dep_, t.head.i) for t in spacy_doc]
    verbal_headline(nlp, spacy_doc)
    assert [(t.pos_, t.dep_, t.head.i) for t in spacy_doc] == before


@pytest.mark.parametrize(("headline", "not_found"), [
    ("MAYOR SAYS HE IS READY TO TALK TO UNIONS", "IMG"),  # "IS" the verb, not Islamic State
    ("FORD MARCH CAR SALES RISE 4.1 PCT", "CAF"),  # "CAR" the word, not the Central African Republic
])
def test_a_capitals_headline_reads_acronyms_that_are_common_words_as_words(headline, not_found):
    actors = newsevents.code(headline + "\n\nThe move surprised traders.", date="1987-03-10")["actors"]
    assert not any((a["code"] or "").startswith(not_found) for a in actors)


def test_a_capitals_headline_keeps_only_names_capitalised_and_tickers_as_written():
    assert sentence_case("NORWAY SAYS IT CAN HELP SWEDEN ON TARIFFS") == "Norway says it can help Sweden on tariffs"
    assert sentence_case("BELGIAN <BEL> SELLS UNIT TO FRENCH GROUP").startswith("Belgian <BEL> sells")


@pytest.mark.parametrize(("headline", "dyad"), [
    ("Erdogan scolds Greece and thanks Qatar", ("TUR", "QAT", "051")),  # "thanks" read as a noun after "and"
    ("Obama meets Merkel and thanks Germany", ("USA", "DEU", "051")),
])
def test_a_headline_second_verb_read_as_a_noun_is_read_again_in_the_past(headline, dyad):
    found = [(e["source"][:3], e["target"][:3], e["code"]) for e in events_of(headline)]
    assert dyad in found


def test_a_headline_nouns_coordinated_under_the_verbs_object_stay_nouns():
    found = [(e["trigger"], e["code"][:2]) for e in events_of("EU imposes tariffs and sanctions on Russia")]
    assert ("imposes", "16") in found and not any(t == "sanctions" for t, _ in found)

