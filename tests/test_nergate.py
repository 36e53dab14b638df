"""nergate: the model's NER only on the sentences that need it (issue #13), and the parse
stage's matrix products through numpy's BLAS (docs/parse.md)."""

from __future__ import annotations

import pytest

from conftest import shared_path
from newsevents.actors import load_lexicon
from newsevents.nergate import NerGate, gated_ner
from newsevents.parse import load_model, numpy_blas, parse_batch, parsing_model


def parsed(text: str):
    return load_model()(text, disable=["ner"])


def test_a_sentence_of_known_names_skips_the_model():
    doc = parsed("Russia condemned the attack on Ukraine.")
    runs, spans = NerGate(load_lexicon()).plan(doc)
    assert runs == []
    assert [(doc[s:e].text, label) for s, e, label in spans] == [("Russia", "GPE"), ("Ukraine", "GPE")]


@pytest.mark.parametrize("text", ["Zorvak Industries condemned the attack.",  # a name the dictionaries lack
                                  "Russia condemned the attack on Monday.",  # a date
                                  "Russia sent 300 troops."])  # a number
def test_names_dates_and_numbers_need_the_model(text):
    doc = parsed(text)
    assert NerGate(load_lexicon()).plan(doc)[0] == [(0, len(doc))]


def test_names_only_takes_dates_from_token_shapes():
    doc = parsed("Russia condemned the attack on Monday.")
    runs, spans = NerGate(load_lexicon(), names_only=True).plan(doc)
    assert runs == []
    assert ("Monday", "DATE") in [(doc[s:e].text, label) for s, e, label in spans]


def test_gated_paragraph_keeps_the_model_entities_where_it_runs():
    nlp = load_model()
    text = "Russia condemned the attack on Ukraine. Helga Brandvold of Norsk Kraftverk said the talks would go on."
    full = nlp(text)
    gated = next(gated_ner(nlp.get_pipe("ner"), [nlp(text, disable=["ner"])], NerGate(load_lexicon())))
    second = next(iter(list(full.sents)[1:]))
    assert [(e.text, e.label_) for e in gated.ents if e.start >= second.start] == [
        (e.text, e.label_) for e in full.ents if e.start >= second.start]
    assert ("Russia", "GPE") in [(e.text, e.label_) for e in gated.ents]


def test_the_gate_keeps_the_seed_page():
    from newsevents.model import Document
    from newsevents.pipeline import Options, code_documents
    from newsevents.record import to_record

    page = shared_path("seed", "000_44652aec5ffde77d.txt")
    doc = Document(id=page.stem, raw=page.read_text(encoding="utf-8"), format="text")
    off, on = (to_record(next(code_documents([doc], options=Options(ner_gate=gate)))) for gate in (None, "all"))
    for field in ("events", "quotes", "actors"):
        assert off[field] == on[field], field


def test_parse_runs_numpy_blas_on_one_thread_and_gives_the_count_back():
    threads = numpy_blas()
    if threads is None:
        pytest.skip("numpy without its bundled OpenBLAS: the model keeps blis")
    from newsevents.model import Document

    nlp = parsing_model()
    assert nlp.get_pipe("ner").model.ops.use_blis is False
    before = threads(3)
    try:
        list(parse_batch(nlp, [Document(id="a", raw="Russia condemned the attack.", format="text")]))
        assert threads(before) == 3
    finally:
        threads(before)


def test_document_mode_does_not_read_a_name_twice():
    nlp = load_model()
    gate = NerGate(load_lexicon(), mode="document")
    first = nlp("Helga Brandvold of Norsk Kraftverk arrived in Cairo.", disable=["ner"])
    second = nlp("Brandvold condemned the attack.", disable=["ner"])
    seen: set[str] = set()
    assert gate.plan(first, seen)[0] == [(0, len(first))]
    assert gate.plan(second, set(seen))[0] == []  # every name in it was read before
    tagged = list(gated_ner(nlp.get_pipe("ner"), [first, second], gate, groups=[0, 0]))
    earlier = {token.text: token.ent_type_ for token in tagged[0] if token.ent_type_}
    assert [(e.text, e.label_) for e in tagged[1].ents] == (
        [("Brandvold", earlier["Brandvold"])] if "Brandvold" in earlier else [])


def test_pieces_give_the_ner_what_as_doc_gives_it():
    from newsevents.nergate import piece_docs

    nlp = load_model()
    doc = nlp("Russia condemned the attack. Helga Brandvold of Norsk Kraftverk said talks can't go on in Oslo.",
              disable=["ner"])
    runs = [(0, 3), (5, len(doc)), (7, 12)]
    ner = nlp.get_pipe("ner")
    cheap = [[(e.text, e.label_) for e in d.ents] for d in ner.pipe(piece_docs(doc, runs))]
    copied = [[(e.text, e.label_) for e in d.ents] for d in ner.pipe(doc[s:e].as_doc() for s, e in runs)]
    assert cheap == copied
    assert [p.text for p in piece_docs(doc, runs)] == [doc[s:e].text_with_ws for s, e in runs]
    assert [t.norm_ for t in piece_docs(doc, [(14, 17)])[0]] == [t.norm_ for t in doc[14:17]]  # "ca n't": "can", "not"


def test_window_mode_reads_a_few_words_round_each_unknown_name():
    from newsevents.nergate import WINDOW

    nlp = load_model()
    text = ("Russia condemned the attack on the city and said that the talks planned for the spring would not go "
            "ahead, while Helga Brandvold asked for calm in the streets of the city that night.")
    doc = nlp(text, disable=["ner"])
    runs, _spans = NerGate(load_lexicon(), mode="window").plan(doc)
    name = next(t.i for t in doc if t.text == "Helga")
    assert len(runs) == 1 and runs[0][0] == name - WINDOW and runs[0][1] == name + 2 + WINDOW  # "Helga Brandvold"
    tagged = next(gated_ner(nlp.get_pipe("ner"), [doc], NerGate(load_lexicon(), mode="window")))
    assert ("Helga Brandvold", "PERSON") in [(e.text, e.label_) for e in tagged.ents]
    assert ("Russia", "GPE") in [(e.text, e.label_) for e in tagged.ents]  # the dictionary's, outside the window


def test_one_model_a_process():
    from newsevents.parse import MODEL

    assert load_model() is load_model(MODEL) is parsing_model() is parsing_model(MODEL)


def test_document_window_mode_reads_a_name_once_and_recalls_it_only_where_it_was_left_out():
    nlp = load_model()
    gate = NerGate(load_lexicon(), mode="document-window")
    first = nlp("Helga Brandvold of Norsk Kraftverk arrived in Cairo on a visit that had been planned for weeks.",
                disable=["ner"])
    second = nlp("The talks in the city went on for hours and ended late at night when Brandvold left.",
                 disable=["ner"])
    seen: set[str] = set()
    skipped: list[int] = []
    assert gate.plan(first, seen)[0]
    assert gate.plan(second, set(seen), skipped)[0] == []  # "The" opens the sentence: no name; Brandvold was read
    assert [second[i].text for i in skipped] == ["Brandvold"]
    tagged = list(gated_ner(nlp.get_pipe("ner"), [first, second], gate, groups=[0, 0]))
    earlier = {token.text: token.ent_type_ for token in tagged[0] if token.ent_type_}
    assert [(e.text, e.label_) for e in tagged[1].ents if e.label_ not in ("DATE", "TIME")] == (
        [("Brandvold", earlier["Brandvold"])] if "Brandvold" in earlier else [])


@pytest.fixture
def gate_modes(monkeypatch) -> list:
    """The modes of the NER gates the pipeline builds (none built: the NER reads every paragraph)."""
    from newsevents import pipeline

    modes: list = []

    class Recorded(NerGate):
        def __init__(self, lexicon, *, mode):
            modes.append(mode)
            super().__init__(lexicon, mode=mode)

    monkeypatch.setattr(pipeline, "NerGate", Recorded)
    return modes


def test_the_default_gate_is_document_window_and_off_reads_every_paragraph(gate_modes):
    from newsevents.pipeline import Options, code_documents

    list(code_documents(["Talks\n\nMr Brandvold met Ms Okonjo in Oslo on Monday."]))
    assert gate_modes == ["document-window"]
    for off in ("off", None):
        list(code_documents(["Talks\n\nMr Brandvold met Ms Okonjo in Oslo."], options=Options(ner_gate=off)))
    assert gate_modes == ["document-window"]


@pytest.mark.parametrize(("args", "expected"), [((), ["document-window"]), (("--ner-gate", "off"), []),
                                                 (("--ner-gate", "window"), ["window"])])
def test_the_commands_choose_the_gate(gate_modes, tmp_path, args, expected):
    from click.testing import CliRunner

    from newsevents.cli import cli, register

    register()
    page = tmp_path / "page.txt"
    page.write_text("Talks\n\nMr Brandvold met Ms Okonjo in Oslo.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(page), *args])
    assert result.exit_code == 0, result.output
    assert gate_modes == expected


def test_token_words_are_the_tokens_text_lower_and_alpha():
    from newsevents.nergate import token_words
    from newsevents.parse import load_model

    spacy_doc = load_model().make_doc("“Kenya’s UN envoy,” said 12 MPs on Tuesday —  ÉCOLE naïve")
    texts, lowers, alpha = token_words(spacy_doc)
    assert texts == [t.text for t in spacy_doc]
    assert lowers == [t.lower_ for t in spacy_doc]
    assert [bool(a) for a in alpha] == [t.is_alpha for t in spacy_doc]
