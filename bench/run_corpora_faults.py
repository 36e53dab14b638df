"""``newsevents run`` over the scraped corpora, BBC and Reuters samples, the seed and a folder of every
input fault; prints the run's last line (coded + skipped by reason = inputs) and the statuses stored.

    PYTHONPATH=src .venv/bin/python bench/run_corpora_faults.py --sample 300 --workers 2

The folder is built in a temporary directory: the two scraped corpora whole (fakenewscorpus_sample,
horne2017_political), the first ``--sample`` lines of bbc_news and reuters21578, the seed page, and
``tests/fault_inputs.py``'s faults. RELIABILITY.md quotes its figures.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT / "tests"))
from fault_inputs import write_faults  # noqa: E402 - the tests' fault folder, one definition


def build(folder: Path, shared: Path, sample: int) -> None:
    corpora = shared / "corpora"
    for name in ("fakenewscorpus_sample", "horne2017_political"):
        shutil.copy(corpora / name / "articles.jsonl", folder / f"{name}.jsonl")
    for name in ("bbc_news", "reuters21578"):
        with open(corpora / name / "articles.jsonl", "rb") as source, open(folder / f"{name}.jsonl", "wb") as out:
            out.writelines(itertools.islice(source, sample))
    shutil.copy(shared / "seed" / "000_44652aec5ffde77d.txt", folder)
    write_faults(folder / "faults")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=300, help="lines of bbc_news and of reuters21578")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder, db = Path(scratch) / "in", Path(scratch) / "run.duckdb"
        folder.mkdir()
        build(folder, args.shared, args.sample)
        command = [sys.executable, "-m", "newsevents", "run", str(folder), "--db", str(db),
                   "--workers", str(args.workers)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        print(f"exit status {done.returncode}")
        print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "(no output)")
        with duckdb.connect(str(db), read_only=True) as con:
            for state, reason, count in con.execute(
                    "SELECT status, reason, count(*) FROM documents GROUP BY ALL ORDER BY 3 DESC").fetchall():
                print(f"  {state:8} {count:6}  {reason or ''}")
        return done.returncode


if __name__ == "__main__":
    sys.exit(main())
