"""Force told as a figure of speech: "Trump whipped the establishment", "MPs bombarded the minister
with requests", "Democrats will storm the Senate" (a threat of force, 138), "the Kremlin's clash with Yukos".

On the counting samples of unseen news (BBC politics, PolNeAR) nine of ten assaults, fights and
occupations between a country's own politicians, parties, papers, courts or firms were words,
votes or lawsuits, not force. A physical act between them is told with its weapon or its armed
doer ("police beat the opposition leader", "a gunman shot the MP"), which this leaves alone, as
it leaves killings, abductions, bombings and assassinations (real whoever does them) and any act
on crowds or citizens ("the driver fired on the crowd").
"""

from __future__ import annotations

FIGURATIVE_ROOTS = ("18", "19", "20", "138")  # and a threat of force ("will storm the Senate")
LITERAL_CODES = ("181", "183", "184", "185", "186", "1821", "1822", "1823")  # real whoever does them
POLITICAL_DOERS = {"ELI", "LEG", "PTY", "OPP", "MED", "JUD", "BUS", "NGO", "EDU", "REL"}  # not a government,
# whose "attack" may be its forces'
POLITICAL_TARGETS = POLITICAL_DOERS - {"NGO", "EDU", "REL"} | {"GOV"}


def sectors(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(3, len(code), 3)]


def within(code: str, wanted: set[str]) -> bool:
    return len(code) > 3 and code[:3].isalpha() and all(s in wanted for s in sectors(code))


LEGAL_ACTION = "173"  # arrest, detain, charge: the police's, a court's or a government's
NO_LEGAL_POWER = POLITICAL_DOERS - {"JUD"}


def figurative_force(code: str, source: str, target: str) -> bool:
    """Whether an event coded ``code`` from ``source`` on ``target`` (settled actor codes) is force by a country's
    political actors on its own political actors; or legal action by one with no power of it ("Clinton
    aggressively prosecuted Sanders on issues at the debate", "the paper charged the minister with ...":
    twenty-sixth session, E5)."""
    if code == LEGAL_ACTION:
        return source[:3] == target[:3] and within(source, NO_LEGAL_POWER) and within(target, POLITICAL_TARGETS)
    if not code.startswith(FIGURATIVE_ROOTS) or code.startswith(LITERAL_CODES):
        return False
    return source[:3] == target[:3] and within(source, POLITICAL_DOERS) and within(target, POLITICAL_TARGETS)
