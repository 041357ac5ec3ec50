"""Parsing speed against bare pypdfium2 text extraction, on one core.

    python bench/parse_speed.py [--count 650]

Copies the corpus PDFs into a temporary folder until there are COUNT files, then times, in
this one process, (a) bare pypdfium2 extraction — open, every page's text, close — and (b)
`imr.letters.parse.parse_file` of the same files; prints both times, the ratio and peak memory.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from imr.letters.parse import parse_file
from imr.paths import default_corpus


def bare(paths: list[Path]) -> int:
    chars = 0
    for path in paths:
        doc = pdfium.PdfDocument(str(path))
        for index in range(len(doc)):
            chars += len(doc[index].get_textpage().get_text_range())
        doc.close()
    return chars


def parsed(paths: list[Path]) -> int:
    return sum(len(parse_file(path).items) for path in paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=650)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sources = sorted((default_corpus() / "letters").glob("*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for number, source in zip(range(args.count), itertools.cycle(sources)):
            target = Path(tmp) / f"{number:04d}-{source.name}"
            shutil.copyfile(source, target)
            paths.append(target)
        bare(paths[:20]), parsed(paths[:20])  # warm the file cache and imports
        start = time.perf_counter()
        bare(paths)
        t_bare = time.perf_counter() - start
        start = time.perf_counter()
        items = parsed(paths)
        t_parse = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(paths)} PDFs, {items} items")
    print(f"bare pypdfium2 extraction: {t_bare:.2f} s ({len(paths) / t_bare:.0f} files/s)")
    print(f"imr parse_file:            {t_parse:.2f} s ({len(paths) / t_parse:.0f} files/s)")
    print(f"ratio: {t_parse / t_bare:.2f}x   peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
