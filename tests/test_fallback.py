"""The learned fallback (events/fallback.py): its weights file, where it fires and where it must not,
and the switch that turns it off. Sentences written for these tests; the model in most tests is a
small hand-made one, so that they test the mechanism, not the shipped weights."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsevents.events import fallback
from newsevents.events.fallback import Model, add_fallback, gap_pairs, is_fallback, load_model, read_model
from newsevents.pipeline import Options, code_documents
from newsevents.resources import DataError

FIRES = "Russian diplomats lectured French officials about fishing rights."
NEGATED = "Russian diplomats did not lecture French officials about fishing rights."
ONE_ACTOR = "Russian diplomats lectured local farmers about fishing rights."

# a model sure of a disapproval (root 11) whenever the source is the grammatical subject
EAGER = Model(("none", "11"), {"bias": (2.0, 0.0), "subject=source": (0.0, 5.0)}, 0.5)


def coded(text: str, *, use: bool = False):
    docs = code_documents([{"id": "t", "text": text, "title": ""}], options=Options(fallback=use))
    return next(iter(docs))


def test_read_model(tmp_path):
    path = tmp_path / "weights.tsv"
    path.write_text("# a comment\nclasses\tnone\t11\t19\nthreshold\t0.6\nbias\t1.0\t-0.5\t-0.5\n"
                    "lemma=scold\t-1\t2\t0\n", encoding="utf-8")
    model = read_model(path)
    assert model.classes == ("none", "11", "19")
    assert model.threshold == 0.6
    assert model.weights["lemma=scold"] == (-1.0, 2.0, 0.0)
    root, probability = model.best(["bias", "lemma=scold"])
    assert root == "11" and 0.5 < probability < 1.0


def test_read_model_candidates(tmp_path):
    path = tmp_path / "weights.tsv"
    path.write_text("classes\tnone\t11\nthreshold\t0.6\ncandidates\tsubject\nbias\t1.0\t0.0\n", encoding="utf-8")
    assert read_model(path).candidates == "subject"
    path.write_text("classes\tnone\t11\nthreshold\t0.6\nbias\t1.0\t0.0\n", encoding="utf-8")
    assert read_model(path).candidates == "all"  # the default: every pair
    path.write_text("classes\tnone\t11\nthreshold\t0.6\ncandidates\tobjects\n", encoding="utf-8")
    with pytest.raises(DataError, match="candidates must be one of"):
        read_model(path)


# a model sure of a disapproval for every pair, whatever it reads
ANY_PAIR = Model(("none", "11"), {"bias": (0.0, 5.0)}, 0.5)


def test_subject_candidates_read_only_pairs_whose_source_is_a_subject():
    doc = coded(FIRES)
    every = {(e.source, e.target) for e in add_fallback(doc, ANY_PAIR).events}
    assert every == {("RUSGOV", "FRAGOV"), ("FRAGOV", "RUSGOV")}
    subject = Model(ANY_PAIR.classes, ANY_PAIR.weights, 0.5, "subject")
    assert [(e.source, e.target) for e in add_fallback(doc, subject).events] == [("RUSGOV", "FRAGOV")]
    # a source named in a modifier of the subject is the subject's ("the Russian envoy")
    doc = coded("The Russian envoy lectured French officials about fishing rights.")
    assert [(e.source[:3], e.target[:3]) for e in add_fallback(doc, subject).events] == [("RUS", "FRA")]


def test_read_model_rejects_bad_rows(tmp_path):
    path = tmp_path / "weights.tsv"
    path.write_text("classes\tnone\t11\nthreshold\t0.6\nbias\t1.0\n", encoding="utf-8")
    with pytest.raises(DataError, match="expected 2 weights"):
        read_model(path)
    path.write_text("classes\t11\nthreshold\t0.6\n", encoding="utf-8")
    with pytest.raises(DataError, match="none"):
        read_model(path)


def test_shipped_weights_read():
    model = load_model()
    assert model.classes[0] == "none" and len(model.classes) > 2
    assert 0.0 < model.threshold <= 1.01
    assert "bias" in model.weights


def test_fires_on_a_gap_sentence_and_is_marked():
    doc = coded(FIRES)
    assert not doc.events  # the rules leave it empty: a gap
    events = add_fallback(doc, EAGER).events
    assert [(e.source, e.target, e.code) for e in events] == [("RUSGOV", "FRAGOV", "110")]
    assert events[0].trigger == "model:lecture" and is_fallback(events[0])
    assert events[0].modality == "asserted" and events[0].sentence == FIRES


def test_not_below_the_threshold():
    doc = coded(FIRES)
    assert add_fallback(doc, Model(EAGER.classes, EAGER.weights, 0.999)).events == ()


def test_not_when_negated():
    doc = coded(NEGATED)
    assert list(gap_pairs(doc))  # two actors, no event: a gap, but the frame is negated
    assert add_fallback(doc, EAGER).events == ()


def test_not_to_an_outlet_told():
    doc = coded("The Iranian minister promised the BBC that the talks would resume.")
    assert not any(e.target.endswith("MED") for e in add_fallback(doc, EAGER).events)


@pytest.mark.parametrize("sentence", [
    "Russian diplomats discussed the 'French' plan with reporters.",
    "Russian diplomats smiled, despite French objections.",  # (an act with an object or phrase done
    # despite them is what the objections are about: events/grievances.py, twenty-third session)
])
def test_not_to_a_name_that_is_no_party(sentence):
    assert add_fallback(coded(sentence), EAGER).events == ()


def test_not_with_one_actor():
    doc = coded(ONE_ACTOR)
    assert not list(gap_pairs(doc))
    assert add_fallback(doc, EAGER).events == ()


def test_switch(monkeypatch):
    monkeypatch.setattr(fallback, "load_model", lambda: EAGER)
    assert [e.trigger for e in coded(FIRES, use=True).events] == ["model:lecture"]
    assert coded(FIRES, use=False).events == ()


def test_cli_flag(monkeypatch, tmp_path):
    from newsevents.cli import cli, register

    register()
    monkeypatch.setattr(fallback, "load_model", lambda: EAGER)
    page = tmp_path / "page.txt"
    page.write_text("Fishing row\n\n" + FIRES + "\n", encoding="utf-8")
    runner = CliRunner()
    on = runner.invoke(cli, ["code", str(page), "--fallback"])
    off = runner.invoke(cli, ["code", str(page), "--no-fallback"])
    assert on.exit_code == 0 and off.exit_code == 0
    assert '"model:lecture"' in on.output and "model:" not in off.output


def test_off_by_default(monkeypatch):
    # too few of its events were right on unseen text to code them unasked (docs/events.md)
    monkeypatch.setattr(fallback, "load_model", lambda: EAGER)
    docs = code_documents([{"id": "t", "text": FIRES, "title": ""}], options=Options())
    assert next(iter(docs)).events == ()


ACCUSES = "The Egyptian foreign minister said Ethiopia was playing with fire over the Nile dam."  # "acting recklessly"
# is the rules' since the twenty-eighth session (events/stated_judgements.py)


def test_shipped_weights_read_an_accusation_as_the_speakers():
    # a written two-party accusation the rules leave empty: the shipped model's surest pair is the speaker's
    # disapproval of the other party (110), ahead of the reverse pair
    from newsevents.events.fallback import proposals

    doc = coded(ACCUSES)
    assert not doc.events
    probability, event = max(proposals(doc, load_model()), key=lambda found: found[0])
    assert (event.source, event.target, event.code) == ("EGYGOV", "ETH", "110") and is_fallback(event)
    assert probability > 0.4


def test_shipped_weights_switch(monkeypatch):
    shipped = load_model()
    monkeypatch.setattr(fallback, "load_model", lambda: Model(shipped.classes, shipped.weights, 0.4))
    assert [(e.source, e.target, e.code) for e in coded(ACCUSES, use=True).events] == [("EGYGOV", "ETH", "110")]
    assert coded(ACCUSES, use=False).events == ()
