"""Gaps: two-actor sentences with no event, grouped by the frame linking the actors."""

from __future__ import annotations

from click.testing import CliRunner

from newsevents.cli import cli, register
from newsevents.events.gaps import Frame, find_gaps
from newsevents.pipeline import Options, code_documents

PAGE = ("Talks in the north\n\n"
        "Germany invaded Poland.\n\n"
        "France overtook Italy in exports.\n\n"
        "Spain overtook Portugal on Monday.\n\n"
        "Kenya held talks with Uganda.\n\n"
        "Peru said it is weather.")


def report_of(text: str):
    return find_gaps(code_documents([{"id": "p1", "text": text, "date": "2021-03-10"}],
                                    options=Options(fast_path=False)))


def test_gaps_counts_two_actor_sentences_and_those_with_an_event():
    report = report_of(PAGE)
    assert report.documents == 1
    assert report.sentences == 4  # the sentence naming one actor is not counted
    assert report.covered == 2  # the invasion and the talks are coded
    assert report.coverage == 0.5


def test_gaps_groups_uncoded_sentences_by_their_frame():
    report = report_of(PAGE)
    frames = {frame: count for frame, count, _ in report.top(10)}
    assert frames == {Frame("V", "overtake", "", ""): 2} or Frame("V", "overtake", "", "for") in frames
    frame, count, examples = report.top(1)[0]
    assert frame.lemma == "overtake" and count == 2
    assert examples[0].startswith("France overtook Italy")


def test_gaps_frame_inside_a_reported_clause():
    report = report_of("Headline\n\nChile said Bolivia would overtake Peru.")
    assert [str(frame) for frame, _, _ in report.top(3)] == ["V overtake"]  # not "say"


def test_gaps_cli_prints_coverage_and_frames(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    register()
    result = CliRunner().invoke(cli, ["gaps", str(path), "--top", "5", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "coverage 0.500" in result.output
    assert "overtake" in result.output


def test_gaps_second_lists_uncoded_heads_of_other_acts_in_sentences_with_an_event():
    docs = code_documents([{"id": "p1", "text": "Headline\n\nKenya criticised Uganda, which had invaded Tanzania.\n\n"
                            "Kenya held talks with Uganda.", "date": "2021-03-10"}], options=Options(fast_path=False))
    report = find_gaps(docs, second=True)
    assert report.covered == 2
    # the invasion (background in a relative clause) is left uncoded; "held talks" is one act, not two
    assert dict(report.second) == {Frame("V", "invade"): 1}
    assert report.top_second(1)[0][2] == ["Kenya criticised Uganda, which had invaded Tanzania."]


def test_gaps_cli_second(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Headline\n\nKenya criticised Uganda, which had invaded Tanzania.", encoding="utf-8")
    register()
    result = CliRunner().invoke(cli, ["gaps", str(path), "--second"])
    assert result.exit_code == 0, result.output
    assert "second acts: 1 uncoded pattern heads" in result.output and "V invade" in result.output
