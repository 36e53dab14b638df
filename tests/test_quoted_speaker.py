"""First person inside a quote is the quote's speaker (events/quoted_speaker.py), on texts we wrote."""

from __future__ import annotations

from conftest import event_reader

events_of = event_reader(fields=("source_code", "target_code", "family"))


def test_we_in_a_quote_of_two_sentences_is_the_speakers_government():
    text = ("The Chilean foreign minister, Ana Rojas, spoke to reporters on Monday.\n\n"
            "\"We condemn Peru for closing the border. This is a grave mistake,\" she said.")
    assert ("CHLGOV", "PER", "11") in events_of(text)


def test_i_in_a_quote_paragraph_with_the_speaker_named_after():
    text = ("Ghana's President John Mensah spoke in Accra.\n\n"
            "\"Our talks went well. I praised Togo for its patience,\" Mensah told reporters.")
    assert ("GHAGOV", "TGO", "05") in events_of(text)


def test_our_before_a_role_gives_the_role_the_speakers_country():
    text = ("Somalia said its army was on alert. Somali troops shelled Kenya on Sunday. "
            "Kenya's defence minister Paul Otieno replied on Monday.\n\n"
            "\"Our troops attacked Somalia at dawn. It was a hard week,\" Otieno said.")
    assert ("KENMIL", "SOM", "19") in events_of(text)


def test_no_speaker_country_no_actor():
    text = ("A doctor at the clinic spoke on Monday.\n\n"
            "\"It was a hard week. We condemn Israel for the strike,\" the doctor said.")
    assert not any(t == "ISR" and c == "11" for _, t, c in events_of(text))


def test_we_outside_quotes_is_not_a_speaker():
    text = ("Chile's foreign minister Ana Rojas spoke on Monday.\n\n"
            "We condemn Peru for closing the border.")
    assert not any(s.startswith("CHL") and t == "PER" and c == "11" for s, t, c in events_of(text))


def test_our_before_a_noun_of_no_actor_is_the_speakers_state():
    text = ("Somalia's President Hassan Ali spoke on Monday.\n\n"
            "\"Kenya has invaded our country, as it did before,\" Ali said in a radio address.")
    assert ("KEN", "SOMGOV", "19") in events_of(text)
