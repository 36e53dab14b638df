"""Events: constructions, modality, intent codes, dates, evidence — on sentences we wrote."""

from __future__ import annotations

import shutil

import pytest

import newsevents
from conftest import FAMILY, coded_events, event_reader
from newsevents.events.evaluate import read_gold, score_events
from newsevents.events.ontology import describe, load_ontology
from newsevents.events.patterns import load_rules
from newsevents.events.timing import resolve_expression
from newsevents.resources import DataError, data_path

events_of = coded_events
dyads = event_reader(fields=FAMILY)


@pytest.mark.parametrize("sentence, expected", [
    ("Germany invaded Poland.", ("DEU", "POL", "19")),  # subject and object
    ("Poland was invaded by Germany.", ("DEU", "POL", "19")),  # passive with by-phrase
    ("Egypt called on Israel to halt the raids.", ("EGY", "ISR", "02")),  # verb + preposition frame
    ("Japan held talks with South Korea on Monday.", ("JPN", "KOR", "04")),  # light verb + object + prep
    ("Turkey condemned the attack by Syria.", ("TUR", "SYR", "11")),  # target inside the object
    ("Britain imposed sanctions on Iran.", ("GBR", "IRN", "16")),
    ("Mr Smith, a senior Iranian official, condemned Israel on Monday.", ("IRN", "ISR", "11")),  # apposition
])


def test_events_constructions(sentence, expected):
    assert expected in dyads(sentence)


def test_events_compound_targets_give_one_event_per_dyad():
    found = dyads("Russia may become a mediator between the United States and North Korea if both want it.")
    assert {("RUS", "USA", "03"), ("RUS", "PRK", "03")} <= found


def test_events_compound_source_of_a_reciprocal_act():
    found = dyads("France and Germany signed an agreement on Tuesday.")
    assert {("FRA", "DEU", "05"), ("DEU", "FRA", "05")} <= found


@pytest.mark.parametrize("sentence, modality", [
    ("Kenya attacked Somalia.", "asserted"),
    ("Kenya did not attack Somalia.", "negated"),
    ("Kenya will attack Somalia if the raids continue.", "conditional"),
    ("Canada plans to send aid to Haiti.", "intended"),
    ("Canada might send aid to Haiti.", "hypothetical"),
    ("None of the French officials who attended the meeting criticised Germany.", "negated"),  # modality.NO_ONE
])


def test_events_modality(sentence, modality):
    assert modality in {e["modality"] for e in events_of(sentence)}


def test_events_some_of_them_did_it():
    assert {e["modality"] for e in events_of("Some of the French officials criticised Germany.")} == {"asserted"}


@pytest.mark.parametrize("sentence", [
    "The World Trade Organisation is to hold membership talks with Iraq.",
    "The Indonesian president is to visit Australia next month.",
])
def test_events_is_to_act_is_a_future_arranged(sentence):
    assert {e["modality"] for e in events_of(sentence)} == {"intended"}


@pytest.mark.parametrize("sentence", [
    "Baker said U.S. policy is to oppose the World Bank loans to Hungary.",
    "Mr Yushchenko said it was important to maintain ties with Russia.",
])
def test_events_what_a_policy_is_or_what_is_important_is_not_a_future(sentence):
    assert "intended" not in {e["modality"] for e in events_of(sentence)}


def test_events_intended_cooperation_is_an_intent_code():
    codes = {e["code"] for e in events_of("Washington was ready to talk with North Korea.")}
    assert "036" in codes
    # negotiation intended is intent to negotiate (036), not to mediate (039): CAMEO's 046 is negotiation itself
    codes = {e["code"] for e in events_of("Brazil said it was ready to negotiate with Argentina.")}
    assert codes == {"036"}


def test_events_refusal_is_a_rejection_not_a_negated_act():
    found = events_of("Pakistan refused to send troops to Iraq.")
    assert any(e["code"].startswith("12") and e["modality"] == "asserted" for e in found)


def test_events_a_negated_rejection_or_breach_did_not_happen():
    found = events_of("Egypt accused Ethiopia of breaking the deal. Ethiopia said it did not breach any agreement "
                      "with Egypt and did not reject Sudan's offer.")
    assert not any(e["code"].startswith("12") and e["modality"] != "negated" for e in found)


def test_events_criticism_in_the_passive_names_no_critic():
    # the authorities of a passive arrest are placed where it happens; critics are nobody's
    found = events_of("President Ruto has been criticized for using the term to describe his achievements in "
                      "Uganda and Somalia.")
    assert not any(e["source"].startswith(("UGA", "SOM")) for e in found)


def test_events_a_cancelled_trip_did_not_happen():
    found = events_of("The Belgian finance minister cancelled a trip to Ghana.")
    assert not any(e["code"].startswith("04") and e["modality"] != "negated" for e in found)


def test_events_a_refusal_or_failure_noun_over_an_act_is_never_the_act():
    # "Iran's refusal to sign": a rejection (refusal_verbs.tsv); "failure to sign": negated (cues.tsv)
    found = events_of("Iran's refusal to sign the treaty with France angered Britain.")
    assert {(e["source"][:3], e["target"][:3], e["code"]) for e in found if e["source"].startswith("IRN")} \
        == {("IRN", "FRA", "120")}
    found = events_of("Iran's failure to sign the treaty with France angered Britain.")
    assert all(e["modality"] == "negated" for e in found if e["code"] == "057")


def test_events_blocking_an_act_is_refusing_it_not_doing_it():
    found = events_of("Hungary blocked a 50 billion euro EU aid package for Ukraine.")
    assert {e["code"][:2] for e in found if e["source"].startswith("HUN")} == {"12"}
    found = events_of("Russia vetoed new Western aid for the Syrian opposition.")
    assert not any(e["source"].startswith("RUS") and e["code"].startswith("07") for e in found)


def test_events_ultimatum_is_a_threat():
    found = events_of("Nigeria will withdraw its troops from Chad unless Chad holds elections.")
    assert any(e["code"].startswith("13") for e in found)


def test_events_reported_obligation_is_a_demand():
    assert ("GBR", "LBY", "10") in dyads("Britain said Libya must hand over the suspects.")


def test_events_pronoun_of_a_reporting_clause():
    assert ("SYR", "LBN", "03") in dyads("Syria says it is willing to withdraw its troops from Lebanon.")


def test_events_discarded_idiom_is_not_an_event():
    assert not events_of("The Russian president suffered a heart attack in Moscow.")


def test_events_every_event_points_back_to_its_sentence():
    record = newsevents.code("Talks\n\nChina criticized Japan on Monday. It was cold.", date="2021-03-10")
    for event in record["events"]:
        assert record["text"][event["start"]:event["end"]] == event["sentence"]
        assert event["trigger"] in event["sentence"]


def test_events_restatement_is_one_event():
    text = "Iran threatens Iraq\n\nIran threatened Iraq on Monday.\n\nIran threatened Iraq, officials said."
    found = coded_events(text, "2021-03-10", title=None)
    assert len([e for e in found if e["source"][:3] == "IRN" and e["target"][:3] == "IRQ"]) == 1


def test_events_record_carries_ontology_fields():
    event = events_of("Germany invaded Poland.")[0]
    info = describe(event["code"])
    assert event["name"] == info.name and event["quad_class"] == 4 and event["plover"] == "ASSAULT"


@pytest.mark.parametrize("expression, day, precision", [
    ("on Tuesday", "2021-03-09", "day"),
    ("yesterday", "2021-03-09", "day"),
    ("last week", "2021-03-03", "week"),
    ("earlier in December", "2020-12-01", "month"),
    ("on 12 June", "2020-06-12", "day"),
    ("last year", "2020-01-01", "year"),
])


def test_events_dates_resolve_against_the_document_date(expression, day, precision):
    import datetime as dt

    resolved = resolve_expression(expression, dt.date(2021, 3, 10))
    assert resolved is not None and (resolved[0].isoformat(), resolved[1]) == (day, precision)


def test_events_dates_29_february_stays_in_the_leap_year():
    import datetime as dt

    resolved = resolve_expression("on February 29", dt.date(2016, 2, 19))  # last year has no 29 February
    assert resolved is not None and resolved[0].isoformat() == "2016-02-29"


def test_events_date_comes_from_the_sentence():
    found = events_of("Germany invaded Poland on Tuesday.", date="2021-03-10")
    assert found[0]["date"] == "2021-03-09" and found[0]["date_precision"] == "day"


def test_ontology_covers_all_roots():
    table = load_ontology()
    assert all(f"{root:02d}" in table for root in range(1, 21))
    assert len([c for c in table if len(c) >= 3]) >= 250


def test_patterns_cover_all_roots_and_150_leaf_codes():
    rules = load_rules()
    codes = {p.code for patterns in rules.patterns.values() for p in patterns}
    assert {c[:2] for c in codes} >= {f"{root:02d}" for root in range(1, 21)}
    assert len({c for c in codes if len(c) >= 3}) >= 150


@pytest.mark.parametrize("bad_row, message", [
    ("999\tV\tzorbify\t-\t-\t-\tnote\n", "unknown CAMEO code"),
    ("190\tV\tzorbify\t-\t-\t-\tfirst\n190\tV\tzorbify\t-\t-\t-\tagain\n", "duplicate pattern"),
    ("071\tV\tzorbify\t-\t@nosuchclass\tto\tnote\n", "unknown object class"),
])


def test_patterns_validator_refuses_bad_rows(tmp_path, bad_row, message):
    folder = tmp_path / "events"
    shutil.copytree(data_path("events"), folder)
    with open(folder / "patterns.tsv", "a", encoding="utf-8") as handle:
        handle.write(bad_row)
    with pytest.raises(DataError, match=message):
        load_rules(folder)


def test_an_object_class_stands_for_each_of_its_words_and_a_written_row_wins(tmp_path):
    folder = tmp_path / "events"
    shutil.copytree(data_path("events"), folder)
    with open(folder / "patterns.tsv", "a", encoding="utf-8") as handle:
        handle.write("071\tV\tzorbify\t-\t@money\tto\tclass row\n0331\tV\tzorbify\t-\tyen\tto\twritten out\n")
    rows = {p.object: p for p in load_rules(folder).patterns[("V", "zorbify")]}
    assert rows["euro"].code == "071" and rows["euro"].object_class == "money"
    assert rows["yen"].code == "0331" and rows["yen"].object_class == ""


def test_evaluate_scores_like_the_referee():
    gold = [{"id": "a", "text": "x", "expected": [{"source": "DEU", "target": "POL", "code": "192"}]}]
    records = {"a": {"events": [{"source": "DEUMIL", "target": "POL", "code": "190", "root": "19"},
                                {"source": "DEU", "target": "FRA", "code": "190", "root": "19",
                                 "modality": "negated"}]}}
    score = score_events(gold, records)
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_events_petrarch2_cases(tmp_path):
    from conftest import shared_path

    gold = read_gold(shared_path("gold", "events", "petr2_pytest_events.jsonl"))
    records = {r["id"]: r for r in newsevents.code_many(
        [{"id": g["id"], "text": g["text"], "date": g["date"]} for g in gold])}
    assert score_events(gold, records).f1 == 1.0


def test_events_plover_dev_floor():
    from conftest import shared_path

    gold = read_gold(shared_path("gold", "events", "plover_gsr_dev.jsonl"))
    records = {r["id"]: r for r in newsevents.code_many([{"id": g["id"], "text": g["text"]} for g in gold])}
    assert score_events(gold, records).f1 >= 0.75  # the issue target; measured 0.799 here (the referee: 0.815)


@pytest.mark.parametrize("sentence", [
    "The British prime minister was speaking in London on Monday.",  # a consultation needs a counterpart
    "The French president attacked the plans of the commission.",  # words, not force
    "The Russian report on the attack will be released on Monday, the Kremlin said.",  # passive, no agent
    "The German chancellor called the proposal a fantasy.",  # not an appeal
])


def test_events_non_events_on_real_news(sentence):
    assert not [e for e in events_of(sentence) if e["code"][:2] in ("02", "04", "18", "19", "08", "03")]


def test_events_a_coordinated_act_is_not_refused():
    found = events_of("Pakistan refused to send troops to Iraq and urged Iran to talk with Iraq.")
    assert not any(e["code"].startswith("12") and e["trigger"] == "urged" for e in found)


def test_events_verb_with_unlisted_object_means_its_root():
    assert ("USA", "MKD", "07") in dyads("The United States is providing aerial photographs to Macedonia.")


def test_events_statement_verbs_have_no_root_default():
    # the rules' events only: the learned fallback (events/fallback.py, trigger "model:...") may read this gap
    assert not [e for e in events_of("The British chancellor unveiled proposals for a Kenyan aid package.")
                if not e["trigger"].startswith("model:")]


def test_events_what_is_established_is_made_no_party():
    # frames.OBJECT_SENSES: "establish" has ties and relations rows only; its object is no target
    assert not events_of("China responded by establishing the Asian Infrastructure Investment Bank.")


def test_events_an_offer_to_help_someone_else_act_stays_an_offer():
    found = dyads("Syria offered its troops to Lebanon's president to help him oust the rebels.")
    assert ("SYR", "LBN", "03") in found


def test_events_title_only_actor_takes_the_story_country():
    text = ("Kenya row\n\nKenya recalled its envoy from Somalia on Monday.\n\n"
            "Kenyan officials said the dispute would go to court.\n\nThe president condemned Somalia's decision.")
    found = coded_events(text, "2021-03-10", title=None)
    assert any(e["trigger"] == "condemned" and e["source"].startswith("KEN") for e in found)


def test_events_nominal_demand_takes_the_that_clause_subject():
    found = dyads("The International Labour Organization reiterated its demand that Israel ease the restrictions.")
    assert ("IGO", "ISR", "10") in found


@pytest.mark.parametrize("sentence", [
    "Sales standing at 6.2 mln bags were reported in Brazil.",  # "stand by X" needs its "by"
])


def test_events_words_without_their_political_frame_are_no_event(sentence):
    assert events_of(sentence) == []


def test_leaving_a_capital_is_no_leaving_of_an_alliance():
    # one "leave the alliance" pattern is no root default; leaving *for* China is a visit (twenty-ninth session, E)
    assert {e["code"] for e in events_of("Shultz left Washington for China on Monday.")} <= {"042"}


def test_events_refusing_to_reject_is_no_rejection():
    found = events_of("The Japanese government refused to rule out new sanctions.")
    assert all(e["modality"] == "negated" for e in found if e["code"].startswith("12"))


def test_events_a_title_only_actor_is_of_the_story_country_before_the_sentences_first_state():
    text = ("Britain's cabinet met on Monday. The British prime minister spoke in London.\n\n"
            "The cardinal criticised Iraq over the cost of the war.")
    found = {(e["source"][:3], e["target"][:3]) for e in newsevents.code(text, title="")["events"]}
    assert ("IRQ", "IRQ") not in found


def test_events_a_negated_reluctance_is_an_intention():
    found = events_of("Israel said it would not hesitate to use force against Hezbollah.")
    assert [(e["code"], e["modality"]) for e in found] == [("138", "intended")]
    assert [e["modality"] for e in events_of("Israel did not use force against Hezbollah.")] == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Venezuela ordered the closure of the Colombian border.", ("VEN", "COL", "19")),
    ("Kenya announced a decision to suspend aid to Somalia.", ("KEN", "SOM", "16")),
    ("Ghana announced the expulsion of Nigerian traders.", ("GHA", "NGA", "17")),
    ("The decision by Latvia to expel two Russian diplomats was announced on Monday.", ("LVA", "RUS", "16")),
])


def test_events_acts_reported_as_nouns_after_decision_verbs(sentence, expected):
    assert expected in dyads(sentence)


def test_events_plans_to_act_are_intended():
    [event] = events_of("Russia unveiled plans to expel British diplomats.")
    assert event["modality"] == "intended" and event["target"].startswith("GBR")


def test_events_a_coordinated_act_with_its_own_party_is_a_second_act():
    found = dyads("The UN welcomed the truce between Israel and Egypt and urged Syria to stop the fighting.")
    assert ("IGO", "SYR", "02") in found and ("IGO", "SYR", "05") not in found  # each act its own party


def test_events_coordinated_verb_after_a_passive_has_the_passive_subject():
    found = events_of("Peru's prime minister was indicted by a Chilean court and will meet Bolivia's president.")
    assert not any(e["source"].startswith("CHL") and e["trigger"] == "meet" for e in found)


def test_events_subject_with_a_relative_clause_the_parser_made_the_root():
    found = dyads("The European Union, which gets gas from Russia, called on Ukraine to restore supplies.")
    assert ("IGO", "UKR", "02") in found


def test_events_states_agreeing_together_act_on_each_other_not_on_the_broker():
    found = dyads("Israel and Hamas agreed an Egyptian-brokered ceasefire.")
    assert ("ISR", "PSE", "08") in found and not any(t == "EGY" for _, t, _ in found)  # a truce: 0871


def test_events_a_weapon_fired_from_a_place_stands_for_that_place():
    found = dyads("Twelve people in Israel have been killed by rockets fired from Gaza.")
    assert ("PSE", "ISR", "18") in found


def test_events_relative_clause_object_gap_is_the_head_noun():
    found = dyads("The sanctions the Security Council imposed on Eritrea in 2009 might soon be lifted.")
    assert ("IGO", "ERI", "16") in found


def test_events_object_control_the_object_does_the_infinitive():
    found = dyads("Ethiopia began filling the dam, prompting Egypt to demand an urgent explanation from Ethiopia.")
    assert ("EGY", "ETH", "10") in found and ("ETH", "ETH", "10") not in found


def test_events_sending_troops_into_a_country_is_force_not_aid():
    assert ("RUS", "GEO", "19") in dyads("Russia sent tanks and troops into Georgia's breakaway region on Friday.")


def test_events_a_headlines_comma_list_is_every_subject():
    found = {(e["source"][:3], e["target"][:3], e["code"][:2])
             for e in newsevents.code("Egypt, Jordan condemn Israeli strikes on Gaza\n\nThe strikes began on Monday.",
                                      date="2023-10-10")["events"]}
    assert {("EGY", "ISR", "11"), ("JOR", "ISR", "11")} <= found


def test_events_a_reporters_second_verb_hung_on_the_reported_clause_is_the_reporters_act():
    dyads = event_reader("2020-08-20", fields=FAMILY, title=None)
    assert ("KEN", "SOM", "02") in dyads("Talks\n\nKenya said the talks were useful and urged Somalia to return.")
    assert ("DEU", "BLR", "11") in dyads("Vote\n\nThe German foreign minister said the election was flawed and "
                                         "criticised Belarus.")


@pytest.mark.parametrize("sentence, stance", [
    ("Georgian forces launched an offensive to retake the pro-Moscow province.", "RUS"),
    ("Police dispersed an anti-American rally in Karachi.", "USA"),
])


def test_a_pro_or_anti_name_is_a_stance_not_the_actor(sentence, stance):
    events = coded_events(sentence, "2021-03-10")
    assert not any((e["target"] or "").startswith(stance) for e in events)


@pytest.mark.parametrize("sentence, givers, recipient", [
    ("Britain and Australia offered wheat to Bangladesh on Monday.", {"GBR", "AUS"}, "BGD"),
    ("Japan and China pledged rice to North Korea.", {"JPN", "CHN"}, "PRK"),
])
def test_a_thing_given_to_a_named_party_makes_it_the_recipient(sentence, givers, recipient):
    """Not the givers acting on each other, as with "Britain and Australia held talks"."""
    events = coded_events(sentence, "2021-03-10")
    pairs = {(e["source"][:3], (e["target"] or "---")[:3]) for e in events}
    assert pairs == {(giver, recipient) for giver in givers}


def test_events_an_act_its_doer_denies_is_a_denial_aimed_at_the_accuser():
    found = dyads("Congo accused Rwanda of backing the M23.\n\nRwanda denies backing the rebels.")
    assert ("RWA", "COD", "01") in found
    found = events_of("Iran denied supplying drones to Russia.")
    assert {(e["code"], e["modality"]) for e in found} == {("016", "asserted"), ("072", "negated")}


def test_events_a_meeting_held_at_a_states_request_is_its_appeal():
    assert ("COD", "IGO", "02") in dyads("The U.N. Security Council held an emergency meeting at Congo's request.")
    assert ("TUR", "IGO", "02") in dyads("NATO convened talks at the request of Turkey.")


@pytest.mark.parametrize("sentence, expected", [
    ("Washington sold India 31 MQ-9B drones this year.", ("USA", "IND", "07")),
    ("Iran gave Russia hundreds of drones.", ("IRN", "RUS", "07")),
    ("Germany sent Ukraine Leopard tanks.", ("DEU", "UKR", "07")),
])
def test_events_the_recipient_of_a_double_object_verb_is_the_target(sentence, expected):
    assert expected in dyads(sentence)


def test_events_selling_a_company_or_moving_money_is_no_aid():
    assert not dyads("BMW sold Rover to a British consortium for 10 pounds.")


def test_events_a_participle_with_its_doer_in_a_by_phrase_is_not_the_nouns_act():
    found = {(source[:3], target[:3]) for source, target, _ in dyads("Assad, aided by the Russians, held on.")}
    assert ("SYR", "RUS") not in found


@pytest.mark.parametrize("sentence", [
    "Britain sent 120 Gurkhas to Indonesia.",
    "France deployed a battalion of paratroopers to Mali.",
])
def test_events_units_and_kinds_of_soldier_sent_are_troops(sentence):
    found = dyads(sentence)
    assert any(root == "15" and target in ("IDN", "MLI") for _, target, root in found)


def test_events_a_denied_report_is_a_denial_not_the_act_denied():
    """"denied reports that it intended to ...": the denial stays (016, no recipient needed)."""
    found = events_of("Chad denied reports that it intended to attack Sudan.")
    assert [(e["source"][:3], e["code"]) for e in found if e["modality"] != "negated"] == [("TCD", "016")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Dutch minister told reporters after a meeting with Indonesian officials that aid would continue.",
     ("NLD", "IDN", "04")),
    ("At a news conference following talks with the Kenyan president, the Ugandan leader said the border "
     "would stay open.",
     ("UGA", "KEN", "04")),
])
def test_events_talks_the_speaker_came_from_are_the_speakers(sentence, expected):
    assert expected in dyads(sentence)


def test_events_an_attack_before_which_someone_spoke_is_not_theirs():
    assert not any(code == "19" for _, _, code in dyads("After the attack on Kenyan troops, Uganda called for calm."))


def test_events_attending_a_wedding_or_a_debate_is_no_meeting():
    found = events_of("The Iranian foreign minister attended the Turkish president's wedding in Istanbul.")
    assert not any(e["code"].startswith("04") for e in found)
    found = events_of("The Iranian foreign minister attended talks with the Turkish president in Istanbul.")
    assert any(e["code"].startswith("04") for e in found)


def test_another_word_in_another_sentence_is_another_act():
    text = ("Kenya criticised Uganda over the border closure on Monday. "
            "On Wednesday Kenyan President Uhuru Kenyatta condemned Uganda again for arresting traders.")
    codes = [(e["source"][:3], e["target"][:3], e["code"][:2]) for e in newsevents.code(text, title="")["events"]]
    assert codes.count(("KEN", "UGA", "11")) == 2


def test_the_same_act_told_again_is_one_event():
    text = "Kenya criticised Uganda over the border closure. Kenya criticised Uganda again on Friday."
    codes = [(e["source"][:3], e["target"][:3], e["code"][:2]) for e in newsevents.code(text, title="")["events"]]
    assert codes.count(("KEN", "UGA", "11")) == 1
