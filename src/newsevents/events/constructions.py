"""Constructions coded without a verb pattern of their own (constructions.tsv,
phrases.tsv): "X said Y must ...", fixed phrases said by someone, joint exercises,
peacekeepers' visits."""

from __future__ import annotations

from newsevents.events import syntax, under_fire
from newsevents.events.directed import directed
from newsevents.events.found import MATERIAL_CONFLICT, Found, about_itself, known, named_parties
from newsevents.events.modality import governors, modality_of
from newsevents.events.not_acts import poll_share
from newsevents.events.objects import object_names
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.won import won_from
from newsevents.events.words import lemmas_of, with_lemma


def joint_code(pattern: Pattern, token, sources, rules: Rules) -> str:
    """"France and Egypt launched war games": a show of force by two or more states
    together, aimed at no one, is military cooperation (constructions.tsv, joint)."""
    if "joint" not in rules.constructions or pattern.code[:2] != "15" or pattern.prep:
        return pattern.code
    code, cues = rules.constructions["joint"]
    countries = {m.code[:3] for _, m in sources if known(m)}
    obj = syntax.object_of(token) if pattern.pos == "V" else token
    if len(countries) > 1 and obj is not None and not object_names(obj).isdisjoint(cues):
        return code
    return pattern.code


def embargo_code(code: str, token, rules: Rules) -> str:
    """"announced a ban on imports of Russian coal", "imposed a ban on Russian oil exports": a ban whose
    object is trade is an embargo (constructions.tsv, embargo), not an administrative ban (172)."""
    if code != "172" or "embargo" not in rules.constructions:
        return code
    ban = token if token.lemma_.lower() == "ban" else syntax.object_of(token) if token.pos_ in ("VERB", "AUX") else None
    if ban is None or ban.lemma_.lower() != "ban":
        return code
    new_code, cues = rules.constructions["embargo"]
    banned = syntax.prep_objects(ban, "on")
    return new_code if any(o.lemma_.lower() in cues for o in banned) else code


SENDING_CODES = ("154",)  # troops sent or deployed: peacekeeping when the object or the purpose says so


def deployment_code(code: str, subject, rules: Rules, verb=None) -> str:
    """"NATO peacekeeping troops arrived in Bosnia": peacekeepers' visit is peacekeeping; so are troops
    sent as peacekeepers or to join or lead a peacekeeping force ("sent troops to lead a peacekeeping force
    in East Timor", "deployed peacekeeping troops to Darfur") (constructions.tsv, deployment)."""
    if "deployment" not in rules.constructions:
        return code
    new_code, cues = rules.constructions["deployment"]
    if code in ("042", "043") and subject is not None:
        return new_code if any(t.lower_ in cues for t in subject.subtree) else code
    if code in SENDING_CODES and verb is not None and verb.pos_ == "VERB":
        parts = [*syntax.children(verb, "dobj"), *(c for c in syntax.children(verb, "advcl", "xcomp")
                                                    if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        return new_code if any(t.lower_ in cues for part in parts for t in part.subtree) else code
    return code


def find_received(sent, rules: Rules, actor_of) -> list[Found]:
    """"X's decision drew sharp criticism from the UN", "X faced condemnation from Y": the
    one the criticism comes from criticises the subject (constructions.tsv, received); "won
    praise from Y": Y praises X (received_praise); "is under pressure from Y": Y demands of X (received_demand);
    "came under fire from Y" between parties that speak: Y criticises X (received_fire, events/under_fire.py)."""
    lemmas = syntax.sentence_words(sent)
    return [f for name in ("received", "received_praise", "received_demand", "received_fire")
            if name in rules.constructions and lemmas & rules.constructions[name][1]
            for f in find_received_as(sent, rules, actor_of, name)]


def find_received_as(sent, rules: Rules, actor_of, name: str) -> list[Found]:
    code, cues = rules.constructions[name]
    found = []
    for noun in with_lemma(sent, cues):
        if noun.lemma_.lower() not in cues or noun.pos_ != "NOUN" or poll_share(noun):
            continue  # "received support from six in 10 Democrats": a poll (not_acts.poll_share)
        verb = syntax.governing_verb(noun)
        if name == "received_fire" and not under_fire.fire_taken(noun, verb):
            continue  # "opened fire on", "an attack on": force, the patterns' own
        critics = [o for head in (noun, verb) if head is not None for p in syntax.children(head, "prep")
                   if p.lower_ == "from" for o in syntax.children(p, "pobj")]  # on the noun or on its verb
        if name == "received_fire" and not critics:
            critics = under_fire.chamber_critics(noun, verb, actor_of)  # "came under fire in Congress"
        critics = critics or won_from(noun, cues)  # "won the endorsement of X" (won.py)
        subject = syntax.subject_of(verb) if verb is not None else None
        if subject is not None and subject.tag_ in ("WDT", "WP"):
            subject = syntax.relative_subject(verb) or subject  # "Reagan, who is under pressure from Congress"
        if verb is not None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and not (
                subject is not None and any(known(actor_of(t)) for t in named_parties(subject, actor_of))):
            subject = participle_subject(verb, actor_of) or subject  # "X said ..., drawing a rebuke from Y"
        if not critics or subject is None or not placeable(actor_of(critics[0])):
            continue  # "won praise from Congress": a body named by role takes its country as a verb's subject does
        sources = tuple((t, actor_of(t)) for t in named_parties(critics[0], actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        if not any(known(m) for _, m in targets):
            targets = tuple((t, actor_of(t)) for t in doers_of(subject))  # "the decision by Moscow to ..."
        if name == "received_fire" and not under_fire.unarmed_sides(sources, targets):
            continue  # "the convoy came under fire from Israeli troops": an attack
        if any(known(m) for _, m in targets):
            modality = modality_of(noun, code, rules)
            found.append(Found(code, Pattern(code, "C", name), noun, sources, targets, modality))
    return found


def placeable(mention) -> bool:
    """An actor of known country, or a body or office of none yet ("Congress", "the leaders"), which
    the placing rules give the story's country as they do a verb's subject."""
    return known(mention) or mention is not None and (mention.code or "")[3:6] in BODIES


BODIES = {"GOV", "LEG", "JUD", "MIL", "ELI", "OPP", "SPY"}  # offices and institutions; not voters or women


def participle_subject(verb, actor_of):
    """The doer a participle clause hangs on: the nearest clause above it whose subject names
    a party ("X said ignoring it would be a transgression, drawing a rebuke": X)."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("advcl", "conj", "ccomp") or head.head.i == head.i:
            return None
        head = head.head
        subject = syntax.subject_of(head)
        if subject is not None and any(known(actor_of(t)) for t in named_parties(subject, actor_of)):
            return subject
    return None


def doers_of(noun) -> list:
    """Who did what a noun names: "Moscow's decision", "the decision by Moscow"."""
    return [*syntax.children(noun, "poss"),
            *(o for p in syntax.children(noun, "prep") if p.lower_ == "by" for o in syntax.children(p, "pobj"))]


def find_vindicated(sent, rules: Rules, actor_of) -> list[Found]:
    """"Maas said Israel had the right to defend itself": whoever reports that someone has a
    right defends them verbally (052; constructions.tsv, vindicated); "had no right" criticises
    them (the judged code)."""
    if "vindicated" not in rules.constructions:
        return []
    code, cues = rules.constructions["vindicated"]
    found = []
    for word in with_lemma(sent, cues):
        have = word.head
        if word.lemma_.lower() not in cues or word.dep_ != "dobj" or have.lemma_.lower() != "have" \
                or have.dep_ not in ("ccomp", "conj"):
            continue
        subject = next(iter(syntax.children(have, "nsubj")), None)
        speaker = syntax.subject_of(have.head) if have.head.pos_ in ("VERB", "AUX") else None
        if subject is None or speaker is None or not known(actor_of(speaker)) \
                or not syntax.children(word, "acl", "relcl", "xcomp"):
            continue  # a right to do something, said of someone by the reporting verb's own subject
        sources = tuple((t, actor_of(t)) for t in named_parties(speaker, actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        if not any(known(m) for _, m in targets) or any(
                known(m) and known(s) and about_itself(t, m, s) for t, m in targets for _, s in sources):
            continue  # "Britain said it had the right to respond": about itself
        denied = any(c.lower_ == "no" for c in word.children) or any(c.dep_ == "neg" for c in have.children)
        act = rules.constructions.get("judged", ("111", ()))[0] if denied else code
        found.append(Found(act, Pattern(act, "C", "vindicated"), have, sources, targets,
                           modality_of(have, act, rules)))
    return found


def find_requested(sent, rules: Rules, actor_of) -> list[Found]:
    """"The Security Council met at Britain's request", "at the request of Japan and the
    United States": whoever asked appealed to the body that acted (constructions.tsv, requested)."""
    if "requested" not in rules.constructions:
        return []
    code, cues = rules.constructions["requested"]
    found = []
    for noun in with_lemma(sent, cues):
        if noun.lemma_.lower() not in cues or noun.dep_ != "pobj" or noun.head.lower_ != "at":
            continue
        askers = syntax.children(noun, "poss") + [o for p in syntax.children(noun, "prep") if p.lower_ == "of"
                                                  for o in syntax.children(p, "pobj")]
        verb = noun.head.head
        if verb.pos_ == "NOUN":
            verb = syntax.governing_verb(verb) or verb  # "held an emergency meeting at Congo's request"
        subject = syntax.subject_of(verb) if askers and verb.pos_ in ("VERB", "AUX") else None
        if subject is None:
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(askers[0], actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        if any(known(m) for _, m in sources) and any(known(m) for _, m in targets):
            found.append(Found(code, Pattern(code, "C", "requested"), noun, sources, targets,
                               modality_of(verb, code, rules)))
    return found


def reported_harm(found: list[Found], rules: Rules, actor_of) -> list[Found]:
    """"Russia said Georgian troops had killed Russian peacekeepers": the side an act of force
    is aimed at, reporting it, accuses its doer (constructions.tsv, reported_harm)."""
    if "reported_harm" not in rules.constructions:
        return []
    code, verbs = rules.constructions["reported_harm"]
    accusations = []
    for event in found:
        verb = event.trigger if event.pattern.pos != "N" else syntax.governing_verb(event.trigger)
        if event.code[:2] not in MATERIAL_CONFLICT or verb is None or verb.dep_ != "ccomp" \
                or verb.head.lemma_.lower() not in verbs or verb.head.i > verb.i:
            continue  # "Y did it, officials said": attribution of the news, not an accusation
        speaker = syntax.subject_of(verb.head)
        mention = actor_of(speaker) if speaker is not None else None
        doers = {m.code[:3] for _, m in event.sources if known(m)}
        victims = {m.code[:3] for _, m in event.targets if known(m)}
        if not known(mention) or mention.code[:3] in doers or mention.code[:3] not in victims:
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(speaker, actor_of))
        accusations.append(Found(code, Pattern(code, "C", "reported_harm"), verb.head, sources,
                                 event.sources, modality_of(verb.head, code, rules)))
    return accusations


def phrase_positions(lemmas: list[str], phrase: tuple[str, ...], *, gap: int = 2) -> list[int]:
    """End positions where ``phrase`` occurs in order with at most ``gap`` words between."""
    ends = []
    for start, lemma in enumerate(lemmas):
        if lemma != phrase[0]:
            continue
        position = start
        for word in phrase[1:]:
            window = lemmas[position + 1:position + 2 + gap]
            if word not in window:
                break
            position += 1 + window.index(word)
        else:
            ends.append(position)
    return ends


def reporter(token, actor_of):
    """Who says the clause ``token`` is in: "according to X", else the nearest governing
    verb's subject that names an actor; else a speaker named only by sector ("intelligence officials",
    "a lawyer"), whom placing puts in the story's country (twenty-fourth session)."""
    return known_reporter(token, actor_of) or sector_reporter(token, actor_of)


def sector_reporter(token, actor_of):
    """The nearest governing verb's subject that names an actor of unknown country but known sector."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = syntax.relative_subject(ancestor) or syntax.subject_of(ancestor)
            if subject is not None and placeable(actor_of(subject)):
                return subject
    return None


def known_reporter(token, actor_of):
    """"according to X", a headline's "X:", else the nearest governing verb's subject of known country."""
    for ancestor in [token, *token.ancestors]:
        for child in ancestor.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for obj in syntax.children(to, "pobj"):
                        if known(actor_of(obj)):
                            return obj
        speaker = syntax.colon_speaker(ancestor)
        if speaker is not None and known(actor_of(speaker)):
            return speaker  # "Tillerson: Russia is responsible"
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = syntax.relative_subject(ancestor) or syntax.subject_of(ancestor)  # "X, which said"
            if subject is not None and known(actor_of(subject)):
                return subject
    return None


def find_phrases(sent, rules: Rules, actor_of, found: list[Found]) -> list[Found]:
    """Fixed expressions ("all options are on the table"), said by someone."""
    lemmas = lemmas_of(sent)
    present = frozenset(lemmas)
    events: list[Found] = []
    ends: set[int] = set()  # "on high alert" and "on alert" end on one word: one phrase
    for code, phrase in rules.phrases:
        if phrase[0] not in present:
            continue  # phrase_positions finds no start
        for end in phrase_positions(lemmas, phrase):
            trigger = sent[end]
            speaker = reporter(trigger, actor_of)
            if speaker is None or end in ends:
                continue
            mention = actor_of(speaker)
            country = mention.code[:3]
            if any(f.code == code and any(known(m) and m.code[:3] == country for _, m in f.sources) for f in found):
                continue  # "put its forces on high alert": the verb's own act already says it
            ends.add(end)
            targets = tuple(t for f in found for t in f.targets if known(t[1])
                            and any(known(m) and m.code[:3] == country for _, m in f.sources))
            modality = modality_of(trigger, code, rules)
            events.append(Found(code, Pattern(code, "P", " ".join(phrase)), trigger,
                                ((speaker, mention),), targets[:1], modality))
    return events


DENYING = {"deny"}


def denied_acts(found: list[Found]) -> list[Found]:
    """"Rwanda denied sending troops into Congo", "denies backing the rebels": an act its own
    doer denies is a denial (016) by that doer, aimed at the act's target abroad, else at
    whoever accused it (events/context.py); the act itself stays negated."""
    denials, seen = [], {f.trigger.i for f in found if f.code == "016"}
    for event in found:
        if event.modality != "negated":
            continue
        deny = next((t for t in governors(event.trigger) if t.lemma_.lower() in DENYING), None)
        doers = {m.code[:3] for _, m in event.sources if known(m)}
        if deny is None or deny.i in seen or not doers:
            continue
        seen.add(deny.i)
        targets = tuple((t, m) for t, m in event.targets if known(m) and m.code[:3] not in doers)
        denials.append(Found("016", Pattern("016", "C", "denied"), deny, event.sources, targets, "asserted"))
    return denials


RESPONSE_PREPS = ("to", "against")
# what one answers or replies to without threatening anyone: "Blair will answer questions sent by the public"
ANSWERED = frozenset({"question", "query", "call", "letter", "email", "e-mail", "message", "charge", "allegation",
                      "summons", "invitation", "request", "plea", "critic", "criticism", "survey", "questionnaire"})
# a response told as welcome is no threat: "Japan is expected to respond favourably to a Philippine request"
FAVOURING = frozenset({"favourably", "favorably", "positively", "constructively", "sympathetically", "generously"})


def find_threatened_response(sent, rules: Rules, actor_of, coded: set[int]) -> list[Found]:
    """"Russia said it would respond in kind", "Pakistan would respond at a time of its
    choosing": a response a party says it will make is a threat (constructions.tsv, responded),
    aimed at "to X"/"against X" or, unnamed, at whom the story says (events/context.py); not
    where the coder made an act of the verb (``coded``: "would retaliate against Israel"), nor an
    answer to questions, letters or charges (``ANSWERED``), a response told as welcome (``FAVOURING``), nor one
    another party requires of the responder ("the bill would require Reagan to retaliate": events/directed.py)."""
    if "responded" not in rules.constructions:
        return []
    code, verbs = rules.constructions["responded"]
    found = []
    for verb in with_lemma(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i in coded \
                or modality_of(verb, "190", rules) not in ("intended", "conditional") \
                or any(o.lemma_.lower() in ANSWERED for o in syntax.children(verb, "dobj")) \
                or any(a.lower_ in FAVOURING for a in syntax.children(verb, "advmod")) or directed(verb):
            continue
        subject = syntax.subject_of(verb)
        mention = actor_of(subject) if subject is not None else None
        if not known(mention):
            continue
        named = [t for prep in RESPONSE_PREPS for o in syntax.prep_objects(verb, prep)
                 for t in named_parties(o, actor_of)]
        targets = tuple((t, m) for t in named if known(m := actor_of(t)) and m.code[:3] != mention.code[:3])
        found.append(Found(code, Pattern(code, "C", "responded"), verb, ((subject, mention),), targets, "asserted"))
    return found
