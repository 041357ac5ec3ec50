"""10,000 letters in one command, killed midway with SIGKILL, then completed by a rerun.

    python bench/ingest_10k.py [--count 10000] [--kill-at 0.5]

Makes COUNT distinct letter files (bench/make_letters.py), runs `imr corpus ingest` on them
into a fresh SQLite store, kills it with SIGKILL when about KILL-AT of them are stored,
reruns the same command, and checks `imr corpus stats --json`. Prints the letters stored by
each run, the rate (letters/s) and the peak memory of the ingest processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).parent))
from make_letters import make_letters  # noqa: E402


def stored(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as connection:
            return connection.execute(text("select count(*) from letters")).scalar_one()
    except Exception:
        return 0
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--kill-at", type=float, default=0.5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        letters, db_path = Path(tmp) / "letters", Path(tmp) / "corpus.db"
        start = time.perf_counter()
        make_letters(letters, args.count)
        print(f"made {args.count} letter files in {time.perf_counter() - start:.1f} s")
        command = [sys.executable, "-m", "imr", "corpus", "ingest", str(letters), "--db", f"sqlite:///{db_path}"]

        start = time.perf_counter()
        first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)
        while stored(db_path) < args.count * args.kill_at and first.poll() is None:
            time.sleep(0.2)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        first_time = time.perf_counter() - start
        at_kill = stored(db_path)
        print(f"run 1: killed (SIGKILL) after {first_time:.1f} s with {at_kill} letters stored "
              f"({at_kill / first_time:.0f} letters/s)")

        start = time.perf_counter()
        second = subprocess.run(command, stderr=subprocess.PIPE, text=True)
        second_time = time.perf_counter() - start
        print(f"run 2: exit {second.returncode} in {second_time:.1f} s; its summary: "
              f"{second.stderr.strip().splitlines()[-1]}")
        stats = json.loads(subprocess.run(
            [sys.executable, "-m", "imr", "corpus", "stats", "--json", "--db", f"sqlite:///{db_path}"],
            capture_output=True, text=True, check=True).stdout)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"imr corpus stats --json: letters={stats['letters']} items={stats['items']}")
        print(f"ingest rate over both runs: {stats['letters'] / (first_time + second_time):.0f} letters/s; "
              f"peak memory of a child process: {peak:.0f} MiB")
        ok = stats["letters"] == args.count
        print("OK: exactly the letters made" if ok else "MISMATCH")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
