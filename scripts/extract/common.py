"""Shared helpers for the extractors: read the source text, read and write revq's TSV dialect.

Every extractor reads Datasets/source/review-source.txt (never ../shared) and writes
Datasets/review/data/SOURCE.tsv. Line numbers are 1-based, as in an editor.
"""
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE_TXT = os.path.join(REPO, "Datasets", "source", "review-source.txt")
CURATED = os.path.join(REPO, "Datasets", "review", "curated")
VOCABULARIES = os.path.join(REPO, "Datasets", "review", "schema", "vocabularies")


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


def read_tsv(path):
    """The records of a TSV file in the dialect of Datasets/README.md, header first.

    Blank lines and '#' comment lines are skipped; a row whose cell count differs from
    the header's stops the extraction, naming the file and line.
    """
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header, records = None, []
    for number, line in enumerate(lines, 1):
        line = line[:-1] if line.endswith("\r") else line
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
        elif len(cells) != len(header):
            raise SystemExit(f"extract: {path}:{number}: {len(cells)} cells, the header has {len(header)}")
        else:
            records.append(Record(header, cells))
    if header is None:
        raise SystemExit(f"extract: {path}: no header line")
    return records


def read_curated(name):
    """The records of Datasets/review/curated/NAME.tsv (see read_tsv)."""
    return read_tsv(os.path.join(CURATED, name + ".tsv"))


class Record(dict):
    """One row: field -> cell with its escapes undone; list(field) for a '|'-separated cell."""

    def __init__(self, header, cells):
        super().__init__(zip(header, (unescape(cell) for cell in cells)))
        self.escaped = dict(zip(header, cells))

    def list(self, field):
        """The elements of a set or to-many cell, split at every '|' that is not escaped."""
        return split_list(self.escaped[field])


_ESCAPES = {"t": "\t", "n": "\n", "r": "\r"}


def unescape(cell):
    """Undo escape_cell: \\t \\n \\r are TAB, newline, CR; a backslash before anything else keeps it."""
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), cell, flags=re.S)


def split_list(cell):
    """The elements of an escaped list cell, split at every unescaped '|', each unescaped."""
    if not cell:
        return []
    elements, current, escaping = [], "", False
    for character in cell:
        if escaping:
            current += "\\" + character
            escaping = False
        elif character == "\\":
            escaping = True
        elif character == "|":
            elements.append(unescape(current))
            current = ""
        else:
            current += character
    elements.append(unescape(current))
    return elements


def read_vocabulary(name):
    """Every spelling (value or synonym, lowercased) of schema/vocabularies/NAME.tsv, mapped to its value."""
    spellings = {}
    for row in read_tsv(os.path.join(VOCABULARIES, name + ".tsv")):
        for spelling in [row["value"]] + row.list("synonyms"):
            if spelling:
                spellings[spelling.lower()] = row["value"]
    return spellings


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
