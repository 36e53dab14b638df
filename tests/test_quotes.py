"""quotes: every quoting style, every speaker form, and the PolNeAR floors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import newsevents
from conftest import ROOT, shared_path
from newsevents.cli import cli, register
from newsevents.quotes.marks import quote_spans


def quotes_of(body: str) -> list[dict]:
    record = newsevents.code("Headline\n\n" + body, date="2017-12-20")
    for quote in record["quotes"]:
        assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    return record["quotes"]


def only(body: str, kind: str | None = None) -> dict:
    found = [q for q in quotes_of(body) if kind is None or q["kind"] == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, inner", [
    ("“We are ready,” he said.", "We are ready"),
    ("‘We are ready,’ he said.", "We are ready"),
    ('"We are ready," he said.', "We are ready"),
    ("«We are ready», he said.", "We are ready"),
    ("„We are ready“, he said.", "We are ready"),
    ('"We are ready,” he said.', "We are ready"),
    ("He said it was “a disaster” and left.", "a disaster"),
])
def test_marks_every_style(text, inner):
    spans = quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [inner]


def test_marks_apostrophes_are_not_quotes():
    assert quote_spans("Russia’s readiness and the parties’ will") == []


def test_marks_open_quote_runs_to_paragraph_end():
    (span,) = quote_spans("“We will go on")
    assert span.open_start and span.open_end


@pytest.mark.parametrize("body", [
    "“We are ready to talk,” Dmitry Peskov said.",
    "‘We are ready to talk,’ Dmitry Peskov said.",
    '"We are ready to talk," Dmitry Peskov said.',
    "«We are ready to talk», Dmitry Peskov said.",
    "„We are ready to talk“, Dmitry Peskov said.",
    '"We are ready to talk,” Dmitry Peskov said.',
    "Dmitry Peskov said: “We are ready to talk.”",
    "“We are ready to talk,” said Dmitry Peskov.",
])
def test_direct_quote_styles(body):
    quote = only(body, "direct")
    assert quote["text"].startswith("We are ready to talk")
    assert quote["speaker"] == "Dmitry Peskov"
    assert quote["speaker_code"] == "RUSGOV"
    assert quote["cue"] == "said"


def test_partial_quote_inside_indirect_speech():
    quote = only("Rex Tillerson announced that Washington was “ready to talk anytime” with North Korea.")
    assert (quote["kind"], quote["text"], quote["speaker"], quote["cue"]) == (
        "partial", "ready to talk anytime", "Rex Tillerson", "announced")


@pytest.mark.parametrize("body, text, cue", [
    ("Angela Merkel said that Germany would not pay for the wall.", "Germany would not pay for the wall", "said"),
    ("Angela Merkel said Germany would not pay for the wall.", "Germany would not pay for the wall", "said"),
    ("According to Angela Merkel, Germany will not pay for the wall.", "Germany will not pay for the wall",
     "According to"),
    ("Angela Merkel told reporters the talks had failed.", "the talks had failed", "told"),
])
def test_indirect_speech(body, text, cue):
    quote = only(body, "indirect")
    assert (quote["text"], quote["speaker"], quote["cue"]) == (text, "Angela Merkel", cue)


def test_pronoun_speaker_resolved_to_the_person_named_before():
    quote = only("Dmitry Peskov spoke on Monday.\n\n“We are ready to talk,” he added.", "direct")
    assert quote["speaker"] == "Dmitry Peskov" and quote["speaker_mention"]["text"] == "he"


def test_surname_speaker_gets_the_full_name():
    body = "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“We are ready,” Peskov warned."
    quote = only(body, "direct")
    assert (quote["speaker"], quote["cue"]) == ("Dmitry Peskov", "warned")


def test_title_and_name_speaker():
    quote = only("“We are ready to talk,” Kremlin spokesman Dmitry Peskov insisted.", "direct")
    assert quote["speaker"] == "Dmitry Peskov" and quote["speaker_code"] == "RUSGOV"
    assert quote["speaker_mention"]["text"] == "Kremlin spokesman Dmitry Peskov"


def test_role_and_organisation_speakers():
    assert only("“The talks are over,” the spokesman stated.", "direct")["speaker_mention"]["text"] == "the spokesman"
    assert only("“The talks are over,” the ministry emphasized.", "direct")["speaker_mention"]["text"] == "the ministry"


def test_cue_in_previous_paragraph_with_colon():
    quote = only("Dmitry Peskov said:\n\n“We are ready to talk to both sides.”", "direct")
    assert quote["speaker"] == "Dmitry Peskov"


def test_cue_in_next_sentence():
    quote = only("“We are ready to talk.” Dmitry Peskov said this on Monday.", "direct")
    assert quote["speaker"] == "Dmitry Peskov"


def test_quote_over_several_paragraphs_carries_the_speaker():
    body = ("“We are ready to talk,” Dmitry Peskov said.\n\n"
            "“We have said so many times.\n\n"
            "“And we will say it again.”")
    quotes = [q for q in quotes_of(body) if q["kind"] == "direct"]
    assert [q["text"] for q in quotes] == ["We are ready to talk", "We have said so many times.",
                                          "And we will say it again."]
    assert {q["speaker"] for q in quotes} == {"Dmitry Peskov"}


def test_run_of_quote_paragraphs_with_cue_at_the_end():
    body = "“We have said so many times.\n\n“And we will say it again,” Dmitry Peskov said."
    quotes = [q for q in quotes_of(body) if q["kind"] == "direct"]
    assert [q["speaker"] for q in quotes] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_quote_without_a_speaker_has_none():
    quote = only("The weather was fine.\n\n“Nothing will change.”")
    assert quote["speaker"] is None and quote["speaker_mention"] is None


def test_headline_repeating_a_body_quote_is_left_to_the_body():
    record = newsevents.code("Issa: Clinton’s ‘Honesty Is In Question’\n\nRep. Darrell Issa spoke on Sunday.\n\n"
                             "“Well, this is where her honesty is in question,” Issa said.", date="2017-12-20")
    assert [(q["speaker"], q["text"][:4]) for q in record["quotes"]] == [("Darrell Issa", "Well")]


def test_headline_name_before_colon_speaks():
    record = newsevents.code("Warren: Trump Is a ‘Proven Failure’ in Business\n\nThe convention met.",
                             date="2017-12-20")
    assert [q["speaker"] for q in record["quotes"]] == ["Warren"]


def test_short_scare_quote_without_cue_is_not_a_quotation():
    assert quotes_of("The weather on “Saturday Night Live” was fine.") == []


def test_same_words_quoted_again_share_the_speaker():
    body = ("The plan was called “a total disaster” at first.\n\n"
            "Donald Trump said it was “a total disaster for America.”")
    assert {q["speaker"] for q in quotes_of(body)} == {"Donald Trump"}


def test_passive_cue_the_agent_speaks():
    quote = only("Rubio was asked by moderator Gerard Baker, “Would you raise taxes?”")
    assert quote["speaker"] == "Gerard Baker"


def test_partial_quote_under_a_non_speech_verb_skips_a_relative_clause():
    quote = only("Ted Cruz is praising Jeb Bush, who quit on Saturday, as “a man who didn’t go to the gutter”.")
    assert quote["speaker"] == "Ted Cruz"


def test_name_the_parser_hung_on_the_cue_as_a_compound():
    quote = only("“Cruz appeals to Reagan Democrats. It’s just that Trump articulates it differently,” Viguerie notes.")
    assert quote["speaker"] == "Viguerie"


def test_possessive_owner_of_a_speech_noun_speaks():
    body = "Paul Ryan met reporters.\n\nRyan’s statement said the bill was “a disaster for working families.”"
    quote = only(body)
    assert quote["speaker"] == "Paul Ryan" and quote["speaker_mention"]["text"].startswith("Ryan")


def test_speech_noun_from_someone():
    quote = only("A tweet from Trump called the plan “a total disaster for the country.”")
    assert quote["speaker"] == "Donald Trump"


@pytest.mark.parametrize("intro, speaker", [
    ("More from Jones:", "Jones"),
    ("Here’s Clinton:", "Clinton"),
    ("From the report:", "the report"),
])
def test_verbless_colon_introduction(intro, speaker):
    body = f"The senators met on Monday.\n\n{intro}\n\n“We will win this election in November, and we will win it big.”"
    assert only(body)["speaker"] == speaker


def test_verbless_colon_introduction_in_the_same_sentence():
    quote = only("More from Jones: “The partisanship of the state is a starting point in the vote.”")
    assert quote["speaker"] == "Jones"


def test_according_to_beats_the_nearer_cue():
    quote = only("“They don’t care about politics,” Obama said, according to a White House pool report.")
    assert (quote["speaker"], quote["cue"]) == ("a White House pool report", "according to")


def test_relative_pronoun_is_the_mention_its_noun_the_speaker():
    quote = only("Scott Reed, who added that his group plans to focus on local issues “like folks are running for "
                 "sheriff,” spoke on Monday.")
    assert (quote["speaker"], quote["speaker_mention"]["text"]) == ("Scott Reed", "who")


def test_parenthetical_cue_on_an_ancestor():
    quote = only("Maria Lopez runs the venue.\n\nThe company just finished laying fiber downtown, she said, to "
                 "“make sure anyone with an Internet connection” can watch.")
    assert quote["speaker_mention"]["text"] == "she"


def test_quote_sentence_after_a_sentence_naming_the_speaker():
    body = "Clinton touted her record on labor. “We need to find ways to support workers who want a union.”"
    assert only(body)["speaker"] == "Clinton"


def test_short_reporting_clause_before_a_comma():
    quote = only("After the debate, Hillary shot back, “I suppose I could have stayed home and baked cookies.”")
    assert quote["speaker"] == "Hillary"


def test_dash_signature_line_signs_the_quote_before_it():
    body = ("The senator repeats it often.\n\n“Boeing and GE and other multinationals pay zero taxes.”\n\n"
            "- Bernie Sanders.")
    assert only(body)["speaker"] == "Bernie Sanders"


def test_dash_signature_after_the_quote_in_its_paragraph():
    body = ("Readers wrote to us after the debate.\n\n“We can build a better country together.” ― Maria Lopez\n\n"
            "“Nobody listens to us anymore.” ― James Carter.")
    quotes = quotes_of(body)
    assert [q["speaker"] for q in quotes] == ["Maria Lopez", "James Carter"]
    assert quotes[0]["speaker_mention"]["text"] == "Maria Lopez"


def test_inverted_cue_with_a_common_noun_speaker():
    quote = only("“This is eerily similar to the first debate,” said a person close to the Clintons.")
    assert quote["speaker_mention"]["text"] == "a person close to the Clintons"


def test_of_two_subjects_the_nearer_speaks():
    quote = quotes_of("The emails came out.\n\n“The drop is directly attributable to the emails, the foundation, "
                      "all the old trust stuff,” said a person close to the Clintons.")[0]
    assert quote["speaker_mention"]["text"] == "a person close to the Clintons"


def test_ing_clause_is_not_part_of_the_speaker_phrase():
    quote = only("“It is too early to tell,” said one senior adviser, speaking on the condition of anonymity.")
    assert quote["speaker_mention"]["text"] == "one senior adviser"


def test_headline_repeated_as_first_line_with_its_quote_left_to_the_body():
    record = newsevents.code("McCain: Anger Appeals to ‘Bad Angels Of Our Nature’\n\n"
                             "McCain: Anger Appeals to ‘Bad Angels Of Our Nature.’\n\n"
                             "“Some of this appeals to the bad angels of our nature,” Senator John McCain said.",
                             date="2017-12-20")
    assert [q["text"][:9] for q in record["quotes"]] == ["Some of t"]


def test_phrase_inside_a_longer_quote_takes_its_speaker():
    body = ("The plan is “very charming,” a donor said.\n\n"
            "“It was very nice. He was very charming,” Sheldon Adelson told Reuters.")
    assert {q["speaker"] for q in quotes_of(body) if q["kind"] != "indirect"} == {"Sheldon Adelson"}


def test_seed_page():
    text = (ROOT / "src/newsevents/examples").glob("*.txt")
    page = next((p for p in text if p.name.startswith("000_")), None)
    if page is None:
        page = shared_path("seed", "000_44652aec5ffde77d.txt")
    quotes = newsevents.code(page.read_text(encoding="utf-8"), date="2017-12-20")["quotes"]
    by_start = {q["text"].split()[0] + " " + q["text"].split()[1]: q for q in quotes}
    peskov = by_start["We are"]
    assert (peskov["kind"], peskov["speaker"], peskov["speaker_code"], peskov["cue"]) == (
        "direct", "Dmitry Peskov", "RUSGOV", "stated")
    assert by_start["ready to"]["kind"] == "partial"
    for key in ("ready to", "the diplomatic"):
        assert by_start[key]["speaker_mention"]["text"].endswith("Rex Tillerson")
    assert by_start["all options"]["speaker_mention"]["text"].endswith("McMaster")


def test_cli_quotes_jsonl(tmp_path):
    register()
    page = tmp_path / "page.txt"
    page.write_text("Headline\n\n“We are ready to talk,” Dmitry Peskov said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["quotes", str(page), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert (row["doc"], row["speaker"], row["kind"]) == ("page", "Dmitry Peskov", "direct")


@pytest.fixture(scope="module")
def polnear_dev(tmp_path_factory):
    gold = shared_path("gold", "quotes", "polnear_dev.jsonl")
    out = tmp_path_factory.mktemp("quotes") / "dev.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        lines = gold.read_text(encoding="utf-8").splitlines()
        for record in newsevents.code_many(json.loads(line) for line in lines if line.strip()):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    score = subprocess.run([sys.executable, str(shared_path("eval", "score.py")), "quotes", str(gold), str(out)],
                           capture_output=True, text=True, check=True).stdout
    return score


def figure(score: str, label: str) -> float:
    for line in score.splitlines():
        words = line.split()
        if label in line:
            return float(words[words.index(label.split()[-1]) + 1])
    raise AssertionError(f"{label!r} not in {score!r}")


def test_polnear_dev_recall_floor(polnear_dev):
    assert figure(polnear_dev, "quote recall") >= 0.85


def test_polnear_dev_speaker_floor(polnear_dev):
    assert figure(polnear_dev, "accuracy on found quotes") >= FLOOR_SPEAKER


FLOOR_SPEAKER = 0.86  # measured 0.868 on PolNeAR dev; only rises (target 0.85 reached, tracker issue 5)


def test_token_starts_are_the_tokens_offsets():
    from newsevents.parse import load_model
    from newsevents.quotes.direct import token_starts

    spacy_doc = load_model().make_doc("“We will not  go,” said Maria Lopez — the minister.")
    assert token_starts(spacy_doc) == [token.idx for token in spacy_doc]
    assert token_starts(load_model().make_doc("")) == []


def test_quote_marks_pair_wherever_they_stand():
    from newsevents.quotes.marks import pair_double, pair_single

    text = '“We will go,” he said, calling the plan ‘a farce’ and Russia’s offer "late".'
    double = pair_double(text)
    assert [(text[a], text[b]) for a, b, _ in double] == [("“", "”"), ('"', '"')]
    assert [text[a + 1:b] for a, b, _ in pair_single(text, double)] == ["a farce"]
    assert pair_double('He said "no') == [(8, 11, False)]
