"""The word a wire capitalised after "U.S." read in lower case by the parser; real breaks and names kept."""

from __future__ import annotations

import pytest

from newsevents.initials_case import initials_case
from newsevents.parse import load_model, parser_text

# Written for this test: body text as wire copy converted from capitals prints it -> the parser's copy.
LOWERED = [
    ("Japan and the U.S. Will meet next week.", "Japan and the U.S. will meet next week."),
    ("U.S. Officials said the talks failed.", "U.S. officials said the talks failed."),
    ("He said the U.S. Has asked Tokyo to act.", "He said the U.S. has asked Tokyo to act."),
    ("The U.S. And Japan agreed to talk.", "The U.S. and Japan agreed to talk."),
    ("The U.K. Government bond market fell.", "The U.K. government bond market fell."),
    ("They paid in U.S. Dlrs last year.", "They paid in U.S. dlrs last year."),
]
KEPT = [
    "The weapons were sold to the U.S. The ministry said the deal was legal.",
    "Tanks were sold to the U.S. It said the deal was legal.",
    "The U.S. Senate voted to impose tariffs.",
    "U.S. Treasury bills rose.",
    "The U.S. Agriculture Department said exports rose.",
    "Trade with the U.S. March figures showed.",
    "Aid to the U.S. Baker said was welcome.",   # a surname of the actor files
    "J.P. Morgan said it would buy the bank.",   # a person's or firm's initials
    "The U.S.-based firm said it would buy.",
    "The U.S. Food and Drug Administration approved the drug.",  # a name whose first word is a common word
    "The U.S. League of Savings Institutions said so.",
]


@pytest.mark.parametrize(("text", "read"), LOWERED)
def test_a_word_capitalised_after_initials_is_read_in_lower_case(text, read):
    assert initials_case(text) == read
    assert parser_text(text) == read and len(parser_text(text)) == len(text)


@pytest.mark.parametrize("text", KEPT)
def test_real_breaks_names_and_other_initials_keep_their_capitals(text):
    assert initials_case(text) == text


def test_headlines_are_left_to_the_headline_case():
    assert parser_text("U.S. Officials Meet Japan", "headline") != "U.S. officials Meet Japan"


# Written for this test: sentences the small model splits at "U.S." or misreads while the next word has a capital.
SPLIT_AT_INITIALS = [
    "Greece warned the U.S. And NATO that it would not accept the plan.",
    "Ottawa will ask the U.S. To lift the tariff on lumber.",
    "The dispute with the U.S. Over farm trade has worsened, officials said.",
]


@pytest.mark.parametrize("text", SPLIT_AT_INITIALS)
def test_the_parser_reads_one_sentence_where_the_wire_capitalised_a_word(text):
    assert len(list(load_model()(parser_text(text)).sents)) == 1


def test_the_parser_reads_a_verb_after_initials_and_keeps_a_real_break():
    nlp = load_model()
    doc = nlp(parser_text("The premier said the U.S. Put pressure on Japan to open its rice market."))
    put = next(token for token in doc if token.lower_ == "put")
    assert put.dep_ == "ccomp" and put.head.lower_ == "said"
    broken = nlp(parser_text("The weapons were sold to the U.S. The ministry said the deal was legal."))
    assert len(list(broken.sents)) == 2
