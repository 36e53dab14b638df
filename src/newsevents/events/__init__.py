"""events: who did what to whom — CAMEO codes with Goldstein, QuadClass and PLOVER,
modality, the sentence behind each event, and the quote it sits in.

Reads ``Document.parsed``, ``mentions`` and ``quotes``; adds ``Document.events``.
The same event restated (headline, standfirst, body) is kept once.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, partial

from newsevents.actors.dissolved_states import dated_state
from newsevents.events.advice import advised, evaluated
from newsevents.events.agentless import story_doer
from newsevents.events.audience import told_outlet
from newsevents.events.coder import dyads, find_in_sentence
from newsevents.events.commerce import traded
from newsevents.events.concurred import concurred
from newsevents.events.context import (
    StoryContext,
    event_nouns_of,
    needs_recipient,
    noun_owners,
    own_place,
    pair_among,
    pair_phrase,
    state_ranking,
    story_parties,
)
from newsevents.events.counterpart import aimed_at_counterpart, counterpart, own_forces, own_ground
from newsevents.events.creditors import business_of_no_state, creditors_code
from newsevents.events.deed_clauses import told_again
from newsevents.events.figurative import figurative_force
from newsevents.events.follow import copy_act, followed_act, followers
from newsevents.events.found import known
from newsevents.events.groups import group_finder, group_members, group_size, included, named_lists, pronoun_members
from newsevents.events.headline import is_heading, merge_headings
from newsevents.events.home import home_target, on_itself, placed_onto_its_target, private_gift
from newsevents.events.mention_index import MentionIndex
from newsevents.events.modality import planned_meetings
from newsevents.events.nonpolitical import as_company, in_company_name, nonpolitical
from newsevents.events.not_acts import own_policy
from newsevents.events.patterns import load_rules
from newsevents.events.placing import (
    dateline_state,
    event_actor,
    first_state_for,
    home_country,
    others_or_many,
    sentence_place,
    settle_source,
    settle_target,
)
from newsevents.events.quoted_speaker import quote_speaker
from newsevents.events.restated import drop_restated
from newsevents.events.sport import game_event, sport_page
from newsevents.events.story_talks import story_talks, talk_events
from newsevents.events.targets import a_sum
from newsevents.events.thing_done import thing_done
from newsevents.events.timing import event_date
from newsevents.events.token_actors import actor_finder, stance_prefixed
from newsevents.model import Document, Event, Mention

__all__ = ["code_events", "actor_finder", "stance_prefixed"]
def quote_at(doc: Document, offset: int) -> str | None:
    for quote in doc.quotes:
        if quote.start <= offset < quote.end:
            return quote.id
    return None


def code_events(doc: Document) -> Document:
    """The events stage."""
    if doc.article is None or not doc.parsed:
        return doc
    rules = load_rules()
    index = MentionIndex(doc.mentions)
    home = dated_state(dateline_state(doc.article.dateline), doc.date) or home_country(doc.mentions)
    ranking = state_ranking(doc.mentions)
    events: list[Event] = []
    parties = story_parties(doc.mentions)  # the pair, or the one state the story is about
    nouns = event_nouns_of(rules)
    owners = noun_owners(doc.parsed, doc.article.paragraphs, nouns, index.at)
    story = StoryContext(list(index.mentions), pair_among(parties), home, events, nouns, parties, owners)
    lists = [named for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True)
             for named in named_lists(spacy_doc, paragraph.start, index.at)]
    seen: set[tuple[str, ...]] = set()  # headings apart: merge_headings keeps the restatement
    sporting = cache(lambda: sport_page(doc.article.text))  # "Wales threatened", "Italy hit back": teams
    for number, (paragraph, spacy_doc) in enumerate(zip(doc.article.paragraphs, doc.parsed, strict=True)):
        previous_start = doc.article.paragraphs[max(number - 1, 0)].start
        if not spacy_doc.has_annotation("DEP"):
            continue  # fast path: no parse, no event (and spaCy crashes walking its tree)
        actor_of = actor_finder(index, paragraph.start, doc.quotes)
        for sent in spacy_doc.sents:
            sent_start = paragraph.start + sent.start_char
            named_here = index.between(sent_start, paragraph.start + sent.end_char)
            local = sentence_place(named_here)  # where police and courts of no named country act
            near = previous_start if sent.start_char == 0 else paragraph.start  # "The two countries": named here
            groups = group_finder(lists, story.pair, sent_start, ranking, named_here, actor_of,
                                  index.between(0, sent_start), near)
            speaker_of = partial(quote_speaker, quotes=doc.quotes, paragraph_start=paragraph.start)
            found_here = [found for found in planned_meetings(find_in_sentence(sent, rules, actor_of, groups=groups,
                                                                               speaker_of=speaker_of), doc.date, rules)
                          if not (advised(found) or evaluated(found) or concurred(found) or traded(found))]
            before = len(events)
            for found in found_here:
                shared = len({m.code[:3] for _, m in found.sources if m is not None and m.code
                              and not m.code.startswith("---")}) > 1
                for (s_token, s_mention), target in dyads(found):
                    t_token, t_mention = target if target else (None, None)
                    if told_outlet(t_token, t_mention) or a_sum(t_token):
                        continue  # "complained to Reuters that ...", "promised the BBC": an interview, no party;
                        # "will return 1.7 billion Canadian dollars to businesses": a currency, not Canada
                    source = event_actor(s_mention, found.code, source=True, token=s_token)
                    first_state = first_state_for(source, sent, paragraph.start, index.mentions, s_mention, t_mention,
                                                  s_token, actor_of, tuple(m for _, m in found.targets))
                    source = settle_source(source, s_mention, found.trigger, actor_of, first_state, home, token=s_token,
                                           local=local)
                    source = story_doer(source, s_mention, t_mention, found.code, events)  # "was raided": whose
                    if source.startswith("---") or game_event(found.code, s_mention, t_mention) and sporting():
                        continue
                    sent_start = paragraph.start + sent.start_char
                    target_code = creditors_code(event_actor(t_mention, found.code, source=False, token=t_token),
                                                 t_token)  # "its creditors": a business group of no state
                    if not (t_mention is None and story.refers_to_act(t_token)):  # "the attack": its doer
                        target_code = settle_target(target_code, source, found.trigger, actor_of,
                                                    token=t_token, code=found.code, shared=shared, home=home)
                    if own_place(source, target_code, t_mention, found.code):
                        target_code = "---"
                    at_home = own_ground(source, target_code, t_mention)  # "M23 rebels pulled out of Goma"
                    if aimed_at_counterpart(found.code) and (target_code.startswith("---") or at_home
                                                             or own_forces(source, target_code)):
                        sent_span = (sent_start, paragraph.start + sent.end_char)  # "called up reservists"
                        aggressor = next(iter(story.doers_of("", source)), None)
                        target_code = counterpart(source, story.named_in(sent_span), story.pair, aggressor) \
                            or ("---" if at_home or own_forces(source, target_code) else target_code)  # not a party
                    target_codes = [target_code]
                    named = included(t_token, actor_of) or pronoun_members(t_token, lists, sent_start, actor_of) \
                        or (group_size(t_token) or 0) > 2 and group_members(t_token, lists, (), sent_start, ranking)
                    if named:  # "urged the three countries": each one named before; "four countries, including X"
                        target_codes = [c for m in named
                                        if (c := member_code(m, found.code, source=False))[:3] != source[:3]]
                    elif (target_code.startswith("---") or pair_phrase(t_token) and not known(t_mention)) \
                            and not others_or_many(t_token):  # "foreign banks": not the story's
                        # "all parties": not at home; "the two leaders" as their own group act on each other
                        at = paragraph.start + found.trigger.idx
                        span = (previous_start, paragraph.start + len(paragraph.text))  # this paragraph and the last
                        done = t_token is None and thing_done(found.trigger, actor_of, story.refers_to_act,
                                                                  found.code)
                        target_codes = ([] if done else story.targets(source, found.code, t_token, at, span)) \
                            or [story.sector_home(target_code)]  # "agreed to cut its output": aimed at no party
                    for target_code in target_codes:
                        if target_code.startswith("---") and needs_recipient(found.code) \
                                and not business_of_no_state(target_code, t_token, others_or_many):
                            continue  # an act aimed at nobody the story names (not "talks with its creditors")
                        target_code = home_target(found, source, target_code, t_token, t_mention, actor_of)
                        if target_code is None or private_gift(found, source, target_code, s_mention):
                            continue  # aimed at nobody abroad and no one at home; a donation (events/home.py)
                        if in_company_name(s_mention, spacy_doc, paragraph.start):
                            source = as_company(source)  # "El Paso Electric Co agreed": a company
                        if t_mention is not None and (t_mention.code or "")[:3] == target_code[:3] \
                                and in_company_name(t_mention, spacy_doc, paragraph.start):
                            target_code = as_company(target_code)  # "to supply Japan Airlines"
                        if nonpolitical(source, target_code, found.code) \
                                or own_policy(source, target_code, found.code) \
                                or on_itself(source, target_code, s_mention, t_mention, found.code) \
                                or placed_onto_its_target(source, target_code, s_mention, t_mention, found.code) \
                                or figurative_force(found.code, source, target_code):  # "MPs bombarded the minister"
                            continue  # commerce between firms, a word to the press (nonpolitical.tsv)
                        key = (is_heading(paragraph), source, target_code, found.code, found.modality)
                        if key + (found.trigger.lemma_.lower(),) in seen or key + (sent_start,) in seen \
                                or told_again(found.trigger, source, target_code, found.code, events):
                            continue  # told again; but another word in another sentence is another act
                        seen.update({key, key + (found.trigger.lemma_.lower(),), key + (sent_start,)})
                        start, end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
                        trigger_at = paragraph.start + found.trigger.idx
                        day, precision = event_date(sent, doc.date)
                        events.append(Event(
                            id=f"e{len(events) + 1}", code=found.code, source=source, target=target_code,
                            source_text=s_mention.text if s_mention else s_token.text,
                            target_text=(t_mention.text if t_mention else t_token.text) if t_token is not None
                            else None,
                            sentence=doc.article.text[start:end], start=start, end=end,
                            modality=found.modality, quote_id=quote_at(doc, trigger_at),
                            date=day, date_precision=precision,
                            trigger=doc.article.text[trigger_at:trigger_at + len(found.trigger)],  # the page's own word
                            plover=rules.plover_modes.get((found.code, found.trigger.lemma_.lower())),
                        ))
            talks = story_talks(sent, rules, actor_of, story, (previous_start, paragraph.start + len(paragraph.text)),
                                named_here, found_here, events[before:])  # "the talks failed": the pair's
            for event in talk_events(talks, text=doc.article.text, offset=paragraph.start, sent=sent,
                                     number=len(events) + 1, date=event_date(sent, doc.date),
                                     quote_of=lambda at: quote_at(doc, at)):
                if (key := (is_heading(paragraph), event.source, event.target, event.code, event.modality)) not in seen:
                    seen.add(key)
                    events.append(replace(event, id=f"e{len(events) + 1}"))
            start, end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
            for follower in followers(sent):  # "Yemen and Libya later followed suit"
                mention = actor_of(follower)
                act = followed_act(events, start) if mention is not None else None
                source = event_actor(mention, act.code, source=True, token=follower) if act else "---"
                copied = act and copy_act(act, source, mention.text, start=start, end=end, trigger=follower.text,
                                          sentence=doc.article.text[start:end], number=len(events) + 1)
                if copied:
                    events.append(copied)
    headings = [(p.start, p.start + len(p.text)) for p in doc.article.paragraphs if is_heading(p)]
    return replace(doc, events=tuple(drop_restated(merge_headings(events, headings))))


def member_code(member: Mention, code: str, *, source: bool = True) -> str:
    """A group member as an event's actor: as it would be named alone."""
    return event_actor(member, code, source=source)

