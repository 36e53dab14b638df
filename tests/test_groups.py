"""Groups named by number ("the four countries", "the two leaders") stand for the states the
story listed before (events/groups.py)."""

from __future__ import annotations

from conftest import FAMILY, coded_events, event_reader

dyads = event_reader("2017-06-05", fields=FAMILY, title=None)


def test_groups_a_numbered_group_is_the_last_list_of_that_many_states():
    found = dyads("Rift\n\nSaudi Arabia, the United Arab Emirates, Egypt and Bahrain cut ties with Qatar. "
                  "The four countries accused Qatar of supporting terrorism.")
    assert {("SAU", "QAT", "11"), ("ARE", "QAT", "11"), ("EGY", "QAT", "11"), ("BHR", "QAT", "11")} <= found


def test_groups_two_leaders_acting_together_act_on_each_other():
    found = dyads("Summit\n\nEthiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met in Asmara. "
                  "The two leaders agreed to increase pressure on Somalia.")
    assert {("ETH", "ERI", "03"), ("ERI", "ETH", "03")} <= found


def test_groups_a_number_with_no_list_of_that_size_is_no_one():
    found = dyads("Rift\n\nSaudi Arabia and Egypt cut ties with Qatar. The four countries accused Qatar of lying.")
    assert not any(code == "11" for _, _, code in found)


def test_groups_a_numbered_object_is_each_state_of_the_list():
    found = dyads("Dam\n\nEthiopia, Egypt and Sudan held talks in Kinshasa. "
                  "Later the United States urged the three countries to reach an agreement.")
    assert {("USA", "ETH", "02"), ("USA", "EGY", "02"), ("USA", "SDN", "02")} <= found


def test_groups_three_with_no_list_are_the_three_states_the_story_names_most():
    found = dyads("Dam\n\nEgypt accused Ethiopia of acting alone. Sudan accused Ethiopia of breaking its word. "
                  "Egypt and Sudan met in Cairo. Ethiopia rejected Egypt's demands.\n\n"
                  "The United States urged the three countries to reach an agreement.")
    assert {("USA", "ETH", "02"), ("USA", "EGY", "02"), ("USA", "SDN", "02")} <= found
    found = dyads("River\n\nLaos built a dam. Thailand criticised Laos. Cambodia criticised Laos. "
                  "Thailand met Cambodia.\n\nJapan called on the three nations to share the river.")
    assert {("JPN", "LAO", "02"), ("JPN", "THA", "02"), ("JPN", "KHM", "02")} <= found


def test_groups_three_are_not_guessed_when_a_fourth_state_is_named_as_often():
    found = dyads("Dam\n\nEgypt accused Ethiopia. Sudan accused Kenya. Egypt met Kenya. Sudan met Ethiopia.\n\n"
                  "The United States urged the three countries to reach an agreement.")
    assert len({target for source, target, _ in found if source == "USA"}) < 3


def test_groups_two_leaders_are_the_two_states_their_sentence_names():
    found = dyads("Talks\n\nRussia attacked Ukraine. Ukraine shelled Russia. Russia warned Ukraine.\n\n"
                  "Macron spoke with German Chancellor Olaf Scholz by telephone, and the two leaders agreed "
                  "to hold further talks.")
    assert {("FRA", "DEU", "03"), ("DEU", "FRA", "03")} <= found
    assert not any(target in ("RUS", "UKR") for source, target, _ in found if source in ("FRA", "DEU"))
    found = dyads("Trade\n\nErdogan met Putin in Sochi on Friday and the two leaders agreed to expand trade.")
    assert {("TUR", "RUS", "03"), ("RUS", "TUR", "03")} <= found
    found = dyads("Pacts\n\nCanada and Mexico signed a trade pact on Monday.\n\n"  # a list of two named before
                  "Macron spoke with Scholz by telephone, and the two leaders agreed to increase pressure on Iran.")
    assert ("FRA", "DEU", "03") in found and not any(s == "CAN" and c == "03" for s, _, c in found)


def test_groups_the_two_armies_are_the_storys_pair():
    story = ("India and China clashed again on the border. India blamed China for the clash.\n\n"
             "Since then the two armies have held more than 20 rounds of talks.")
    events = coded_events(story, "2021-01-10")
    assert {(e["source"][:3], e["target"][:3]) for e in events if e["code"].startswith("04")} == {("IND", "CHN"),
                                                                                              ("CHN", "IND")}


def test_groups_a_group_word_before_its_list_is_its_first_member_once():
    """"Two countries - Britain and France - agreed": the group word and Britain are one party, Britain does not
    agree with itself (twenty-sixth session, E4)."""
    found = dyads("Money\n\nTwo countries - Britain and France - agreed last month to stabilise currencies.")
    assert {("GBR", "FRA", "03"), ("FRA", "GBR", "03")} <= found
    assert ("GBR", "GBR", "03") not in found


def test_groups_two_countries_are_not_the_story_pair_when_their_paragraph_names_neither_pair():
    story = ("Row\n\nIran criticised Israel. Israel criticised Iran. Iran warned Israel.\n\n"
             "Ankara's biggest bank has business ties with Israel. The two countries strengthened ties in 2004.")
    assert not {("IRN", "ISR", "05"), ("ISR", "IRN", "05")} & dyads(story)
    story = ("Row\n\nIran criticised Israel. Israel criticised Iran. Iran warned Israel.\n\n"
             "Iran has trade with Israel. The two countries strengthened ties in 2004.")
    assert {("IRN", "ISR", "05"), ("ISR", "IRN", "05")} <= dyads(story)


def test_groups_two_ministers_are_the_last_two_people_named_not_a_list_of_states():
    found = dyads("Oil\n\nColombian energy minister Guillermo Perry said the pipeline was ready. "
                  "Ecuador will pay debts to Venezuela and Nigeria, Ecuadorean energy minister Javier Espinosa said."
                  "\n\nThe two ministers signed an agreement on joint exploration.")
    assert {("COL", "ECU", "05"), ("ECU", "COL", "05")} <= found
    assert not any(target in ("VEN", "NGA") for _, target, code in found if code == "05")
