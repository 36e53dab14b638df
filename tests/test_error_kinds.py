"""Misses and extras sorted by kind (events.error_kinds), on dyads we write by hand."""

from collections import Counter

from newsevents.events.error_kinds import classify, error_kinds


def test_each_miss_kind_is_found():
    want = Counter([
        ("USA", "IRN", "11"),  # coded against RUS instead: wrong target
        ("FRA", "DEU", "04"),  # coded with no target: target unknown
        ("CHN", "JPN", "12"),  # coded from KOR: wrong source
        ("GBR", "IRL", "05"),  # pair coded with another act
        ("EGY", "ISR", "19"),  # nothing for the pair
    ])
    got = Counter([
        ("USA", "RUS", "11"),
        ("FRA", "---", "04"),
        ("KOR", "JPN", "12"),
        ("GBR", "IRL", "03"),
    ])
    misses, extras = classify(want, got)
    assert misses == Counter({
        "right source+act, wrong target": 1,
        "target unknown though the story names it": 1,
        "wrong/unknown source": 1,
        "another act between the same pair": 1,
        "no event for the pair": 1,
    })
    assert extras == Counter({"other": 1})  # GBR->IRL 03 is left over; the others explain a miss


def test_extras_not_explaining_a_miss_are_sorted():
    misses, extras = classify(Counter(), Counter([("SYR", "---", "11"), ("SYR", "SYR", "19"), ("SYR", "TUR", "19")]))
    assert not misses
    assert extras == Counter({"unknown target": 1, "state acting on itself": 1, "other": 1})


def test_counts_agree_with_the_score():
    gold = [{"id": "a", "expected": [{"source": "USAGOV", "target": None, "code": "111"},
                                     {"source": "IRN", "target": "USA", "code": "112"}]}]
    records = {"a": {"events": [{"source": "USAGOV", "target": "IRNGOV", "code": "111"},
                                {"source": "IRN", "target": "IRN", "code": "112"}]}}
    misses, extras = error_kinds(gold, records)
    # the untargeted gold dyad matches any target; the self-event explains the IRN->USA miss
    assert sum(misses.values()) == 1 and misses["right source+act, wrong target"] == 1
    assert not extras
