"""Precision on a hand-judged sample (events/judged_sample.py): events matched to their judgements by article,
source, target, code and modality; negated events not counted; events no judgement names listed apart."""

from __future__ import annotations

import pytest

from newsevents.events.judged_sample import read_judgements, score_judged

HEADER = "event\tverdict\tkind\tsource\ttarget\tcode\tmodality\ttrigger\tsentence\n"


def write(tmp_path, rows: list[str]):
    path = tmp_path / "judged.tsv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def event(source, target, code, modality="asserted", sentence=""):
    return {"source": source, "target": target, "code": code, "modality": modality, "sentence": sentence}


def test_events_are_matched_to_their_verdicts_in_order(tmp_path):
    path = write(tmp_path, [
        'a1#e1\tright\t-\tUSAGOV\tRUSGOV\t020\tasserted\turged\t"Talk now, Washington urged Moscow.',
        "a1#e2\twrong-target\tthe-city\tFRAGOV\t---\t030\tasserted\tpledged\tParis pledged aid in Paris.",
        "a1#e3\tright\t-\tCAN\tUSA\t110\tasserted\topposing\tCanadians opposed the deal.",
        "a1#e4\twrong-target\ta-firm\tCAN\tUSA\t110\tasserted\tobjecting\tThey objected to the firm.",
    ])
    judgements = read_judgements(path)
    assert len(judgements) == 3  # a sentence opening on a quote mark (a paragraph's quote goes on) is no quoted field
    record = {"id": "a1", "events": [event("USAGOV", "RUSGOV", "020"), event("FRAGOV", None, "030"),
                                     event("CAN", "USA", "110"), event("CAN", "USA", "110"),
                                     event("IRNGOV", "IRQGOV", "190", "negated"),
                                     event("CHNGOV", "JPNGOV", "111", sentence="Beijing scolded Tokyo.")]}
    score = score_judged([record], judgements)
    assert score.right == 2 and dict(score.wrong) == {"wrong-target": 2}
    assert score.precision == pytest.approx(0.5)
    assert score.unjudged == [(("a1", "CHNGOV", "JPNGOV", "111", "asserted"), "Beijing scolded Tokyo.")]


def test_a_judgement_without_a_verdict_names_its_line(tmp_path):
    path = write(tmp_path, ["a1#e1\tright\t-\tUSAGOV\tRUSGOV\t020\tasserted\turged\tx",
                            "a1#e2\t\t-\tA\tB\t010\tasserted\tsaid\ty"])
    with pytest.raises(ValueError, match=r"judged\.tsv:3: .*verdict"):
        read_judgements(path)


def test_the_repos_sample_reads_whole():
    from pathlib import Path

    judgements = read_judgements(Path(__file__).parent / "fixtures" / "judged_events" / "judged.tsv")
    verdicts = [v for found in judgements.values() for v in found]
    # 345 at first; each session adds the events its rules write there, judged at its end (ids ...#endNN-N)
    assert len(verdicts) >= 345 and set(verdicts) <= {"right", "not-event", "wrong-target", "wrong-source",
                                                     "wrong-code"}


def test_the_second_sample_reads_whole_and_names_only_its_articles():
    import json
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "judged_events"
    judgements = read_judgements(folder / "judged_s27.tsv")
    verdicts = [v for found in judgements.values() for v in found]
    articles = [json.loads(line) for line in (folder / "articles_s27.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(verdicts) >= 295 and set(verdicts) <= {"right", "not-event", "wrong-target", "wrong-source",
                                                      "wrong-code"}
    assert {article for article, *_ in judgements} <= {a["id"] for a in articles}
    assert {a["split"] for a in articles} == {"tune", "report"}
