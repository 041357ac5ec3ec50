"""Reviewing 130 cases in one process on one core, start-up included.

    python bench/review_speed.py [--count 130]

Writes COUNT cases (the sample corpus's cases repeated) to a temporary file and times
`imr review FILE` as a fresh process pinned to one core: interpreter start, imports, loading
the knowledge base and reviewing every case.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imr.paths import default_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=130)
    args = parser.parse_args()
    cases = (default_corpus() / "cases.jsonl").read_text().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.jsonl"
        with path.open("w") as out:
            for number, line in zip(range(args.count), itertools.cycle(cases)):
                case = json.loads(line)
                case["case_number"] = f"{case['case_number']}-{number}"
                out.write(json.dumps(case) + "\n")
        command = [sys.executable, "-m", "imr", "review", str(path), "-o", str(Path(tmp) / "out.jsonl")]
        if hasattr(os, "sched_setaffinity"):
            command = ["taskset", "-c", "0", *command]
        start = time.perf_counter()
        subprocess.run(command, check=True)
        elapsed = time.perf_counter() - start
        items = sum(len(json.loads(line)["determinations"]) for line in (Path(tmp) / "out.jsonl").read_text().splitlines())
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.count} cases, {items} items reviewed in {elapsed:.2f} s on one core, start-up included "
          f"({elapsed / args.count * 1000:.1f} ms per case); peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
