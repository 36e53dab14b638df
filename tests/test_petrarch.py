"""Coding with a PETRARCH configuration (``code --dictionaries DIR``): a small fictional one we
wrote, and PETRARCH's own validation suite when ../shared is present."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, shared_path
from newsevents.cli import cli, register
from newsevents.events.petrarch import file_role, load_dictionaries
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record
from newsevents.resources import DataError

CONFIG = FIXTURES / "petrarch_config"


def coded(texts, folder=CONFIG, mode="petrarch", date="1933-06-01"):
    items = [{"id": f"r{i}", "title": "", "text": text, "date": date} for i, text in enumerate(texts)]
    options = Options(dictionaries=str(folder), dictionary_mode=mode)
    return [to_record(doc) for doc in code_documents(items, options=options)]


def dyads(text, **kwargs):
    (record,) = coded([text], **kwargs)
    return {(e["source"], e["target"], e["code"]) for e in record["events"]}


def test_petrarch_files_are_told_apart_by_name(tmp_path):
    roles = {name: file_role(tmp_path / name) for name in
             ("CAMEO.2.0.txt", "my.verbs.txt", "Phoenix.agents.txt", "x.actors", "Phoenix.IssueCoding.txt", "README")}
    assert roles == {"CAMEO.2.0.txt": "verbs", "my.verbs.txt": "verbs", "Phoenix.agents.txt": "agents",
                     "x.actors": "actors", "Phoenix.IssueCoding.txt": "issue", "README": None}


def test_petrarch_a_folder_without_verbs_is_an_error(tmp_path):
    (tmp_path / "a.actors.txt").write_text("FREEDONIA [FRD]\n", encoding="utf-8")
    with pytest.raises(DataError, match="no verb dictionary"):
        load_dictionaries(tmp_path)


@pytest.mark.parametrize("text, expected", [
    ("Freedonia restored diplomatic ties with Sylvania.", {("FRD", "SYL", "064")}),  # the verb's own code
    ("Freedonia restored economic ties with Sylvania.", {("FRD", "SYL", "062")}),  # a synset in a pattern
    ("Freedonia restored food aid to Sylvania.", {("FRD", "SYL", "073")}),  # the + target
    ("Freedonia left for Sylvania on Monday.", {("FRD", "SYL", "032"), ("SYL", "FRD", "033")}),  # [032:033]
    ("Freedonia postponed the wedding with Sylvania.", set()),  # a null-coded pattern
    ("Freedonian soldiers cordoned off Sylvania.", {("FRDMIL", "SYL", "1721")}),  # a phrasal verb; agents
    ("Freedonia and Sylvania renewed their ties.", {("FRD", "SYL", "064"), ("SYL", "FRD", "064")}),
    ("Freedonia renewed ties with Sylvania at the World Cup.", set()),  # a sentence discard
])
def test_petrarch_mode_codes_the_dictionary_codes(text, expected):
    assert dyads(text) == expected


def test_petrarch_dated_actor_codes():
    assert dyads("Rufus Firefly restored ties with Sylvania.") == {("FRDGOV", "SYL", "064")}
    assert dyads("Rufus Firefly restored ties with Sylvania.", date="1950-01-01") == {("FRDELI", "SYL", "064")}


def test_petrarch_statement_gives_way_to_what_it_reports():
    assert dyads("Sylvania said Freedonia restored ties with Klopstokia.") == {("FRD", "KLO", "064")}


@pytest.mark.parametrize("text, expected", [
    ("Freedonia is ready to restore ties with Sylvania.", {("FRD", "SYL", "031")}),  # intent: 06 -> 031
    ("Freedonia refused to restore ties with Sylvania.", {("FRD", "SYL", "121")}),  # refused: a rejection
    ("Sylvania said Freedonia must restore ties with Klopstokia.", {("SYL", "FRD", "100")}),  # a demand
])
def test_petrarch_codes_are_read_with_the_modality(text, expected):
    assert dyads(text) == expected


def test_petrarch_own_means_give_way_to_the_recipient():
    assert dyads("Freedonia delayed its soldiers to Sylvania.") == {("FRD", "SYL", "191")}


def test_petrarch_our_actors_name_what_theirs_do_not():
    assert dyads("Freedonia restored ties with Germany.") == {("FRD", "DEU", "064")}
    items = [{"id": "r", "title": "", "text": "Freedonia restored ties with Germany.", "date": "1933-06-01"}]
    options = Options(dictionaries=str(CONFIG), default_actors=False)
    assert [to_record(doc)["events"] for doc in code_documents(items, options=options)] == [[]]


@pytest.mark.parametrize("text, expected", [
    ("Freedonia staged a rally against Sylvania.", {("FRD", "SYL", "141")}),  # "staged": a regular form
    ("Sylvanian soldiers staged rallies in Freedonia.", {("SYLMIL", "FRD", "141")}),
])
def test_petrarch_verbs_are_found_by_their_regular_forms(text, expected):
    assert dyads(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the first actor after the verb is the source's own town: the target is the next one
    ("Freedonia threatened to close the port in Fredville if Sylvania attacked.", {("FRD", "SYL", "130")}),
    ("Sylvania threatened to renew ties in Sylvanian towns with Klopstokia.", {("SYL", "KLO", "130")}),
])
def test_petrarch_target_is_not_the_source_again(text, expected):
    assert dyads(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of speech whose pattern word belongs to the act it reports gives way to that act
    ("Sylvania announced that Freedonia had withdrawn soldiers from Klopstokia.", {("FRD", "KLOMIL", "0874")}),
    # a chain through an adjective ("willing to") and through a conjunct of a complement
    ("Sylvania says Freedonia is willing to restore ties with Klopstokia.", {("FRD", "KLO", "031")}),
    ("Freedonia promised to renew ties with Sylvania and restore food aid to Klopstokia.", {("FRD", "SYL", "030")}),
    # past a statement between the two acts: the governing act stands
    ("Freedonia renewed ties with Sylvania, saying it would delay aid to Klopstokia.", {("FRD", "SYL", "064")}),
    ("Freedonia left for Sylvania, saying it would delay aid to Klopstokia.",
     {("FRD", "SYL", "032"), ("SYL", "FRD", "033")}),
])
def test_petrarch_one_event_per_chain_of_verbs(text, expected):
    assert dyads(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Freedonia welcomed Sylvania to its capital.", {("FRD", "SYL", "043"), ("SYL", "FRD", "042")}),
    ("Freedonia welcomed Sylvania's efforts to restore order.", {("FRD", "SYL", "051")}),  # "to" of an infinitive
])
def test_petrarch_parenthesised_phrase_starts_with_a_preposition(text, expected):
    assert dyads(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb in a clause that describes a noun is a circumstance, not an act of the subject
    ("Freedonia welcomed an offer made to renew ties with Sylvania.", {("FRD", "SYL", "051")}),
    ("Freedonia threatened a plan drawn up to restore ties with Sylvania.", {("FRD", "SYL", "130")}),
])
def test_petrarch_clause_under_a_noun_is_no_act(text, expected):
    assert dyads(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "which" as a relative clause's subject stands for the noun the clause describes
    ("Freedonia threatened Sylvania, which renewed ties with Klopstokia.",
     {("FRD", "SYL", "130"), ("SYL", "KLO", "064")}),
    ("Freedonia threatened Klopstokia after Sylvania, which had restored food aid to Klopstokia, left.",
     {("FRD", "KLO", "130"), ("SYL", "KLO", "073")}),
])
def test_petrarch_relative_clause_subject(text, expected):
    assert dyads(text) == expected


def test_petrarch_country_known_only_by_dated_codes_is_a_country():
    """TOMAINIA has only dated codes (OTT until 1930, TOM since): a country, so its adjective
    places a title ("Tomainian president") as a country's name does."""
    assert dyads("Tomainian president restored ties with Sylvania.") == {("TOMGOV", "SYL", "064")}
    assert dyads("Tomainia restored ties with Sylvania.") == {("TOM", "SYL", "064")}


def test_petrarch_merge_mode_story_discard_holds_back_only_theirs():
    found = dyads("Germany invaded Poland after the typhoon.", mode="merge")
    assert {(s, t, c[:2]) for s, t, c in found} == {("DEU", "POL", "19")}


def test_petrarch_story_discard_and_issues():
    first, second = coded(["Freedonia restored ties with Sylvania after the typhoon.",
                           "Sylvania restored ties with Freedonia. Tariffs fell."])
    assert first["events"] == []
    assert second["issues"] == [{"code": "TRADE_BARRIERS", "count": 1}]


def test_petrarch_merge_mode_keeps_our_events():
    text = "Germany invaded Poland."
    ours = coded([text], mode="merge")[0]["events"]
    assert {(e["source"], e["target"], e["code"][:2]) for e in ours} == {("DEU", "POL", "19")}


def test_petrarch_merge_mode_adds_their_pattern_where_ours_say_nothing():
    found = dyads("Kenyan soldiers cordoned off Uganda on Monday.", mode="merge")
    assert {(s[:3], t[:3], c) for s, t, c in found} == {("KEN", "UGA", "1721")}  # ours have no "cordon off"


def test_petrarch_cli_option():
    register()
    result = CliRunner().invoke(cli, ["code", "--dictionaries", str(CONFIG), "-"],
                                input="Freedonia restored economic ties with Sylvania.\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert [(e["source"], e["target"], e["code"]) for e in record["events"]] == [("FRD", "SYL", "062")]


def test_petrarch_cli_bad_folder_is_a_usage_error(tmp_path):
    register()
    result = CliRunner().invoke(cli, ["code", "--dictionaries", str(tmp_path), "-"], input="Freedonia.\n")
    assert result.exit_code == 2 and "no verb dictionary" in result.output


def exact_share(records, out) -> float:
    right = 0
    for record, result in zip(records, out, strict=True):
        expected = Counter((e["source"], e["target"], e["code"]) for e in record["expected"])
        right += expected == Counter((e["source"], e["target"], e["code"]) for e in result["events"])
    return right / len(records)


def test_petrarch_validation_suite_exact_share(tmp_path):
    gold = shared_path("gold", "events", "petr_unittest.jsonl")
    folder = shared_path("dicts", "petrarch2")
    for path in folder.glob("PETR.Validate.*"):
        (tmp_path / path.name).symlink_to(path)
    records = [r for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines()) if r["active"]]
    out = coded_records(records, tmp_path, defaults=False)  # their dictionaries alone
    assert exact_share(records, out) >= 0.60  # measured 0.738 (tuned on even records 0.750, odd held out 0.727)


def coded_records(records, folder, *, defaults: bool = True):
    items = [{"id": r["id"], "title": "", "text": r["text"], "date": r["date"]} for r in records]
    options = Options(dictionaries=str(folder), default_actors=defaults)
    return [to_record(doc) for doc in code_documents(items, options=options)]


def test_petrarch_eval_takes_the_dictionaries(tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = {"id": "g1", "text": "Freedonia restored economic ties with Sylvania.", "date": "1933-06-01",
              "expected": [{"source": "FRD", "target": "SYL", "code": "062"}]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    register()
    result = CliRunner().invoke(cli, ["eval", str(gold), "--no-confusion", "--dictionaries", str(CONFIG)])
    assert result.exit_code == 0, result.output
    assert "tp 1 fp 0 fn 0" in result.output
