#!/usr/bin/env python3
"""The steps of the machine-learning screening (Vedlegg 3, lines 2385-2393) as data/screening.tsv.

Vedlegg 3's table 'Beskrivelse av fremgangsmåte' has one cell 'Steg N' per step, the step's text
in the next non-empty line. The steps must run 1..N.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv

FIELDS = ["id", "step", "text", "source"]


def extract(lines):
    first = appendix_start(lines)
    end = next(n for n in range(first, len(lines) + 1) if "Begrepsforklaring" in lines[n - 1])
    records = []
    for n in range(first, end):
        step = re.fullmatch(r"\tSteg (\d+)", lines[n - 1].rstrip())
        if not step:
            continue
        text_at = next(m for m in range(n + 1, end) if lines[m - 1].strip())
        records.append({"id": f"steg-{step.group(1)}", "step": int(step.group(1)), "text": lines[text_at - 1].strip(),
                        "source": place("Vedlegg 3", n, text_at)})
    if [r["step"] for r in records] != list(range(1, len(records) + 1)) or not records:
        raise SystemExit(f"extract: Vedlegg 3's steps are {[r['step'] for r in records]}, not 1..N")
    return records


def appendix_start(lines):
    """The heading line of Vedlegg 3 (after its bookmarks)."""
    return next(n for n, text in enumerate(lines, 1) if re.sub(r"^(\[bookmark: [^]]*\])*", "", text).startswith("Vedlegg 3:"))


def main():
    write_tsv(out_dir_from_argv(), "screening", FIELDS, extract(read_source_lines()))


if __name__ == "__main__":
    main()
