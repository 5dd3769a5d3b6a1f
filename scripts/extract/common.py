"""Shared helpers for the extractors: read the source text, write revq's TSV dialect.

Every extractor reads Datasets/source/review-source.txt (never ../shared) and writes
Datasets/review/data/SOURCE.tsv. Line numbers are 1-based, as in an editor.
"""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE_TXT = os.path.join(REPO, "Datasets", "source", "review-source.txt")
CURATED = os.path.join(REPO, "Datasets", "review", "curated")


def read_source_lines(path=SOURCE_TXT):
    """The review's lines without their line ends; index 0 is line 1."""
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def escape_cell(value):
    """One cell in the TSV dialect of Datasets/README.md."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "|".join(_escape(str(v), True) for v in value)
    return _escape(str(value), False)


def _escape(text, in_list):
    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    if in_list:
        text = text.replace("|", "\\|")
    return text


def place(name, first, last=None):
    """Provenance as revq keeps it: 'Tabell 9, lines 1134-1139'."""
    return f"{name}, lines {first}-{last if last is not None else first}"


def write_tsv(out_dir, source, fields, records):
    """Write records (dicts keyed by field name) as out_dir/SOURCE.tsv, header first."""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, source + ".tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(fields) + "\n")
        for record in records:
            f.write("\t".join(escape_cell(record.get(field)) for field in fields) + "\n")
    return path


def out_dir_from_argv():
    """Extractors take the output folder as their only argument (default: the bundled review)."""
    if len(sys.argv) > 1:
        return sys.argv[1]
    return os.path.join(REPO, "Datasets", "review", "data")
