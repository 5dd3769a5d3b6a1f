"""Vedlegg 1 as data/excluded.tsv: the studies read in full text and not included.

Three tables, each under its own heading that states its row count:
  fulltekst      studies excluded at full text, with the reason (n=85)
  nedprioritert  qualitative studies deprioritised for their focus on school exclusion (n=4)
  masteroppgave  master's theses not included, with their data-richness rating (n=30)
The extractor fails unless each table has exactly the rows its heading states.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, read_vocabulary, write_tsv
from report_text import clean_line, fail, table_rows

FIELDS = ["id", "group", "author", "year", "title", "reason", "reason_stated", "rating", "source"]

# (group, the heading's words before "(n=", the column that holds reason or rating)
GROUPS = [
    ("fulltekst", "Kvantitative og kvalitative studier lest i fulltekst og ekskludert", "reason"),
    ("nedprioritert", "Kvalitative studier lest i fulltekst og nedprioritert/ekskludert", "reason"),
    ("masteroppgave", "Masteroppgaver lest i fulltekst og nedprioritert/ekskludert", "rating"),
]
AUTHOR_YEAR = re.compile(r"^(.*?)\s*\((\d{4})\)\s*$")


def find_heading(lines, words):
    """1-based line of the table heading that begins with words, and the count it states."""
    for number, line in enumerate(lines, 1):
        text = clean_line(line).strip()
        if text.startswith(words):
            stated = re.search(r"\(n=(\d+)\)", text)
            if not stated:
                fail(f"line {number}: heading states no count: {text}")
            return number, int(stated.group(1))
    fail(f"heading not found: {words}")


def table_end(lines, start):
    """The last line of the table that follows the heading at start (before the next heading)."""
    for number in range(start + 1, len(lines) + 1):
        if "[bookmark: _Toc" in lines[number - 1]:
            return number - 1
    fail(f"no heading after line {start}")


def group_records(lines, group, words, column, reasons, ratings):
    heading, stated = find_heading(lines, words)
    rows = table_rows(lines, heading + 1, table_end(lines, heading))
    header, rows = rows[0], rows[1:]
    if len(header) != 3 or len(rows) != stated:
        fail(f"{group}: heading at line {heading} states n={stated}, the table has {len(rows)} rows")
    return [record(group, index, row, column, reasons, ratings) for index, row in enumerate(rows, 1)]


def record(group, index, row, column, reasons, ratings):
    if len(row) != 3:
        fail(f"{group}: row at line {row[0][1]} has {len(row)} cells, not 3")
    (who, first, _), (title, _, _), (last_cell, _, last) = row
    match = AUTHOR_YEAR.match(who.strip())
    if not match:
        fail(f"line {first}: no 'Author (year)' in {who!r}")
    stated = last_cell.strip()
    result = {
        "id": f"{group}-{index:02d}", "group": group, "author": match.group(1),
        "year": int(match.group(2)), "title": title.strip(),
        "source": place("Vedlegg 1", first, last),
    }
    spellings = reasons if column == "reason" else ratings
    value = spellings.get(stated.lower())
    if value is None:
        fail(f"line {last}: {stated!r} is not in the {column} vocabulary")
    result[column] = value
    if column == "reason":
        result["reason_stated"] = stated
    return result


def main():
    lines = read_source_lines()
    reasons, ratings = read_vocabulary("exclusion_reason"), read_vocabulary("richness")
    records = []
    for group, words, column in GROUPS:
        records += group_records(lines, group, words, column, reasons, ratings)
    write_tsv(out_dir_from_argv(), "excluded", FIELDS, records)


if __name__ == "__main__":
    main()
