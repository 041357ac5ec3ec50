"""Ingesting letters: stored once, whatever happens."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from imr.corpus.ingest import ingest
from imr.corpus.stats import corpus_stats
from imr.store import StoreError, open_store

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
from make_letters import make_letters  # noqa: E402


def _imr(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "imr", *args], capture_output=True, text=True, **kwargs)


def test_ingesting_twice_stores_each_letter_once(corpus, tmp_path):
    engine = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    first = ingest(engine, [corpus / "letters", corpus / "seeds"], workers=1)
    again = ingest(engine, [corpus / "letters", corpus / "seeds"], workers=1)
    assert (first.stored, first.failed) == (69, 0)
    assert (again.stored, again.skipped) == (0, 69)
    stats = corpus_stats(engine)
    assert (stats["letters"], stats["items"], stats["overturned"]) == (69, 134, 19)


def test_letters_without_a_case_number_are_keyed_by_their_content(corpus, tmp_path):
    seeds = sorted((corpus / "seeds").glob("*.txt"))
    copy = tmp_path / "copy-of-a-seed.txt"
    copy.write_bytes(seeds[0].read_bytes())
    engine = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    summary = ingest(engine, [*seeds, copy], workers=1)
    assert (summary.stored, summary.skipped) == (5, 1)


def test_the_same_case_in_another_file_is_not_stored_twice(corpus, tmp_path):
    text = (corpus / "seeds").glob("*.txt")
    letter = tmp_path / "a.txt"
    make_letters(tmp_path / "made", 1)
    made = next((tmp_path / "made").iterdir())
    letter.write_text(made.read_text() + "\n")  # other bytes, same case number
    engine = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    summary = ingest(engine, [made, letter], workers=1)
    assert (summary.stored, summary.skipped) == (1, 1)
    assert corpus_stats(engine)["letters"] == 1
    del text


def test_a_file_that_is_no_letter_is_reported_and_the_rest_stored(corpus, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text("Just a progress note.")
    (tmp_path / "in" / "a.pdf").write_bytes((corpus / "letters" / "CM16-0213037.pdf").read_bytes())
    run = _imr("corpus", "ingest", str(tmp_path / "in"), "--db", f"sqlite:///{tmp_path / 'c.db'}")
    assert run.returncode == 1
    assert "stored 1" in run.stderr and "note.txt: not an IMR letter" in run.stderr
    assert "Traceback" not in run.stderr


def test_kill_9_midway_then_rerun_completes_exactly(tmp_path):
    make_letters(tmp_path / "letters", 400)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    args = [sys.executable, "-m", "imr", "corpus", "ingest", str(tmp_path / "letters"), "--db", db]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    engine = open_store(db)
    deadline = time.monotonic() + 60
    while corpus_stats(engine)["letters"] < 60 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = corpus_stats(engine)["letters"]
    assert 0 < partial < 400, "the kill should land midway"
    rerun = _imr("corpus", "ingest", str(tmp_path / "letters"), "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    stats = json.loads(_imr("corpus", "stats", "--json", "--db", db).stdout)
    assert stats["letters"] == 400


def test_export_writes_every_table_as_parquet(corpus, tmp_path):
    import pyarrow.parquet as pq

    engine = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    ingest(engine, [corpus / "letters"], workers=1)
    from imr.corpus.export import export_parquet

    counts = export_parquet(engine, tmp_path / "pq")
    items = pq.read_table(tmp_path / "pq" / "items.parquet")
    assert items.num_rows == counts["items"] == 119  # the 64 PDFs: 134 items less 15 in the seeds
    assert set(items.column("decision").to_pylist()) == {"upheld", "overturned"}
    assert not list((tmp_path / "pq").glob("*.partial"))


def test_a_bad_database_url_is_one_clear_line(tmp_path):
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("nosuchdb://somewhere")
    run = _imr("corpus", "stats", "--db", f"sqlite:///{tmp_path / 'missing.db'}")
    assert run.returncode == 2
    assert "no store there yet" in run.stderr and "Traceback" not in run.stderr
