"""Benchmark: `newsevents run` end to end against spaCy alone on the same cleaned texts.

A fixed mix of ../shared/corpora (BBC 30 %, Reuters 30 %, PolNeAR 20 %, scraped pages
from the fake-news corpus and Horne 2017 10 % each; the first documents of each file)
is coded, in one run, by:

* spaCy alone: the full pipeline over every cleaned paragraph, 1 and 2 processes;
* ``newsevents run`` end to end (read, clean, parse, actors, quotes, events, places,
  stories, DuckDB store) at 1 and 2 workers, with the fast path off and on.

Each configuration runs in a fresh child process (model load and process start are
counted for every configuration alike), so its peak RSS per worker is its own. Writes
BENCHMARKS.md (documents/s, words/s, ratio to spaCy alone at the same process count,
peak RSS per worker) with the machine, the command and the figures.

    PYTHONPATH=src python bench/throughput.py [--limit 2000] [--fast-path-off] [--ner-gate names document]
        [--out BENCHMARKS.md]

``make bench`` runs the issue's 2,000 documents (about 11 minutes measured on 2 quiet cores);
a quicker look: ``make bench LIMIT=400``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
MIX = (("bbc_news", 0.3), ("reuters21578", 0.3), ("polnear", 0.2),
       ("fakenewscorpus_sample", 0.1), ("horne2017_political", 0.1))
CONFIGS = (("spacy", 1, False), ("spacy", 2, False), ("run", 1, True), ("run", 2, True))
SLOW_CONFIGS = (("run", 1, False), ("run", 2, False))  # fast path off: --fast-path-off, about 3x as long
CHUNK = 32  # documents per task, as `newsevents run --batch-size`


def corpus_mix(limit: int) -> list:
    """The first documents of each corpus, in the MIX shares, as `Document`s."""
    from newsevents.read import read

    docs = []
    for name, share in MIX:
        path = SHARED / name / "articles.jsonl"
        if not path.exists():
            raise SystemExit(f"no corpus at {path} (needs ../shared)")
        docs.extend(itertools.islice(read([str(path)]), max(1, round(limit * share))))
    return docs[:limit]


def cleaned_paragraphs(docs) -> list[list[str]]:
    """Per document, the texts the parse stage gives spaCy."""
    from newsevents.clean import clean
    from newsevents.parse import parser_text

    out = []
    for doc in docs:
        article = clean(doc).article
        out.append([parser_text(p.text) for p in article.paragraphs] if article else [])
    return out


def spacy_chunk(paragraphs: list[str]) -> int:
    """Worker: the full spaCy pipeline over one chunk; returns tokens seen."""
    from newsevents.parse import load_model

    return sum(len(doc) for doc in load_model().pipe(paragraphs, batch_size=256))


def run_spacy(texts: list[list[str]], processes: int) -> None:
    chunks = [[p for doc in texts[i:i + CHUNK] for p in doc] for i in range(0, len(texts), CHUNK)]
    if processes == 1:
        for chunk in chunks:
            spacy_chunk(chunk)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for _ in pool.imap(spacy_chunk, chunks):
            pass


def run_newsevents(docs, workers: int, fast: bool, ner_gate: str | None = None) -> None:
    """``newsevents run`` with the default Options, or with ``ner_gate`` set (``"off"``: NER everywhere)."""
    from newsevents.pipeline import Options
    from newsevents.store.run import run_documents

    with tempfile.TemporaryDirectory() as folder:
        run_documents(iter(docs), db=Path(folder) / "bench.duckdb", workers=workers,
                      batch_size=CHUNK, options=Options(fast_path=fast, **({"ner_gate": ner_gate} if ner_gate else {})))


def child(kind: str, processes: int, fast: bool, limit: int) -> dict:
    """One configuration, timed in this (fresh) process; the mix is read before timing."""
    docs = corpus_mix(limit)
    texts = cleaned_paragraphs(docs)
    cpu_start = cpu_seconds()
    start = time.perf_counter()
    if kind.startswith("spacy"):
        run_spacy(texts, processes)
    else:
        run_newsevents(docs, processes, fast, kind.partition(":")[2] or None)
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_start
    rss = resource.getrusage(resource.RUSAGE_SELF if processes == 1 else resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "cpu_seconds": cpu, "documents": len(docs), "rss_mib": rss / 1024,
            "words": sum(len(p.split()) for doc in texts for p in doc)}


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished children (the workers):
    on a shared machine, a figure the other jobs' load does not inflate the way it does
    wall-clock time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def machine() -> list[str]:
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    from newsevents.parse import MODEL

    return [f"CPU: {cpu}, {os.cpu_count()} cores", f"Memory: {int(memory) / 2**20:.1f} GiB",
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, model {MODEL}",
            f"OS: {platform.platform()}"]


def report(results: list[tuple[tuple, dict]], command: str, loads: tuple[float, float]) -> str:
    baseline = {processes: figures for (kind, processes, _), figures in results if kind == "spacy"}
    from newsevents.pipeline import Options
    lines = ["# Benchmarks", "", "Throughput of `newsevents run` end to end against spaCy alone on the same",
             "cleaned texts (written by `bench/throughput.py`; `make bench`).", "", "## Machine", ""]
    lines += [f"* {line}" for line in machine()]
    lines += [f"* Load average (1 min) before / after the run: {loads[0]:.1f} / {loads[1]:.1f} on "
              f"{os.cpu_count()} cores;",
              "  above the core count the machine was shared and wall-clock figures are noisy:",
              "  read the CPU-time columns and the ratios within one run.", "",
              "## Command", "", f"    {command}", "",
              f"{results[0][1]['documents']} documents ({results[0][1]['words']:,} words): the first documents of "
              + ", ".join(f"{name} {share:.0%}" for name, share in MIX) + ".",
              "Each configuration runs in a fresh process; times include process start and model load.", "",
              "## Figures", "",
              "| configuration | processes | seconds | documents/s | words/s | x spaCy alone | CPU s | "
              "CPU ms/document | x spaCy alone (CPU) | peak RSS/worker | load at start |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for (kind, processes, fast), f in results:
        name = ("spaCy alone (full pipeline)" + (", again after the other rows" if kind == "spacy:again" else "")
                if kind.startswith("spacy") else f"newsevents run, fast path {'on' if fast else 'off'}"
                + (f", NER gate {kind.partition(':')[2]}" if ":" in kind else
                   f" (default: NER gate {Options().ner_gate})"))
        ratio = baseline[processes]["seconds"] / f["seconds"]
        cpu_ratio = baseline[processes]["cpu_seconds"] / f["cpu_seconds"]
        lines.append(f"| {name} | {processes} | {f['seconds']:.1f} | {f['documents'] / f['seconds']:.1f} | "
                     f"{f['words'] / f['seconds']:,.0f} | {ratio:.2f} | {f['cpu_seconds']:.1f} | "
                     f"{1000 * f['cpu_seconds'] / f['documents']:.0f} | {cpu_ratio:.2f} | {f['rss_mib']:.0f} MiB | "
                     f"{f.get('load', 0):.1f} |")
    lines += ["", "x spaCy alone: spaCy's seconds at the same process count / this configuration's seconds",
              "(above 1 = faster than the parser alone). CPU s: user + system time of the process and",
              "its workers over the same interval; x spaCy alone (CPU) is the same ratio on CPU time,",
              "which other jobs on a shared machine disturb far less than wall-clock time. Rows run one",
              "after another, each in a fresh process; load at start: the 1-minute load average then.",
              "The last row repeats spaCy alone at 1 process (the ratios use the first).", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="documents in the mix (default 2000)")
    parser.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--fast-path-off", action="store_true",
                        help="also time newsevents run with the fast path off (the slowest rows)")
    parser.add_argument("--ner-gate", nargs="+", default=[], choices=("off", "all", "names", "document", "window",
                                                                     "document-window"),
                        help="also time newsevents run with Options(ner_gate=MODE) (newsevents/nergate.py; "
                             "off: the NER on every paragraph)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "PROCESSES", "FAST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, processes, fast = args.child
        print(json.dumps(child(kind, int(processes), fast == "1", args.limit)))
        return
    results = []
    load_before = os.getloadavg()[0]
    gated = tuple((f"run:{mode}", processes, True) for mode in args.ner_gate for processes in (1, 2))
    again = (("spacy:again", 1, False),)
    for config in CONFIGS + gated + (SLOW_CONFIGS if args.fast_path_off else ()) + again:
        kind, processes, fast = config
        load = os.getloadavg()[0]
        output = subprocess.run([sys.executable, __file__, "--limit", str(args.limit), "--child", kind,
                                 str(processes), "1" if fast else "0"],
                                check=True, capture_output=True, text=True).stdout
        results.append((config, {**json.loads(output.strip().splitlines()[-1]), "load": load}))
        print(config, results[-1][1], file=sys.stderr)
    command = "PYTHONPATH=src python bench/throughput.py" + (f" --limit {args.limit}" if args.limit != 2000 else "") + (
        " --fast-path-off" if args.fast_path_off else "")
    command += f" --ner-gate {' '.join(args.ner_gate)}" if args.ner_gate else ""
    Path(args.out).write_text(report(results, command, (load_before, os.getloadavg()[0])))
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
