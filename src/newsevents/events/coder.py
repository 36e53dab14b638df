"""The event coder: pattern heads in the parse -> (source, code, target) with evidence.

For each sentence, a verb or noun whose lemma heads a pattern is checked against the
pattern's particle, object and preposition; the source is its subject (or the
by-phrase of a passive, or the subject of the verb a nominal event hangs on), the
targets are its object or the objects of the pattern's preposition, with their
conjuncts ("between the US and North Korea" is two targets).
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import no_party, syntax
from newsevents.events.agentless import AGENTLESS_ROOTS, FORCE_ROOTS, authorities, device, told_passive, unsaid_doer
from newsevents.events.alleged import find_alleged_ground
from newsevents.events.answered import answered
from newsevents.events.asides import acts_on_party, pronoun_doer
from newsevents.events.authors import speech_author
from newsevents.events.behind import find_behind
from newsevents.events.brokers import find_brokered, with_brokers
from newsevents.events.called_for import called_for_code
from newsevents.events.captives import held_by
from newsevents.events.complaints import find_referred, with_referred
from newsevents.events.constructions import (
    denied_acts,
    deployment_code,
    embargo_code,
    find_phrases,
    find_received,
    find_requested,
    find_threatened_response,
    find_vindicated,
    joint_code,
    reported_harm,
)
from newsevents.events.counterparts import counterpart_named, with_counterpart
from newsevents.events.creditors import creditors
from newsevents.events.declined import aimed_abroad, declared_refusal
from newsevents.events.demands import find_obligations, find_pushed, pushed_content
from newsevents.events.discards import discarded
from newsevents.events.embedding import party_group, settle_embedded
from newsevents.events.ended_force import ended_force
from newsevents.events.found import RECIPROCAL_ROOTS, Found, known, named_parties, reporter_subject
from newsevents.events.frames import ROOT_DEFAULT, match_pattern
from newsevents.events.grievances import find_grievances
from newsevents.events.halted import halted_talks
from newsevents.events.journeys import without_journeys
from newsevents.events.judged import find_charges, find_described, find_judged
from newsevents.events.labelled import find_labelled, labels_object
from newsevents.events.met_with import find_met_with
from newsevents.events.modality import (
    announced_measure,
    intent_code,
    modality_of,
    refusal_code,
    refused_by,
    the_condition,
    ultimatum,
)
from newsevents.events.mutual import find_mutual_between, mutual_acts, several_acts
from newsevents.events.nominal import find_nominal, mission_owner, with_nominal
from newsevents.events.not_acts import in_question, not_an_act
from newsevents.events.noun_sources import met_there, noun_source
from newsevents.events.orders import find_ordered_out
from newsevents.events.pair_deeds import pair_deed
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.phoned import find_phoned
from newsevents.events.placing import place_of
from newsevents.events.pronoun_lists import list_pronoun, with_members
from newsevents.events.reacted import find_reacted
from newsevents.events.referred import ASKING_ROOTS, acts_doer, asked_of_act, reaction_to, referred_act
from newsevents.events.relief import relief_code, without_relief_purpose
from newsevents.events.reported_wrong import find_reported_wrong, without_alleged_help
from newsevents.events.standing import not_done
from newsevents.events.stated_judgements import find_stated_judgements, new_judgements
from newsevents.events.supplied import find_supplied, supply_requested
from newsevents.events.targets import COUNTERPART_ROOTS, VISIT, target_tokens
from newsevents.events.thing_doers import thing_does
from newsevents.events.thing_targets import own_means, own_organ, role_adjective, thing_target
from newsevents.events.together import find_discussed
from newsevents.events.venue import trips_to_meetings
from newsevents.events.verbal import alleged, by_crowd, charged_state, in_words, parade, state_protest, struck_by_force
from newsevents.events.visiting import find_visiting
from newsevents.events.vows import promised_harm
from newsevents.events.warned_if import find_conditional_warnings
from newsevents.events.wished import find_wishes, wished_content
from newsevents.events.words import pattern_tokens, sentence_words
from newsevents.model import Mention

YIELDING = {"080", "081", "082", "083"}  # easing and yielding: what is eased is no party (CONCEDE)
AUTHORITY_ROOTS = {"09", "11", "17"}  # investigating, charging, arresting: done by the state where it happens
VOICED = ("110", "111", "114")  # criticism and complaints: anyone's words, no authority's act ("was criticized")
PRESSED = {"force"}  # "the firm was forced into bankruptcy", "the band were forced to cut short the show": by events
AT_HOME_NOUNS = {"14"}  # "continued their hunger strike": a protest needs no named target
TRAVEL_CODES = (VISIT, "043", "045")  # a visit, hosting or mediation needs its counterpart named
ONE_WAY_PREPS = {"to", "for", "in", "from", "behind", "by", "of"}  # "pledged aid to", "invested in": a target
# the act goes to, not a partner ("Germany, Italy and Spain have invested" did not invest in each other)
ONE_WAY_CODES = TRAVEL_CODES + ("051", "052", "053", "054", "055", "056")  # travel, host, mediate, praise,
# defend, rally, recognise, apologise, forgive: "France and Germany praised the agreement" praise a third thing, not
# each other; "Hungary and Poland are heading that way" visit no one (audits on real news)
STAGING_VERBS = {"stage", "hold", "begin", "start", "continue", "launch", "call", "organize", "organise", "lead",
                 "join", "go", "stag"}  # "stag": the parser's lemma of "staged" ("staged a sit-in")


AUDIENCE_VERBS = {"tell", "address", "speak", "brief"}


def circumstance(noun, pattern: Pattern) -> bool:
    """A noun after "at" is where or why something happened, not an act: "met at the request
    of France" (France asked: constructions.find_requested), "speaking at a campaign rally",
    "at the meeting of the G7" (real-news audit: rallies read as protests); nor is an audience
    ("told a rally in Rajasthan", "addressed a rally", "spoke to a rally")."""
    if pattern.pos != "N":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        return not met_there(noun)  # "offered a treaty at talks with X": the subject's talks with X
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    return noun.dep_ in ("dobj", "dative", "pobj") and head.lemma_.lower() in AUDIENCE_VERBS  # "told a rally"


def find_in_sentence(sent, rules: Rules, actor_of, groups=None, speaker_of=None) -> list[Found]:
    """Events in one sentence. ``actor_of(token)`` gives the Mention naming a token's actor;
    ``groups(token)`` the members a group noun stands for ("the four countries": ``groups.py``);
    ``speaker_of(token)`` the speaker of the quote around a token (``quoted_speaker.quote_speaker``)."""
    found: list[Found] = []
    words = sentence_words(sent)
    for token in pattern_tokens(sent, rules):  # the others match no pattern (events/words.py)
        pattern = match_pattern(token, rules, words)
        pattern = alleged(token, pattern) if pattern is not None else None  # "charged that ...": 112
        if pattern is None:
            continue
        source = syntax.subject_of(token) if pattern.pos == "V" else noun_source(token, rules)
        relative = None
        if pattern.pos == "V" and syntax.dated_relative(token, source):
            source = token.head  # "X, who met Putin on Monday, said": a dated act, not background
        elif pattern.pos == "V" and (doer := pronoun_doer(source)) is not None:
            relative, source = source, doer  # "Kenya protested to Uganda, which expelled ...": Uganda (asides.py)
        if pattern.pos == "V" and (source is None or actor_of(source) is None):
            source = reporter_subject(token, actor_of) or speech_author(source, actor_of) or source
            # "X said A was B and called on Y"; "X issued a statement that criticised Y"
        sources = tuple((t, actor_of(t) or device(t, pattern, rules)) for t in named_parties(source, actor_of))
        if source is None and pattern.pos == "V" and pattern.code[:2] in AUTHORITY_ROOTS \
                and not pattern.code.startswith(VOICED) and token.lemma_.lower() not in PRESSED \
                and syntax.is_passive(token):
            sources = ((token, authorities(token)),)  # "a US national was arrested in Italy"
        elif source is None and pattern.code[:2] in AGENTLESS_ROOTS and pattern.pos == "V" and told_passive(token):
            sources = ((token, unsaid_doer(token)),)  # "the terminal was raided": the story's raider (agentless.py)
        if groups is not None and source is not None and (not any(known(m) for _, m in sources)
                                                          or list_pronoun(source) and len(sources) == 1):
            sources = tuple((source, m) for m in groups(source)) or sources  # "the two leaders agreed"; "they"
        if not any(m is not None and m.code for _, m in sources) or discarded(token, rules) \
                or circumstance(token, pattern) or not_an_act(token, pattern, actor_of) \
                or thing_does(token, actor_of) or labels_object(token, pattern, rules):
            continue  # the cheaper test first: most triggers have no known doer
        manner = pattern.code[:2] not in FORCE_ROOTS  # "attacked the way X handled it": words, not force
        targets = tuple((t, actor_of(t)) for tok in target_tokens(token, pattern)
                        for t in named_parties(acts_doer(tok, actor_of, manner), actor_of)
                        if t.lower_ not in REFLEXIVES)
        if pattern.pos == "V" and pattern.prep == "in" and syntax.object_of(token) is not None:
            targets = owned_mission(token, sources, targets, actor_of)  # "closed the Ugandan consulate in Mombasa"
        if relative is not None and not acts_on_party(token, targets, sources, actor_of):
            continue  # "Short, who resigned over the Iraq war": no party of its own, no act (asides.py)
        if not targets and pattern.object and not pattern.prep and pattern.pos == "V":
            targets = referred_act(token, rules)  # "dismissed the sanctions": aimed at whoever imposed them
        if not targets and pattern.code[:2] in ASKING_ROOTS and pattern.pos == "V":
            targets = asked_of_act(token, rules)  # "called for the embargo to be lifted": at whoever imposed it
        if not any(known(m) for _, m in targets) and pattern.pos == "V":
            targets = reaction_to(token, actor_of) or targets  # "..., prompting Egypt to demand an explanation"
        if (pattern.code[:3] in YIELDING or pattern.code[:2] == "14") and not any(m is not None for _, m in targets):
            targets = ()  # "lifted the ban on political gatherings", "bowed to demands", "went on strike over
            # pension reform": what is eased or protested is no party; the act is at home
        targets = with_members(targets, groups)  # "visited them": each state of a list named before
        if mutual(pattern, sources, token) and not any(known(m) and names_party(t, m, pattern) for t, m in targets):
            if not with_counterpart(targets):
                targets = ()  # "X and Y held talks on missiles", "agree Egyptian-brokered ceasefire": with each other
            elif not any(creditors(t) for t, _ in targets):
                continue  # "X and Y struck agreements with the cartel": with it, not each other; no code for it
            # "X and Y struck agreements with creditor banks": each with the banks (---BUS)
        elif (pattern.pos == "N" and not held_at_home(token, pattern) or pattern.origin == ROOT_DEFAULT) \
                and not any(known(m) or creditors(t) for t, m in targets):  # "talks with its creditors": ---BUS
            if targets or pattern.pos != "N" or not pair_deed(token, pattern.code, source, actor_of):
                continue  # nominal and generic events need a known target to be worth a row; but "the U.S.
                # threats have undercut ...": the story's pair gives the target (events/pair_deeds.py)
        if pattern.code[:2] in FORCE_ROOTS and targets and not any(m is not None for _, m in targets) \
                and place_of(token, actor_of) is None:
            continue  # "he attacked the plans": words, not force; "retook a village in Cambodia" is
        if pattern.code[:2] in COUNTERPART_ROOTS \
                and not any(m is not None or party_group(t) or creditors(t) for t, m in targets) \
                and (len([m for _, m in sources if m is not None]) < 2 or pattern.code.startswith(TRAVEL_CODES)):
            continue  # "he was speaking": a consultation needs a counterpart; "A and B are heading that way": no one
        modality = modality_of(token, pattern.code, rules)
        if announced_measure(token, pattern.code, modality) or pattern.pos == "N" and answered(token):
            modality = "asserted"  # "Britain will expel 23 Russian diplomats": decided, not threatened; what
            # "rejected complaints from X" rejects was made
        code = act_code(pattern, token, sources, source, modality, rules)
        refused = refused_by(token, rules) is not None and not answered(token)  # "rejected complaints from X"
        if refused and not pattern.code.startswith("12"):
            code, modality = refusal_code(pattern.code, rules), "asserted"
        elif refused:
            modality = "negated"  # "refused to rule out tax rises": no rejection
        elif modality == "negated" and declared_refusal(token, pattern.code) and aimed_abroad(sources, targets):
            code, modality = refusal_code(pattern.code, rules), "asserted"  # "would not accept X's demands"
        elif modality == "conditional" and ultimatum(token) and not code.startswith("13"):
            code = "130"
        found.append(Found(code, pattern, token, sources, targets, modality))
    found = with_nominal(found, find_nominal(sent, rules, actor_of, groups))  # "announced the closure of X's border"
    found = [charged_state(by_crowd(in_words(f))) for f in found
             if not parade(f) and struck_by_force(f) and not not_done(f)]  # "Trump's attacks on Curiel":
    # words; truckers' blockade: protest; "charged France with": an accusation; troops marching: no protest; "the
    # storm hit": no attack; "Rubio fights off Christie": a race; "voters rejected him": a vote (events/standing.py)
    found = mutual_acts(ended_force(halted_talks(found), rules), rules)  # "walked out of the talks": 164; "its
    # offensive had ended": 087; "Pakistani and Indian troops exchanged fire": each on the other
    between = find_mutual_between(sent, rules, actor_of, groups, found)  # "the groundwork for talks between X and Y":
    found = [f for f in found if f.trigger.i not in {b.trigger.i for b in between}]  # X's and Y's, not the team's
    found = settle_embedded(without_relief_purpose(found, actor_of) + between + find_obligations(sent, rules, actor_of)
                            + find_received(sent, rules, actor_of)
                            + find_labelled(sent, rules, actor_of) + find_judged(sent, rules, actor_of, speaker_of)
                            + find_behind(sent, rules, actor_of)
                            + find_alleged_ground(sent, rules, actor_of)
                            + find_reacted(sent, rules, actor_of) + find_described(sent, rules, actor_of)
                            + find_charges(sent, rules, actor_of)
                            + find_vindicated(sent, rules, actor_of) + find_requested(sent, rules, actor_of)
                            + find_ordered_out(sent, rules, actor_of)
                            + find_pushed(sent, rules, actor_of) + find_wishes(sent, rules, actor_of)
                            + find_supplied(sent, rules, actor_of)
                            + find_threatened_response(sent, rules, actor_of, {f.trigger.i for f in found})
                            + find_conditional_warnings(sent, rules, actor_of, {f.trigger.i for f in found})
                            + find_met_with(sent, rules, actor_of) + find_discussed(sent, rules, actor_of),
                            actor_of)
    found = held_by(found, sent, actor_of)  # "called for the release of the inmates at Guantanamo": the holder
    found = with_referred(found, find_referred(sent, rules, actor_of))  # "asked the WTO to investigate X's tariffs"
    found = [state_protest(f) for f in pushed_content(wished_content(found, sent, rules, actor_of))]
    # "pushed Serbia to recognise Kosovo", "wants Turkey to close its border": Serbia's recognition, Turkey's
    # closure are content; "Japan protests Chinese survey ship": a complaint, its target now settled
    found = with_brokers(found, find_brokered(sent, rules, actor_of))  # "Egyptian-brokered ceasefire"
    found = found + reported_harm(found, rules, actor_of) + find_phrases(sent, rules, actor_of, found)
    accused = {(f.trigger.i, m.code[:3]) for f in found if f.code == "112" for _, m in f.targets if m is not None}
    found = found + [f for f in find_reported_wrong(sent, rules, actor_of, speaker_of)  # "said Israel had violated"
                     if not any((f.trigger.i, m.code[:3]) in accused for _, m in f.targets)]
    found = without_alleged_help(found) + denied_acts(found)  # "Rwanda denied sending troops": a denial
    found = found + find_phoned(sent, rules, actor_of, {f.trigger.i for f in found})  # "told X in a phone call"
    found = found + find_grievances(sent, rules, actor_of, {f.trigger.i for f in found})  # "U.S. concern that"
    found = found + find_visiting(sent, rules, actor_of, found)  # "the visiting French official": a visit
    found = without_journeys(found, rules)  # "Syrian refugees went to Germany": no visit
    found = trips_to_meetings(found, actor_of)  # "visits Washington for the IMF meeting": the IMF's (venue.py)
    found = found + new_judgements(found, find_stated_judgements(sent, rules, actor_of, speaker_of))  # "said
    # Togo's reckless policy", "'Togolese provocations must stop,' she said": a judgement not coded already
    found = [f for f in map(without_quoted, found) if f is not None]  # "mocked the 'Russia' quip": no Russia
    return [f for f in found if not in_question(f.trigger) or supply_requested(f)]  # "asked if Korea would
    # retaliate": no act; "asked if protection could be provided by X": an appeal to X


# Constructions that make the pattern's act another act, each given the code so far, the trigger, the subject, the
# modality and the rules, in this order: a ban on trade is an embargo; peacekeepers' visit is peacekeeping; troops
# sent to help with relief are aid; intended cooperation is an intent, threatened force a threat ("if" clauses
# aside: the_condition); "vowed to constrict the press" is a threat; "his call to ban Muslim immigrants" an appeal.
CODE_REWRITES = (
    lambda code, token, subject, modality, rules: embargo_code(code, token, rules),
    lambda code, token, subject, modality, rules: deployment_code(code, subject, rules, token),
    lambda code, token, subject, modality, rules: relief_code(code, token, rules),
    lambda code, token, subject, modality, rules: intent_code(
        code, "asserted" if the_condition(token) else modality, rules),
    lambda code, token, subject, modality, rules: promised_harm(token, code, rules),
    lambda code, token, subject, modality, rules: called_for_code(token, code),
)


def act_code(pattern: Pattern, token, sources, subject, modality: str, rules: Rules) -> str:
    """The code of the act a pattern found: the pattern's (or a joint show of force's: ``joint_code``),
    rewritten by each construction in ``CODE_REWRITES`` in turn."""
    code = joint_code(pattern, token, sources, rules)
    for rewrite in CODE_REWRITES:
        code = rewrite(code, token, subject, modality, rules)
    return code


def without_quoted(found: Found) -> Found | None:
    """``found`` without the targets that are words quoted before a noun ("mocked the 'Russia' quip", "his
    'Las Vegas' jibe": the words, not the party they name) or things (``thing_targets``: "defends poster
    campaign"); None when they were all it had."""
    kept = tuple((t, m) for t, m in found.targets
                 if t is None or not (no_party.quoted_label(t) or thing_target(t) or own_organ(t, m, found.code)
                                      or role_adjective(t, m, found.code) or own_means(t, m, found.sources)))
    if len(kept) == len(found.targets):
        return found
    return replace(found, targets=kept) if kept else None


REFLEXIVES = syntax.REFLEXIVES


def owned_mission(verb, sources, targets, actor_of):
    """The state whose mission the verb's object is, when a modifier names one other than the
    source's ("closed the Ugandan consulate in Mombasa": at Uganda), else the targets as found."""
    owner = mission_owner([t for t, _ in targets], syntax.object_of(verb), actor_of)
    if owner is None or actor_of(owner).code[:3] in {m.code[:3] for _, m in sources if known(m)}:
        return targets
    return ((owner, actor_of(owner)),)


def mutual(pattern: Pattern, sources, token=None) -> bool:
    """States that consult or cooperate together ("U.S. and Russian negotiators") are each other's counterparts;
    not through a root default, a verb met with an object none of its rows names ("the US and Canada established
    restrictions": establishing ties is mutual, establishing restrictions is not)."""
    return pattern.code[:2] in RECIPROCAL_ROOTS and pattern.origin != ROOT_DEFAULT \
        and len({m.code[:3] for _, m in sources if known(m)}) > 1 \
        and not (token is not None and several_acts(token, sources))


def names_party(token, mention: Mention, pattern: Pattern) -> bool:
    """The target word is the party's name, or, as the verb's object, a noun the party's name modifies
    ("recognised a Palestinian state", "praised the Russian proposal"); not a topic ("X and Y held talks
    on missiles", "talked about the Iran deal")."""
    return mention.text.find(token.text) >= 0 or not pattern.prep and any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and mention.text.find(c.text) >= 0 for c in token.children)


def ties_between(verb) -> bool:
    """"Ethiopia and Eritrea restored ties": relations are between the two, both ways (other
    recognition is one way: "France and Germany recognised Kosovo")."""
    obj = syntax.object_of(verb) if verb is not None else None
    return obj is not None and obj.lemma_.lower() in ("tie", "relation")


def held_at_home(noun, pattern: Pattern) -> bool:
    """A protest named by a noun needs no target when its protesters hold it: "their
    hunger strike", "staged a sit-in" (not "police prevented the demonstration")."""
    if pattern.code[:2] not in AT_HOME_NOUNS or noun.ent_type_ in syntax.TIMES:
        return False
    if syntax.children(noun, "poss"):
        return True
    verb = syntax.governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in STAGING_VERBS


def itself(source: Mention | None, target: Mention | None) -> bool:
    """The target is the source named again ("Japan said it ..."), not a place at home
    ("Nigerians rallied in Lagos": NGA -> NGA is a domestic act)."""
    if source is None or target is None or target.code != source.code:
        return False
    if source.name and target.name and source.name != target.name:
        return False  # two people of one code: "Trump accused Bill Clinton" (both USAELI in 2016)
    return target.kind not in ("country", "capital", "city") or source.kind in ("country", "capital")


WARNING_ROOTS = {"13"}


def own_country(source: Mention | None, target: Mention | None) -> bool:
    """The target is the source's own country named bare ("Serbia", "the country")."""
    return source is not None and target is not None and target.kind in ("country", "capital") \
        and target.code == source.code[:3]


def dyads(found: Found) -> list[tuple[tuple[object, Mention | None], tuple[object, Mention | None] | None]]:
    """Source-target pairs; a compound source of a reciprocal act with no target acts on itself
    ("The United States and Jordan agreed": USA->JOR and JOR->USA)."""
    sources = [s for s in found.sources if s[1] is not None and s[1].code]
    if found.targets:
        warning = found.code[:2] in WARNING_ROOTS
        pairs = [(s, t) for s in sources for t in found.targets
                 if not itself(s[1], t[1]) and not (warning and own_country(s[1], t[1]))]
        if not pairs and warning:
            return [(s, None) for s in sources]  # "warned that Serbia would protect its people": the story says whom
        return pairs
    if len(sources) > 1 and found.code[:2] in RECIPROCAL_ROOTS and (
            not found.code.startswith(ONE_WAY_CODES) and found.pattern.prep not in ONE_WAY_PREPS
            or ties_between(found.trigger)) and not counterpart_named(found.trigger):
        return [(s, t) for s in sources for t in sources if s is not t and s[1] != t[1]]  # "Six nations - Britain,
        # Canada ...": the group word and its first member are one party, not Britain acting on Britain
    return [(s, None) for s in sources]
