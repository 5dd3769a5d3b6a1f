"""Helpers for the extractors of studies, findings, characteristics and matrix.

The Word export writes a table cell as a line that starts with a TAB; a cell runs on over
the following lines that do not start with a TAB. Blank lines usually end a row, but not
always (a cell can hold blank lines), so rows are cut by content, never by blank lines.
Reviewer comments ('\tComment by NAME: ...') and '[bookmark: ...]' markers are export noise.
"""
import re

from common import read_curated

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")


class Cell:
    """One table cell: its text lines (noise removed) and its first and last source line."""

    def __init__(self, text, first, last):
        self.lines = [text]
        self.first = first
        self.last = last

    def extend(self, text, number):
        self.lines.append(text)
        self.last = number

    @property
    def raw(self):
        """The cell's lines joined with newlines, trailing blank lines dropped."""
        return "\n".join(self.lines).strip("\n")

    @property
    def text(self):
        """The cell's text with runs of white space (line breaks included) made one space."""
        return squeeze(self.raw)


def squeeze(text):
    return " ".join(text.split())


def strip_noise(text):
    return BOOKMARK.sub("", text)


def find_line(lines, prefix, start=1):
    """The 1-based number of the first line at or after start that begins with prefix."""
    for number in range(start, len(lines) + 1):
        if lines[number - 1].startswith(prefix):
            return number
    raise SystemExit(f"extract: no line starting with {prefix!r} after line {start}")


def find_containing(lines, text, start=1):
    """The 1-based number of the first line at or after start that contains text."""
    for number in range(start, len(lines) + 1):
        if text in lines[number - 1]:
            return number
    raise SystemExit(f"extract: no line containing {text!r} after line {start}")


def read_cells(lines, first, last):
    """The cells of source lines first..last (1-based, inclusive), in order."""
    cells = []
    for number in range(first, last + 1):
        line = strip_noise(lines[number - 1])
        if line.startswith("\t"):
            parts = line.split("\t")[1:]
            for part in parts:
                if part.startswith("Comment by "):
                    break
                cells.append(Cell(part.rstrip(), number, number))
        elif line.strip() and cells:
            cells[-1].extend(line.rstrip(), number)
    return cells


def rows_starting_with(cells, is_row_start, width, table):
    """Cut cells into rows of `width` cells, each starting where is_row_start(cell) holds.

    Cells before the first row start (the header) are skipped. A row with another number of
    cells stops the extraction: the table's layout is not what the extractor expects.
    """
    rows, current = [], None
    for cell in cells:
        if is_row_start(cell):
            current = [cell]
            rows.append(current)
        elif current is not None:
            current.append(cell)
    for row in rows:
        if len(row) != width:
            texts = [c.text[:40] for c in row]
            raise SystemExit(f"extract: {table}, line {row[0].first}: {len(row)} cells, expected {width}: {texts}")
    return rows


def load_studies():
    """The curated study identity: (rows in file order, alias -> id)."""
    rows = read_curated("studies")
    alias_to_id = {}
    for row in rows:
        for alias in row.list("aliases"):
            if alias in alias_to_id:
                raise SystemExit(f"extract: curated/studies.tsv: alias {alias!r} names two studies")
            alias_to_id[alias] = row["id"]
    if len(rows) != 38:
        raise SystemExit(f"extract: curated/studies.tsv has {len(rows)} studies, the review includes 38")
    return rows, alias_to_id


def study_at_start(text, alias_to_id):
    """The id of the study whose longest alias begins text, or None."""
    best = None
    for alias, study in alias_to_id.items():
        if text.startswith(alias) and (best is None or len(alias) > len(best[0])):
            best = (alias, study)
    return best


def study_list(text, alias_to_id, where):
    """Ids of a '; '-separated study list such as 'Øye 2018; Rossholt 2024;'."""
    names = [name.strip() for name in text.split(";") if name.strip()]
    ids = []
    for name in names:
        if name not in alias_to_id:
            raise SystemExit(f"extract: {where}: study {name!r} is no alias in curated/studies.tsv")
        ids.append(alias_to_id[name])
    return ids


def span(cells):
    """(first line, last line) covered by a row of cells."""
    return cells[0].first, max(cell.last for cell in cells)


def expect(count, expected, what):
    if count != expected:
        raise SystemExit(f"extract: {what}: found {count}, the report states {expected}")
