"""Tests for the clean stage's kind lexicon (clean/boilerplate.py, data/clean/boilerplate_more.tsv): the twenty-third
session's shapes, each with a content line of the same words that must stay."""

from __future__ import annotations

import pytest

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.clean.boilerplate import boilerplate_reason
from newsevents.model import Document


@pytest.mark.parametrize(("line", "reason"), [
    ("Copyright © 2024 The Harbour Times Ltd. Use of this site means you accept our terms of use and privacy policy.",
     "navigation"),
    ("© 2021 Northgate Media Group. All rights reserved. Privacy | Cookies | Terms | Contact | Advertise with us",
     "navigation"),
    ("Copyright disputes over the 2019 film dragged on for two years, the studio said.", None),
    ("© Copyright 2027, Harbour Times Media Ltd. Reproduced for personal, non-commercial use only.", "disclaimer"),
    ("© Agence Côtière de Presse 2027. Tous droits de reproduction réservés. Toute copie est interdite.", "disclaimer"),
    ("The © mark on the ferry company's posters was removed after the ruling, the court heard.", None),
])
def test_copyright_notice_with_its_year_goes_however_long(line, reason):
    """A footer's copyright notice opens with the sign and the year; the legal text after it is no story."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Copyright law was changed in 2019.", None),
    ("Copyright rules protect the songs.", None),
    ("Copyright and Reprint", "navigation"),
    ("Copyright The Valley Post, all rights reserved", "navigation"),
    ("© Harbour Times", "navigation"),
])
def test_short_copyright_line_is_no_sentence_about_copyright(line, reason):
    """The short copyright rule takes a footer's line, not a story's sentence whose subject is copyright law."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Harbour Times Ltd. Registered in England and Wales. Company number 04412345.", "navigation"),
    ("Telephone: 01632 960123 | Company No. 1234567 | VAT No: GB 123 4567 89", "navigation"),
    ("Gulf Ledger is published by Ledger Media LLC, CR No. 1234567, Doha.", "navigation"),
    ("Valley Post is part of Northgate Holdings, a regional media group and digital publisher.", "navigation"),
    ("The miner sold its local unit, Westfield Pty Ltd, for 40 mln dlrs, the company said.", None),
    ("The firm, registered in Delaware, is part of a group that owns three ports.", None),
])
def test_publishers_company_line_goes(line, reason):
    """A publisher's registration numbers and company line close the page; a story's company news stays."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("ALSO WATCH: Inside the new port at Kivu Bay", "related-links"),
    ("Watch next | Flood barriers tested on the river", "related-links"),
    ("Also: See our full coverage of the vote", "related-links"),
    ("More: the minister said the talks would go on.", None),
    ("Watch: the crowd cheered as the results came in.", None),
])
def test_label_of_other_stories_in_any_words_of_such_labels(line, reason):
    """A link box's label is made of a few words (also, read, watch, more, next ...) and a colon before a title."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Get the Harbour Times app — faster, lighter, with alerts for breaking news. Open in app",
     "subscription-appeal"),
    ("Follow The Valley Post on WhatsApp Channel", "subscription-appeal"),
    ("Follow us on Google News", "subscription-appeal"),
    ("Get Down with APP", None),
    ("Protesters joined a WhatsApp group to plan the march, police said.", None),
])
def test_app_and_messaging_channel_prompts(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("We value your privacy", "cookie-notice"),
    ("We and our partners use cookies and similar technologies to store and access information on your device for "
     "personalised ads and content, ad and content measurement, audience research and services development.",
     "cookie-notice"),
    ("We value your support, the mayor told the crowd.", None),
])
def test_consent_banner_with_partners(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Very large text size", "share-follow"),
    ("License this article", "share-follow"),
    ("Log in, register or subscribe to save articles for later.", "comment-widget"),
    ("Key event", "live-label"),
    ("Show key events only", "live-label"),
    ("06:55 Bill approved on third reading", "related-links"),
    ("Got a news tip? Email newsroom@example.com or call 555 0100.", "author-bio"),
    ("Story by AFP", "byline"),
    ("f Share 842", "social-embed"),
    ("Subscribers can sign up to our weekly Inside Politics newsletter.", "subscription-appeal"),
    ("The large text of the treaty runs to 900 pages.", None),
    ("Log in records showed the minister had read the file.", None),
    ("Have a look at the new map of the district.", None),
    ("12.12 Harbour Cranes Ltd", None),
    ("At 06:55 the bill was approved on third reading.", None),
    ("The story by the agency was later corrected.", None),
])
def test_page_tools_live_blog_furniture_and_credits(line, reason):
    """A page's tools, a live blog's tags and its key events' list, a tip line, an agency's credit, a share count."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("The Harbour Times podcast: why bridges cost twice what councils plan. Listen now", "advertisement"),
    ("Our new quiz app tests what you know about the week's news. Find out more", "advertisement"),
    ("Watch the story", "social-embed"),
    ("The council said residents could learn more at the town hall.", None),
    ("Voters were told to register now or lose their say, the mayor said.", None),
])
def test_promo_ending_in_its_button_and_a_players_button(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Students march to the parliament in Jakarta on Monday. (JH/Seto Wardhana)", "photo-caption"),
    ("Ferry passengers wait at the old pier. (Reuters/Jane Roe)", "photo-caption"),
    ("Image caption, Traders gathered outside the town hall on Monday", "photo-caption"),
    ("Fishermen mend their nets at the harbour | Photo Credit: Jane Roe", "photo-caption"),
    ("The new waiting hall at the northern pier. Photo/Jane Roe", "photo-caption"),
    ("Mayor Ana Ruiz at her desk in the town hall. (Supplied)", "photo-caption"),
    ("Support for the plan fell to 41 per cent, the survey found (CNN/ORC)", None),
    ("The image caption was changed after readers complained.", None),
])
def test_caption_credits_in_other_orders_and_labels(line, reason):
    """A caption's closing credit with the agency first, BBC's "Image caption," label, a credit after a bar."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Authors: Oksana Roe-Melnyk, Bohdan Doe", "byline"),
    ("Writer: Jane Roe", "byline"),
    ("Category: Press Release", "navigation"),
    ("Newspaper section: News", "navigation"),
    ("Section: the council voted on Tuesday.", None),
    ("Editor: The town will vote again.", None),
    ("REPORTER: Is the ferry closing?", None),
])
def test_page_metadata_as_label_and_value(line, reason):
    """A CMS prints its fields as label and value: the writers, the section; a sentence after the label stays."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Correction: An earlier version of this story stated that the vote was unanimous.", "disclaimer"),
    ("A previous version of this article misspelled the mayor's name.", "disclaimer"),
    ("The error is regretted.", "disclaimer"),
    ("We regret the error.", "disclaimer"),
    ("An earlier version of the bill said the tax would rise, the minister said.", None),
    ("The mayor said the council regretted the error in the budget.", None),
])
def test_correction_note_goes(line, reason):
    """A correction's note says what the story once said wrongly; a story about an earlier version of a bill stays."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("View in browser", "subscription-appeal"),
    ("Forwarded this email? Sign up here for The Harbour Brief.", "subscription-appeal"),
    ("Enjoying The Harbour Brief? Share it with a friend.", "subscription-appeal"),
    ("You are receiving this email because you subscribed to The Harbour Brief.", "subscription-appeal"),
    ("Update your preferences | Unsubscribe", "subscription-appeal"),
    ("Our mailing address is: Harbour Media Ltd, 1 Quay Street", "subscription-appeal"),
    ("No spam. Unsubscribe any time.", "subscription-appeal"),
    ("The week's harbour news, explained, every Friday. Sign up", "subscription-appeal"),
    ("The minister forwarded this email to the police, the court heard.", None),
    ("Voters were told to sign up before Friday to take part.", None),
])
def test_email_newsletter_chrome(line, reason):
    """An e-mail newsletter's web version prints its own chrome: the browser link, the forward and share prompts,
    the reason you get it, the unsubscribe line, the mailing address."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Font size: A- A A+", "share-follow"),
    ("Was this page helpful?", "share-follow"),
    ("Spotted a typo? Select the text and press Ctrl+Enter.", "share-follow"),
    ("Total Visitors: 18,204,331", "navigation"),
    ("Best viewed using the latest version of any browser at 1366 x 768 resolution.", "navigation"),
    ("Home > Media > Press Releases > 2025", "navigation"),
    ("Swipe for more photos", "photo-caption"),
    ("Harbour Post Comments Policy:", "comment-policy"),
    ("Dear reader, the comments section is undergoing an overhaul and will return soon.", "comment-policy"),
    ("Was this page helpful to the court, the judge asked.", None),
    ("Visitors to the park rose to 18,204 last year.", None),
    ("The mayor spotted a mistake in the plan.", None),
])
def test_site_tools_and_notices(line, reason):
    """A site's own tools (text size, feedback, error reports), counters, browser notes, a gallery's prompt, the
    comment section's label and state; a story's sentence with their words stays."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Allow Twitter content?", "social-embed"),
    ("This article contains content provided by Twitter. We ask for your permission before anything is loaded.",
     "social-embed"),
    ("Instagram content may not be available", "social-embed"),
    ("The Harbour Post is not responsible for the content of external sites.", "social-embed"),
    ("The council will allow more content on its site, the mayor said.", None),
])
def test_consent_wrapper_of_an_embedded_post(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("IANS", "source-credit"),
    ("— Reuters", "source-credit"),
    ("— with AFP", "source-credit"),
    ("Staff and agencies", "source-credit"),
    ("Reuters", None),
    ("With files from Reuters", "source-credit"),
    ("(With inputs from agencies)", "source-credit"),
    ("(Source: Reuters)", "source-credit"),
    ("Harbour News and news agencies", "source-credit"),
    ("This article is republished from The Harbour Review under a Creative Commons license.", "disclaimer"),
    ("AFP reported that the talks had failed.", None),
    ("With files from the ministry, the inquiry began in May and found the port had been neglected for years.", None),
    ("Agencies said they would cut aid.", None),
])
def test_agency_and_source_credits_on_their_own_line(line, reason):
    """An agency's credit alone (anywhere on the page, not only closing it), a story's sources in other words, a
    licence line; a sentence naming an agency stays."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Go deeper: Lighthouse keepers mark a century", "related-links"),
    ("People also read", "related-links"),
    ("Paid Partner Content", "advertisement"),
    ("Advertisement · Scroll to continue", "advertisement"),
    ("People also read the notices, the mayor said.", None),
])
def test_link_labels_and_ad_slots_in_other_words(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("@harbourtraders We will not go quietly. See you at the town hall on Friday", "social-embed"),
    ("See you at the town hall ♬ original sound - Harbour Traders", "social-embed"),
    ("Harbour Ferries ✅", "social-embed"),
    ("The ferry runs on Fridays, the company said.", None),
])
def test_pieces_of_an_embedded_post(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Comments on this article are moderated.", "comment-policy"),
    ("Commenting on this article has ended.", "comment-policy"),
    ("Comments will be open for 24 hours.", "comment-policy"),
    ("We have temporarily disabled comments on this article.", "comment-policy"),
    ("Readers' comments do not reflect the views of the Harbour Post.", "comment-policy"),
    ("The Harbour Post reserves the right to remove any comment.", "comment-policy"),
    ("This discussion is now closed.", "comment-policy"),
    ("Public comments on the plan are open until May 3, the council said.", None),
    ("The discussion was closed to reporters.", None),
])
def test_comment_section_notices_in_more_words(line, reason):
    """The comment section's state and rules; a consultation's public comments and a closed meeting stay."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Harbour Post Media Pty Ltd (ACN 004 219 777). All rights reserved.", "navigation"),
    ("88 Reposts · 1,204 Likes · 12 Bookmarks", "social-embed"),
    ("Port Alder 14°C", "other"),
    ("Support independent local journalism in Maple County.", "donation-appeal"),
    ("The Lantern is 100% reader-funded. Chip in today.", "donation-appeal"),
    ("Get HarbourNews on your phone", "subscription-appeal"),
    ("Headlines and summaries are the property of their respective owners.", "disclaimer"),
    ("Blog at WordPress.com.", "navigation"),
    ("Read the full explainer →", "related-links"),
    ("Temperatures reached 41°C in Port Alder on Monday.", None),
    ("Support for the ferry plan grew among independent traders.", None),
    ("The council is funded by the county and supported by volunteers.", None),
])
def test_kinds_in_other_words_twenty_fifth_session(line, reason):
    """A company number in threes, counts with separators, a weather widget with its place, appeals naming what they
    fund, an app prompt, an aggregator's notice, a blog platform's credit, a link to the whole piece; sentences stay."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Share: Harbour council votes to close the old ferry terminal — via @HarbourPost", "share-follow"),
    ("The Harbour Post · 2 days ago", "date-line"),
    ("Why am I seeing this?", "advertisement"),
    ("Good morning from Port Alder. This week we have two stories for you.", "subscription-appeal"),
    ("The Brief is written by Jane Roe. Thanks to Jim Doe for editing.", "source-credit"),
    ("Support independent journalism in Maple County. Subscribe from $5 a month.", "donation-appeal"),
    ("Share prices fell 3 per cent on Tuesday, the exchange said.", None),
    ("Good morning, the mayor said as she opened the meeting.", None),
    ("Thanks to the volunteers, the harbour reopened on Monday.", None),
])
def test_listing_and_newsletter_chrome_twenty_fifth_session(line, reason):
    """A share prompt with the site's handle, a listing's source and age, a recommendation's question, a newsletter's
    greeting and its thanks to its editor, an appeal with its offer; the story's sentences stay."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("View all 12 photos", "photo-caption"),
    ("Next gallery: Harbour festival in pictures", "photo-caption"),
    ("Show transcript", "other"),
    ("The council will show all 12 photos at the hearing.", None),
])
def test_gallery_and_player_controls_twenty_fifth_session(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Herald/Hilal al Busaidi", "photo-credit"),
    ("Ana de Souza/Harbour Post", "photo-credit"),
    ("Traders closed their stalls on the quay. [File: Jane Roe/Harbour Post]", "photo-caption"),
    ("The mayor at the briefing yesterday. Pic by Jane Roe", "photo-caption"),
    ("(Additional reporting by Jim Doe in Port Alder)", "source-credit"),
    ("Verified", "social-embed"),
    ("Distributors/Traders List", None),
    ("Harvests fell to 24 mln tonnes in 1985/86 (August/July).", None),
    ("The mayor leads by six points. [IBD/TIPP]", None),
])
def test_caption_credits_in_other_forms_twenty_sixth_session(line, reason):
    """A photographer's name with a particle beside the paper, a bracketed "File:" credit, "Pic by", a bracketed note
    of added reporting, a platform's badge; topics with a bar, a season's months and a poll's source stay."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("The Harbour Post depends on readers like you.", "donation-appeal"),
    ("Like what you read? Harbour Lens is funded by its readers. Become a patron.", "donation-appeal"),
    ("Subscribe from $5 a month.", "subscription-appeal"),
    ("Our readers keep us independent. Subscribe from $5 a month.", "subscription-appeal"),
    ("Stay updated with the latest news. Follow Harbour Lens on Google News.", "share-follow"),
    ("He urged people to follow the party on WhatsApp, where it posts its plans.", None),
    ("© Harbour Lens, 2026. Citing is permitted with a hyperlink to harbourlens.example.", "disclaimer"),
    ("This article was printed from harbourpost.example.", "navigation"),
    ("Printed and published by Jane Roe on behalf of Harbour Media Ltd", "navigation"),
    ("Reg. No. 2011/004417/07", "navigation"),
    ("Follow Harbour Lens on Google News.", "subscription-appeal"),
    ("Harbour Post acknowledges the Traditional Owners of the land on which we work.", "disclaimer"),
    ("Show latest first", "other"),
    ("Refresh feed", "other"),
    ("View as slideshow", "other"),
    ("7.30pm Council opens the budget debate", "related-links"),
    ("7.30pm The mayor said the budget was balanced.", None),
    ("The party is funded by its members, the treasurer said.", None),
    ("Reproduction is prohibited under the new law.", None),
    ("The ministry depends on donors like the European Union.", None),
])
def test_site_notices_in_other_words_twenty_sixth_session(line, reason):
    """How the site is paid for, its reuse terms, print and imprint lines, a news app's follow prompt, an
    acknowledgement of country, a live blog's controls; the story's sentences about funding and law stay."""
    assert boilerplate_reason(line) == reason


def test_headline_under_a_link_and_over_a_byline_opens_the_story():
    """Twenty-sixth session: a byline between the headline and the story does not make the headline a link."""
    from conftest import HARBOUR_STORY
    from newsevents.clean.boilerplate import classify

    lines = ["Trending: Ferry terminal closure vote", "Harbour council votes to close the old ferry terminal",
             "By Jane Roe", *HARBOUR_STORY[1:]]
    reasons = classify(lines)
    assert reasons[0] == "related-links" and reasons[1] is None, list(zip(lines, reasons, strict=True))


@pytest.mark.parametrize(("line", "reason"), [
    ("PHP=X +0.12%", "navigation"),
    ("AAPL 182.40 -1.4%", "navigation"),
    ("NGX ASI ▲0.6%", "navigation"),
    ("Inflation rose 0.4%", None),
    ("Turnout reached 61.2%", None),
])
def test_market_quote_alone_is_a_ticker(line, reason):
    """A symbol and a signed change in per cent alone on a line is a finance portal's ticker (twenty-seventh session);
    a figure in words stays."""
    assert boilerplate_reason(line) == reason


def test_headline_under_a_trending_list_over_the_wire_name_stays():
    """Titles under "Trending Now" are links, but the headline under them, with the wire's name and a label between
    it and the story, opens the story (``opens_story``, twenty-seventh session)."""
    raw = "\n".join(["Trending Now", "Typhoon warning raised for the north", "Lottery jackpot hits a record",
                     HARBOUR_STORY[0], "Harbour Wire", "In this article:", *HARBOUR_STORY[1:]])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == HARBOUR_STORY[0]
    assert "Lottery jackpot hits a record" not in article.text


@pytest.mark.parametrize(("line", "reason"), [
    ("By political reporter Jane Roe", "byline"),
    ("By Europe correspondent Jane Roe", "byline"),
    ("By reporter standards it was a long day.", None),
    ("Topic: Federal Government", "tags"),
    ("Topic: the budget was discussed at length.", None),
    ("Story continues", "read-more"),
    ("Story continues to develop as we learn more.", None),
])
def test_beat_bylines_topic_fields_and_story_breaks(line, reason):
    """Twenty-seventh session: the kinds in other words, each with a sentence of the same words that stays."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("5 mins to read", "byline"),
    ("7-minute read", "byline"),
    ("Harbour reporter Jane Roe", "byline"),  # a byline by the job, no "By"
    ("Correspondent : Mia Costello", "byline"),
    ("Reporter Jane Roe wins the harbour prize", None),  # a title about a reporter
    ("Producers Cooperative Board.", None),  # a plural is no one writer's job
    ("Opinion / harbour / ferries / Port Ellis", "tags"),  # a trail of topic tags between slashes
    ("Ferries / buses / trains", None),  # three items: a short list, not a trail
    ("The ferry / bus / tram / train passes will cost more from May, the council said.", None),
])
def test_reading_times_job_bylines_and_slashed_tag_trails(line, reason):
    """Twenty-ninth session: a reading time "to read", a byline naming the job only, topic tags between slashes."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("This article appears in the spring print edition of Harbour Review under the headline \"Low Tide\".",
     "source-credit"),
    ("This story was corrected on 4 May: an earlier version gave the wrong date for the ferry vote.", "source-credit"),
    ("Reporting for this story was funded by the Coastal Press Trust, which had no say in what was written.",
     "source-credit"),
    ("The article appears to have been written before the vote, the council said.", None),  # the story's, no "this"
    ("This story of the harbour began in 1890, when the first ferry sailed.", None),  # not a note about the page
])
def test_the_pages_note_about_the_article_itself(line, reason):
    """Twenty-ninth session: where the article appears, that it was corrected, who paid for the reporting."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Comments on this article are moderated. Please stay on topic.", "comment-policy"),
    ("Add your view: replies close after 48 hours. Comments close after 48 hours.", "comment-policy"),
    ("Have your say: we print a few readers' letters each week.", "comment-policy"),
    ("Residents had their say: the ferry must stay.", None),  # the story's people, not the page's comments
    ("The council said comments on the plan close in May.", None),
    ("This live page updates automatically every minute.", "live-label"),
    ("Refresh to see the latest updates.", "live-label"),
    ("Latest entries appear at the top.", "live-label"),
    ("This page of the harbour's history was written by its first keeper.", None),
    ("Autoplay is off. Videos will start with sound muted.", "social-embed"),
    ("The ferry captain said a report on the crash would follow. Report an error", "other"),
    ("Found a mistake in this story?", "other"),
    ("The inspectors found a mistake in the ferry's log.", None),
    ("Terms: For Harbour Wire clients only. Not for onward distribution.", "disclaimer"),
    ("Harbour Radio Ltd. Licensed by the BCA.", "disclaimer"),
    ("Copyright © Harbour Review Ltd. Printed and published at 4 Quay Street, Port Ellis, for its owners.",
     "disclaimer"),
    ("The memo was not for publication, the minister said.", None),  # a story's sentence, not the note alone
    ("ALSO ON HARBOUR REVIEW: Ferry fares rise in May", "related-links"),
    ("You might also enjoy: The last keeper of the lighthouse", "related-links"),
    ("Also on Tuesday, the council voted to keep the ferry.", None),
    ("More from the mayor: “The ferry stays.”", None),  # a quotation's introduction
    ("Also on the list: The old pier and the lighthouse.", None),  # no name of a site after "Also on"
    ("By the Harbour Review politics desk", "byline"),
    ("By the end of the week the desk was empty.", None),
    ("Updated 09:40 Lisbon time, Friday 4 March", "date-line"),
    ("Having trouble reading this newsletter? Open the web edition.", "subscription-appeal"),
    ("If images don't display, click here.", "subscription-appeal"),
    ("Write to us: letters@harbourreview.example. We edit for length.", "comment-policy"),
    ("ON AIR NOW: The Harbour Hour with Jane Roe", "live-label"),  # a broadcaster's now-playing strip
    ("Now streaming – Quayside Tonight", "live-label"),
    ("The show went on air now that the strike is over.", None),
    ("Presented by Harbour Credit Union — savings that stay on the coast.", "advertisement"),
    ("Today's issue is brought to you by Quayside Books.", "advertisement"),
    ("The festival was sponsored by Quayside Books.", None),  # a story's sponsor, not the letter's
    ("Forward this to a friend who still takes the ferry.", "subscription-appeal"),
    ("Know anyone who would enjoy this? Send it on.", "subscription-appeal"),
    ("The Harbour Letter is written by Jane Roe. Reply to this email to reach her.", "author-bio"),
    ("The harbour bill is written by Senator Roe. She says it will pass.", None),  # no reply prompt: the story's
    ("Good morning, and welcome to the 40th Harbour Letter.", "subscription-appeal"),
    ("Good morning, the mayor said as she opened the meeting.", None),
    ("Good evening and welcome to our coverage of the harbour vote. The council holds nine seats, so the bill is "
     "expected to pass unless two members change sides.", None),  # a live page's opening: the greeting goes on
    ("Harbour Media LLC, 2nd Floor, 14 Quay St, Port Ellis", "navigation"),  # the publisher's postal address
    ("Alder Metals Ltd, Harbour Shipping Inc, Quay Holdings", None),  # a list of firms, no street
])
def test_the_page_speaking_of_its_comments_updates_player_and_rights(line, reason):
    """Twenty-ninth session (C2): the page's notes about itself in other words than the older rows."""
    assert boilerplate_reason(line) == reason
