"""clean/captions.py: photo captions told by their register (issue #10, sixteenth session)."""

from __future__ import annotations

import pytest

from newsevents.clean.captions import caption_sentence


@pytest.mark.parametrize("line", [
    "A woman waves a flag during a march in Port Alder, Maine, on March 3, 2017.",
    "Governor Ana Ruiz speaks to reporters at the state house in Augusta, Maine, U.S., May 1, 2018. REUTERS/Jim Doe",
    "Jim Doe, a council member, listens during the debate in Port Alder on Tuesday.",
    "Smoke rises from a warehouse after a fire in the port of Alder, Maine, February 3, 2018.",
    "An aerial view shows the flooded streets of Port Alder, Maine, January 5, 2018.",
    "A view of the old harbour of Port Alder, Maine, on March 4, 2018.",
    "Ana Ruiz and Jim Doe shake hands after the vote on Tuesday.",
    "Senator Jane Roe (D-ME) arrives for a vote at the Capitol in Washington, D.C., U.S. May 3, 2018.",
    "Mount Alder is seen from the harbour of Port Alder, Maine, March 4, 2018.",
])
def test_caption_sentence_takes_a_dated_or_placed_picture(line):
    assert caption_sentence(line)


@pytest.mark.parametrize("line", [
    "The harbour master speaks at every opening the town holds.",  # no date, weekday or place
    "She walks to the harbour in Port Alder, Maine, every morning.",  # a pronoun: the story's narration
    "The wall stands in sharp contrast to the barrier built on March 2, 1902, by the first settlers.",
    "Mr Ruiz told reporters he arrives in Augusta, Maine, on Monday.",  # reporting
    "The mayor will visit the harbour in Port Alder, Maine, on Monday.",  # the future
    "Senator Jane Roe is seen as the likely chair of the flood board in Augusta, Maine, on Monday.",
    "The notes carry a five-year term and mature on March 1, 2028.",  # a date inside the sentence
    "Coach Jim Doe's side plays Port Alder on Saturday.",  # a fixture: "plays" needs a full date
    "The Radio Alder breakfast show goes on air in Port Alder, Maine, on Tuesday.",  # "show" is a noun here
    "Prices are expected to rise in Augusta, Maine, on Tuesday.",
    'Ana Ruiz waves at the crowd in Port Alder, Maine, on Monday. "We won," she said.',  # two sentences, a quote
])
def test_caption_sentence_leaves_the_story(line):
    assert not caption_sentence(line)


def test_marked_paragraphs_keep_the_opening_space_of_a_line():
    """clean() strips each line; the mark of a line that opened with a space stays beside it (not in wrapped copy)."""
    from newsevents.clean.paragraphs import marked_paragraphs

    assert marked_paragraphs("Title\n\nA paragraph of the story.\n A caption under a picture\n") == [
        ("Title", False), ("A paragraph of the story.", False), ("A caption under a picture", True)]
    wrapped = ("The county council met on Monday evening and\nvoted to close the old river bridge for\nrepairs.\n"
               "    The work on the bridge will take a month\nand cost about two million dollars.\n")
    assert marked_paragraphs(wrapped) == [
        ("The county council met on Monday evening and voted to close the old river bridge for repairs.", False),
        ("The work on the bridge will take a month and cost about two million dollars.", False)]


def test_indented_captions_leave_lists_capitals_quotes_and_wrapped_copy():
    from newsevents.clean.captions import indented_captions

    prose = "The county board met on Thursday and argued for three hours over the spillway, the levee and the farms."
    lines = [prose, " A volunteer fills sandbags", prose, " - sandbags are free at the station", prose,
             " RIVER LEVELS THIS WEEK", prose, ' "We will not gamble with homes," she said.', *[prose] * 8]
    reasons = indented_captions(lines, [None] * len(lines), [line.startswith(" ") for line in lines], None)
    assert [lines[i].strip() for i, r in enumerate(reasons) if r] == ["A volunteer fills sandbags"]
    short = [line[:60] for line in lines]  # no line wider than wrapped copy: the indent opens paragraphs
    assert not any(indented_captions(short, [None] * len(short), [line.startswith(" ") for line in short], None))


def test_caption_over_a_labelled_credit_goes_a_paragraph_over_one_stays():
    """Twenty-second session: the line just above a credit under its label ("Photo: …", "Image courtesy of …")
    is the picture's caption, however it is worded; a paragraph of the story over a credit (a question to the
    reader, the perfect or future of a report) stays, and so does the paragraph under the credit."""
    from newsevents.clean.scorer import judge_lines

    lines = ["Ferry service to the outer islands resumes after a winter of repairs",
             "The ferry between Port Alder and the outer islands carried its first passengers on Monday after "
             "five months in dry dock, the island council said.",
             "A deckhand ties up the ferry at the north pier.",
             "Photo: Tomas Berg",
             "The council has promised a second boat and will ask the county for the money next month.",
             "Image courtesy of Alder Island Council",
             "Islanders said the winter had been hard without the crossing, with food and fuel brought by a "
             "smaller boat twice a week."]
    reasons = judge_lines(lines)
    assert reasons[2] == "photo-caption" and reasons[3] is not None and reasons[5] is not None
    assert reasons[1] is None and reasons[4] is None and reasons[6] is None


@pytest.mark.parametrize("line", [
    "Jane Roe, the minister of transport, addressing the port's dockers at the harbour in Port Alder on March 3, "
    "2017.",
    "The Alder County Choir rehearsing before the festival concert, in Port Alder on June 9, 2018.",
])
def test_caption_led_by_a_participle_with_its_place_and_date(line):
    """Thirty-second session: a participle instead of a finite verb, closed by the picture's place and full date."""
    assert caption_sentence(line)


@pytest.mark.parametrize("line", [
    "Shares of Alder Shipping, trading at record highs since March 3, 2017.",
    "The minister, addressing the dockers at the harbour, said the port would reopen in Port Alder on March 3, 2017.",
    "Jane Roe spent the morning visiting the harbour in Port Alder on March 3, 2017.",
    "Dockers were striking at the harbour in Port Alder on March 3, 2017.",
    "Jane Roe cast herself as a friend of working families during a speech in Port Alder on Thursday, March 3, 2017.",
])
def test_participle_inside_a_story_sentence_stays(line):
    assert not caption_sentence(line)


def test_story_paragraph_restating_a_caption_above_stays():
    """The story's first paragraph may tell again what the caption above it shows: it is no second copy of the
    caption (thirty-second session), though it shares most of its words."""
    from newsevents.clean import clean
    from newsevents.model import Document

    caption = ("Jane Roe, the minister of transport, addressing the dockers at the harbour in Port Alder on March 3, "
               "2017.")
    lede = ("Port Alder: Jane Roe, the minister of transport, addressed the dockers at the harbour in Port Alder on "
            "March 3 after a two-day strike.")
    rest = ["The dockers had struck for two days over the state of the cranes, which they called a danger to every "
            "crew that works under them.",
            "Roe said the ministry would pay for four new cranes from next year's budget and that work would start "
            "before the winter storms."]
    raw = "\n\n".join(["Minister promises new cranes for Port Alder dockers", caption, lede, *rest])
    article = clean(Document(id="c", raw=raw)).article
    assert caption not in article.text
    assert lede in article.text and all(line in article.text for line in rest)
