"""Session 15 (issue #11's actors): what the story's home country gives the actors of no written
country. Strings written for these tests, not taken from any gold set."""

from __future__ import annotations

from conftest import mention_codes
from newsevents.actors import resolve_actors
from newsevents.model import Article, Document, Paragraph
from newsevents.parse import parse


def coded(text: str, lexicon, date: str = "2010-05-04", dateline: str | None = None) -> dict[str, str | None]:
    return mention_codes(text, lexicon, date, dateline)


def test_a_titled_person_of_no_country_is_of_the_storys_country(lexicon):
    text = ("Kenya's parliament met on Monday. Kenyan lawmakers argued over the budget for Kenya. "
            "Mayor Wanjiru Odhiambo said she would take the plan to court. Odhiambo called it unfair.")
    found = coded(text, lexicon)
    assert found["Mayor Wanjiru Odhiambo"] == "KENGOV"
    assert found["Odhiambo"] == "KENGOV"  # the surname that refers to her


def test_the_dateline_names_the_home_country(lexicon):
    found = coded("Judge Tomas Berglund ordered a new hearing for the two men.", lexicon, dateline="STOCKHOLM")
    assert found["Judge Tomas Berglund"] == "SWEJUD"


def test_no_home_country_no_guess(lexicon):
    # two countries named once each: the story has no home country, the judge keeps no country
    found = coded("Judge Tomas Berglund heard France and Spain argue.", lexicon)
    assert found["Judge Tomas Berglund"] == "---JUD"


def test_a_title_of_a_firm_or_paper_is_not_placed(lexicon):
    text = "Kenya's parliament met. Kenyan lawmakers argued. Chief executive Paul Mwangi said sales fell."
    found = coded(text, lexicon)
    assert next(code for t, code in found.items() if "Mwangi" in t) == "---BUS"


def test_the_ruling_party_and_the_opposition_are_the_home_countrys(lexicon):
    text = ("Kenya's parliament met in Nairobi. Kenyan lawmakers argued. "
            "The ruling party and the opposition clashed, and the parties later agreed.")
    found = coded(text, lexicon)
    assert found["ruling party"] == "KENGOV"
    assert found["opposition"] == "KENOPP"
    assert found["parties"] == "---OPP"  # the parties to a dispute are no one country's


def story(paragraphs: list[str], lexicon, date: str = "2016-02-01") -> dict[str, str | None]:
    """Coded mentions of a story of several paragraphs."""
    text = "\n\n".join(paragraphs)
    starts = [sum(len(p) + 2 for p in paragraphs[:i]) for i in range(len(paragraphs))]
    article = Article(headline=None, standfirst=None, body=text, text=text,
                      paragraphs=tuple(Paragraph(s, p, "body") for s, p in zip(starts, paragraphs, strict=True)))
    doc = parse(Document(id="story", raw=text, format="record", date=date, article=article))
    return {m.text: m.code for m in resolve_actors(doc, lexicon=lexicon).mentions}


def test_a_party_name_several_countries_share_is_the_home_countrys(lexicon):
    found = story(["Voters in Iowa and Ohio went to the polls across the United States on Monday.",
                   "Washington was quiet as the count began in the United States.",
                   "Republican Zeke Hollander said the result was a surprise."], lexicon)
    assert found["Republican Zeke Hollander"] == "USAPTY"
    found = story(["Ministers met in London and Britain's cabinet agreed a plan for Britain.",
                   "Conservative Ada Pennock called the plan rushed."], lexicon)
    assert found["Conservative Ada Pennock"] == "GBRPTY"


def test_a_shared_party_adjective_that_qualifies_a_thing_names_no_one(lexicon):
    # session 16: "the Republican race", "the Democratic primaries" were USAPTY actors of events
    home = ["Voters in Iowa and Ohio went to the polls across the United States on Monday.",
            "Washington was quiet as the count began in the United States."]
    found = story(home + ["Senator Mae Corliss mocked the fractious Republican race and the Democratic primaries."],
                  lexicon)
    assert not any(text in ("Republican", "Democratic") for text in found)
    found = story(home + ["Republicans jeered, and Republican candidates attacked Democratic lawmakers."], lexicon)
    assert found["Republicans"] == "USAPTY"
    assert found["Republican candidates"] == "USAPTY"
    assert found["Democratic lawmakers"] == "USALEG"


def test_a_shared_party_name_of_another_country_than_home_stays_no_ones(lexicon):
    found = story(["Ministers met in Paris and France's cabinet agreed a plan for France.",
                   "Conservative Ada Pennock called the plan rushed."], lexicon)
    assert found.get("Conservative Ada Pennock") is None


def test_a_name_with_an_office_of_no_country_in_apposition_is_placed(lexicon):
    text = "Kenya's parliament met in Nairobi. Kenyan lawmakers argued. Peter Kamau, a senior official, said so."
    assert coded(text, lexicon)["Peter Kamau"] == "KENGOV"
    # an office "of" another body is that body's, not the home country's
    text = "Kenya's parliament met in Nairobi. Kenyan lawmakers argued. Ann Njeri, the president of the club, spoke."
    assert coded(text, lexicon).get("Ann Njeri") is None


def test_a_ministry_named_without_its_country_is_the_home_countrys(lexicon):
    found = coded("The foreign ministry summoned the ambassador of Chile on Tuesday.", lexicon, dateline="LIMA")
    assert found["foreign ministry"] == "PERGOV"
    assert "CHLGOV" in found.values()  # the ambassador of Chile keeps the country written


def test_a_legislature_named_by_its_role_word_is_the_home_countrys(lexicon):
    text = ("Kenya's cabinet met in Nairobi. Kenyan ministers argued. Yet Parliament rejected the bill, "
            "and the Senate agreed. Lawmakers said little.")
    found = coded(text, lexicon)
    assert found["Parliament"] == "KENLEG" and found["Senate"] == "KENLEG"
    assert found["Lawmakers"] == "---LEG"  # a capital at a sentence's start names no body


def test_a_department_named_with_a_capital_is_the_home_countrys(lexicon):
    # session 16: "the Commerce Department said" in a story datelined WASHINGTON was no one's (session 18 made the
    # US departments seats of their own, so a department no dictionary names stands in for it here)
    found = coded("Catches fell 0.4 pct in May, the Fisheries Department said.", lexicon, dateline="WASHINGTON")
    assert found["Department"] == "USAGOV"
    found = coded("Ada Brandt, head of the physics department at Ferncliff College, said so.", lexicon,
                  dateline="WASHINGTON")
    assert found["department"] == "---GOV"  # a college's department in lower case is no government's
    assert coded("Department stores sold less.", lexicon, dateline="WASHINGTON")["Department"] == "---GOV"


def test_a_one_word_party_of_a_country_named_nowhere_else_is_a_word_abroad(lexicon):
    # session 18: "Conservatives" in a US story was Britain's party
    text = ("Conservatives on Capitol Hill faulted the Pentagon budget. The US Senate will vote on it. "
            "Washington officials expect a close vote.")
    assert coded(text, lexicon)["Conservatives"] is None
    text = "Conservatives attacked the British prime minister over schools. Britain votes in May."
    assert coded(text, lexicon)["Conservatives"] == "GBRPTY"  # the party's country named: the party


def test_a_titled_person_named_as_serving_a_body_of_a_country_is_of_that_country(lexicon):
    # the story names Sweden more than Norway, but the judge is named as serving Norway's court
    text = ("Sweden's ministers met in Stockholm. Swedish firms protested. "
            "Judge Tomas Berglund of the Norwegian Supreme Court ordered a new hearing. He set a date.")
    found = coded(text, lexicon)
    assert found["Judge Tomas Berglund"] == "NORJUD"
    assert found["He"] == "NORJUD"  # the pronoun that refers to him


def test_a_titled_person_serving_a_body_is_placed_without_a_home_country(lexicon):
    found = coded("Judge Tomas Berglund of the Norwegian Supreme Court heard France and Spain argue.", lexicon)
    assert found["Judge Tomas Berglund"] == "NORJUD"


def test_a_title_of_a_named_office_joins_the_name_it_precedes(lexicon):
    # session 21: "of" and the office's capitalised words no dictionary knows do not part title and name, so the
    # official is titled (placed at home) and the surname later is they
    text = ("Canada's cabinet met on Monday. Canadian officials weighed the tariffs for Canada. "
            "Deputy Minister of Fisheries Paul Tremblant replied that talks would go on. "
            "Tremblant has led the talks since May.")
    found = coded(text, lexicon)
    assert found["Deputy Minister of Fisheries Paul Tremblant"] == "CANGOV"
    assert found["Tremblant"] == "CANGOV"


def test_a_lower_case_head_of_an_office_stays_apart(lexicon):
    found = coded("Canada's cabinet met. Canadian officials met. The head of Fisheries Paul Tremblant left.", lexicon)
    assert not any(text.startswith("head of") for text in found)


def test_a_place_glued_before_a_known_leader_is_where_he_was(lexicon):
    # session 21: no title and no "'s" between them: the place is not the leader's country
    found = coded("On a trip to Pakistan Erdogan repeated the charge.", lexicon, "2016-12-04")
    assert found["Erdogan"] == "TURGOV"
    assert found["Pakistan"] == "PAK"


def test_a_country_with_a_title_before_a_namesake_still_wins(lexicon):
    found = coded("Jordanian King Abdullah met the envoy.", lexicon, "2016-12-04")
    assert found["Jordanian King Abdullah"] == "JORGOV"


def test_an_embassy_is_not_of_the_town_it_is_in(lexicon):
    # session 21: the host's government has no embassy in its own capital
    found = coded("Chile said its embassy in Lima had closed. The Lima embassy will reopen.", lexicon)
    assert found["embassy"] == "---GOV"
    assert found["Lima embassy"] == "---GOV"


def test_an_embassy_named_with_its_states_word_keeps_it(lexicon):
    found = coded("The Chilean embassy in Lima closed. Santiago's embassy in Quito stayed open.", lexicon)
    assert found["Chilean embassy"] == "CHLGOV"
    assert found["Santiago's embassy"] == "CHLGOV"


def test_he_said_opening_a_paragraph_continues_the_subject_before_it(lexicon):
    # session 21 (actors/coref.py): the official named inside the last sentence before is not the speaker
    found = story(["Canadian Foreign Minister Bob Rae backed the sanctions on Monday.",
                   "Rae was asked about statements from a senior Indian official who said Canada was now involved "
                   "in a plot.",
                   "\"It would be quite wrong for India to respond in that way,\" he said."], lexicon, "2012-10-20")
    assert found["he"] == "CANGOV"


def test_he_inside_a_quote_opening_a_paragraph_is_not_the_subject_before(lexicon):
    found = story(["Canadian Foreign Minister Bob Rae praised Narendra Modi on Monday.",
                   "\"There is no doubt that he is a very able man,\" the minister said."], lexicon, "2015-10-20")
    assert found.get("he") != "CANGOV"
