"""Issue #10, thirty-first session: a box of other stories with a blurb under each title (``tails.labelled_runs``,
``tails.teaser``), a menu's label stopping at the story's title, appeals for money, keywords and page furniture in
general wording (``boilerplate_general.tsv``), alert labels and titles sharing a word by chance over the headline
(``headline``), and the one definition of a list's mark (``marks``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.boilerplate import boilerplate_reason
from newsevents.clean.scorer import judge_lines
from newsevents.clean.tails import labelled_runs, teaser

BOX = ["Keep reading, islanders",
       "The ferry pass nobody can renew online",
       "We tried for three weeks. The form still asks for a fax number.",
       "Inside the boatyard that outlived four owners",
       "A family business, a flood and a loan that came just in time."]


def test_a_box_of_titles_with_a_blurb_under_each_goes():
    lines = HARBOUR_STORY + BOX
    reasons = judge_lines(lines)
    assert all(reason is None for reason in reasons[:len(HARBOUR_STORY)])
    assert reasons[len(HARBOUR_STORY)] is not None  # the label ("read-more" by the lexicon)
    assert all(reason == "related-links" for reason in reasons[len(HARBOUR_STORY) + 1:]), reasons


def test_a_blurb_only_under_a_title_of_the_run():
    lines = ["Related", "Ferry fares rise again", "Fares go up by a tenth in May.", "Islanders plan a protest."]
    reasons = [None] * len(lines)
    assert teaser(lines, reasons, 2, [1], [])
    assert not teaser(lines, reasons, 3, [1], [2])  # under another blurb
    assert not teaser(lines, reasons, 1, [], [])  # under the label, no title above
    assert not teaser(["Related", "Ferry fares rise again", "Why would anyone pay more for the same boat?"],
                      [None] * 3, 2, [1], [])  # a question is no blurb


def test_a_heading_over_the_storys_own_paragraphs_stays():
    """Under a label-like heading ("Latest"), subheadings and short sentences followed by the story's prose are the
    story's own: the blurbs are not taken when a paragraph follows them, nor one sentence under one title."""
    tail = ["Latest", "Talks resume", "The two sides met again on Friday.", "Pay offer", "It is worth 4 percent.",
            "Union leaders said they would put the offer to members next week, and the council said it expected an "
            "answer before the end of the month, when the current contract runs out."]
    lines = HARBOUR_STORY + tail
    out = labelled_runs(lines, [None] * len(lines), None)
    assert out[lines.index("The two sides met again on Friday.")] is None
    assert out[-1] is None
    lines = HARBOUR_STORY + ["Related", "Ferry fares rise again", "Island schools reopen",
                             "I took the late boat twice and it was full both times."]  # a reader's comment after
    assert labelled_runs(lines, [None] * len(lines), None)[-1] is None


def test_appeals_for_money_in_any_wording():
    for line in ("If you value our harbour coverage, give monthly from $4.",
                 "Please consider supporting The Quay Post from RM15.",
                 "Keep us afloat. Support us with a monthly gift on Liberapay or a one-time bank transfer.",
                 "If this story helped you, chip in €3 — or whatever you can.",
                 "Enjoyed the letter? Consider upgrading for £4 a month.",
                 "Readers can support us with Vipps to 12 345.",
                 "If you like what I do, you can buy me a coffee."):
        assert boilerplate_reason(line) == "donation-appeal", line
    for line in ("The ministry will give monthly payments of $300 to each family.",
                 "Donors pledged $5 million to support the new terminal.",
                 "The council said it would join the regional fund with a $2 million contribution.",
                 "Traders said they could not afford to buy a coffee at the new prices.",
                 'The mayor\'s e-mail ended: "You can support the campaign by chipping in $10 today."',
                 "In 2026 you can contribute up to $23,000 to a harbour workers' pension plan."):
        assert boilerplate_reason(line) is None, line


def test_the_comments_heading():
    assert boilerplate_reason('14 thoughts on "Harbour council votes to close the old ferry terminal"') \
        == "comment-widget"
    assert boilerplate_reason("3 responses to “Ferry fares rise again”") == "comment-widget"
    assert boilerplate_reason("12 comments on the plan were received by the council.") is None


def test_keywords_under_a_label_in_any_wording():
    for line in ("Labels: harbour, ferries, town council", "Etiquetas: puerto, transbordadores, concejo",
                 "Schlagwörter: Hafen, Fähren, Stadtrat"):
        assert boilerplate_reason(line) == "tags", line
    for line in ("Results: Ruiz 4,210, Okafor 3,980, Vidal 1,002", "TIDES: HIGH 06.12, LOW 12.40, HIGH 18.30",
                 "Group B: Harbour Town, Port Alder, Kess Island, Northern Quay",  # a draw's group: the story

                 "Brexit: May, Corbyn and the backstop", "Ferry traffic: down, again"):
        assert boilerplate_reason(line) is None, line


PAGE_TOP = ["Harbour Gazette", "News | Sport | Weather"]


def test_an_alert_over_the_page_is_passed_for_the_storys_title():
    from newsevents.clean.headline import find_headline
    alert = "Breaking: Island school closed after storm damage, officials say"
    lines = PAGE_TOP + [alert, *HARBOUR_STORY]
    choice = find_headline(lines)
    assert lines[choice.index] == HARBOUR_STORY[0]
    assert (2, "navigation") in choice.skipped or any(index == 2 for index, _ in choice.skipped)


def test_an_alert_that_is_the_story_stays_the_headline():
    from newsevents.clean.headline import find_headline
    alert = "Breaking: Harbour council votes to close the old ferry terminal"
    lines = PAGE_TOP + [alert, *HARBOUR_STORY[1:]]  # no other title: the alert is the story's
    assert find_headline(lines).index == 2
    lines = [alert, *PAGE_TOP, "Home News " + alert, *HARBOUR_STORY]  # printed again: the page's title and headline
    assert find_headline(lines).index == 0


def test_one_definition_of_a_lists_mark():
    from newsevents.clean.marks import BULLET_MARK, ENTRY_MARK, LIST_MARK, OUTLINE_MARK
    for line in ("• Ferry vote", "•Ferry vote", "- Ferry vote", "— Ferry vote", "* Ferry vote", "1. Ferry vote",
                 "12) Ferry vote", "· Ferry vote"):
        assert LIST_MARK.match(line) and ENTRY_MARK.match(line), line
    for line in ("—Jane Roe, Harbour Gazette", "*Corrected on May 3", "1.5 million passengers", "Ferry vote"):
        assert not LIST_MARK.match(line) and not ENTRY_MARK.match(line), line
    assert ENTRY_MARK.match("→ What the levy pays for") and not LIST_MARK.match("→ What the levy pays for")
    assert BULLET_MARK.match("→ Ferry vote") and not BULLET_MARK.match("- Baseball")  # a menu's sub-entry
    assert OUTLINE_MARK.match("12.11 Harbour Ferries Ltd.") and not LIST_MARK.match("12.11 Harbour Ferries Ltd.")


def test_page_furniture_met_on_several_sites():
    for line, kind in (("8-minute read · Published 2 May 2026", "date-line"),
                       ("Foto: Archivo Diario del Puerto", "photo-credit"), ("Bild: Hafenzeitung", "photo-credit"),
                       ("Written by: Harbour Desk | Edited by: Ana Ruiz", "byline"),
                       ("Already have an account? Sign in", "paywall"),
                       ("Over 9,000 subscribers", "subscription-appeal")):
        assert boilerplate_reason(line) == kind, line
    for line in ("The 8-minute reading of the charges took most of the morning.",
                 "Written by a committee of three, the report runs to 90 pages.",
                 "Subject: FW: Harbour Town ferry figures"):  # a story quoting e-mails prints their headers
        assert boilerplate_reason(line) is None, line


def test_a_menus_label_does_not_take_the_storys_title():
    """Under a menu's label ("Top Stories") the entries run down to the story: its title, right over the first
    paragraph and sharing its words, is not an entry of the menu."""
    top = ["Harbour Gazette", "Earthquake information: No tsunami warnings are in effect.", "Top Stories", "Island",
           "Business", "Weather", "Video", "2:36"]
    lines = top + HARBOUR_STORY
    out = labelled_runs(lines, [None] * len(lines), None)
    assert out[lines.index("Business")] == "related-links"
    assert out[len(top)] is None  # "Harbour council votes to close the old ferry terminal"



def test_past_titles_sharing_a_word_by_chance_to_the_one_telling_the_story():
    """A portal's title shares one word with the story ("Harbour"), its department's name one or two; the title
    under them that shares four or more is the headline, past both, and not the standfirst under it (until the
    thirty-first session only the first later title sharing any word was asked)."""
    from newsevents.clean.headline import find_headline
    top = ["Harbour Province official portal — an province.example", "Department of Town Planning and Heritage",
           "Press release"]
    for standfirst in ("Traders say the terminal vote came without warning from the mayor",
                       "Stall holders at the old terminal say they were not told"):
        lines = top + HARBOUR_STORY[:1] + [standfirst] + HARBOUR_STORY[1:]
        assert find_headline(lines).index == len(top), standfirst


def test_more_furniture_in_general_wording():
    for line, kind in (("Foto: Archivo Diario del Puerto. Vecinos del puerto esperan el último transbordador.",
                        "photo-credit"),
                       ("Traders wait for the last ferry of the night. — Harbour Gazette pic by Jane Roe",
                        "photo-caption"),
                       ("Print-friendly version", "navigation"),
                       ("We acknowledge the Alder and Kess peoples, Traditional Custodians of the land where we work.",
                        "disclaimer")):
        assert boilerplate_reason(line) == kind, line
    for line in ("The council acknowledged the traditional owners' claim in a statement on Tuesday.",
                 "The mayor - whose pic by the quay went viral - said nothing."):
        assert boilerplate_reason(line) is None, line
