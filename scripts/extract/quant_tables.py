"""Helpers shared by extract_outcomes.py and extract_appraisals.py.

Tables of the Word export: a cell is a line that starts with a TAB and runs on over the
following lines that do not; blank lines may fall inside a row (Tabell 4's Lavigne row,
Tabell 6's header) or inside a cell (Tabell 3's Lissack row), so a table is read as a flat
list of cells cut into rows of the header's width. A table ends at the first line after a
blank line that is neither blank nor a cell. Reviewer comments ('\tComment by NAME: ...')
are export noise and dropped.
"""
import re

from common import read_curated


def fail(message):
    """Stop the extraction loudly: a table or a count is not what the report states."""
    raise SystemExit(f"extract: {message}")


class Cell:
    """One table cell: its text (lines joined by one space) and its source lines."""

    def __init__(self, text, first):
        self.parts = [text]
        self.first = first
        self.last = first

    @property
    def text(self):
        """The lines joined by one space; no-break spaces are kept as the export has them."""
        return re.sub(r"[ \t]+", " ", " ".join(self.parts)).strip(" ")


def find_line(lines, prefix, start=1):
    """The 1-based number of the first line at or after start that begins with prefix."""
    for number in range(start, len(lines) + 1):
        if lines[number - 1].startswith(prefix):
            return number
    fail(f"no line starting with {prefix!r} after line {start}")


def read_table(lines, first):
    """The cells of the table whose first cell is on line `first`, and its last line."""
    cells = []
    after_blank = False
    number = first
    while number <= len(lines):
        line = lines[number - 1]
        if line.startswith("\t"):
            text = line[1:].split("\tComment by ")[0]
            cells.append(Cell(text.strip(" \t"), number))
            after_blank = False
        elif not line.strip():
            after_blank = True
        elif after_blank or not cells:
            break
        else:
            cells[-1].parts.append(line.strip(" \t"))
            cells[-1].last = number
        number += 1
    return cells


def table_rows(lines, caption, width, trailer=None):
    """The header and body rows of the table under the caption line starting with `caption`.

    Each row is a list of `width` cells. Cells left over after the last full row must be
    the table's footnote, starting with `trailer`; anything else stops the extraction.
    """
    start = find_line(lines, caption) + 1
    cells = read_table(lines, start)
    whole = len(cells) - len(cells) % width
    rows = [cells[i:i + width] for i in range(0, whole, width)]
    rest = cells[whole:]
    if rest and not (trailer and len(rest) == 1 and rest[0].text.startswith(trailer)):
        fail(f"{caption}: {len(rest)} cells left over after {len(rows)} rows of {width}")
    return rows[0], rows[1:]


def span(cells):
    """The first and last source line of a row."""
    return min(c.first for c in cells), max(c.last for c in cells)


class Studies:
    """The study identity of curated/studies.tsv: ids by reference number and by alias."""

    def __init__(self):
        self.rows = read_curated("studies")
        self.by_ref = {r["ref"]: r["id"] for r in self.rows if r["ref"]}
        self.by_alias = {}
        for r in self.rows:
            for alias in r.list("aliases"):
                self.by_alias.setdefault(alias.strip(), r["id"])

    def resolve(self, label):
        """The id of the study a table label names: by its '(NN)' reference number, else an alias."""
        match = re.search(r"\((\d+)\)\s*$", label)
        if match and match.group(1) in self.by_ref:
            return self.by_ref[match.group(1)]
        bare = label.rstrip(", ").strip()
        if bare in self.by_alias:
            return self.by_alias[bare]
        for alias, study in self.by_alias.items():
            if alias and bare.startswith(alias):
                return study
        fail(f"no study in curated/studies.tsv matches {label!r}")


NUMBER_WORDS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8}


def count_word(word):
    """A count the report writes as a word or digits ('Fire', 'åtte', '7')."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word not in NUMBER_WORDS:
        fail(f"unknown count word {word!r}")
    return NUMBER_WORDS[word]


SPACES = "[ \u00a0\u202f]"


def spaced(text):
    """A regex for text in which any space may be a (narrow) no-break space, as in the export."""
    return SPACES.join(re.escape(part) for part in text.split(" "))


def verbatim(text, haystack):
    """The exact spelling of text in haystack (no-break spaces kept), or None."""
    match = re.search(spaced(text), haystack)
    return match.group(0) if match else None


def level(text, spellings, vocabulary):
    """The vocabulary value a verdict as written names ('Moderate til små' -> 'små til moderate')."""
    value = spellings.get(text.lower())
    if value is None:
        fail(f"{text!r} names no value of the vocabulary {vocabulary!r}")
    return value
