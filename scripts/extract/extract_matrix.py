#!/usr/bin/env python3
"""Extract Tabell 11, the integration matrix, into Datasets/review/data/matrix.tsv.

One record per intervention study: the study (a key of studies), the intervention, and the
six characteristics of Tabell 10 valued Ja / Delvis / Nei as the table writes them.
The row count must equal the table's own '(N=15)'.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv
from review_tables import expect, find_line, load_studies, read_cells, rows_starting_with, span, study_at_start

TABLE = "Tabell 11"
CHARACTERISTICS = ["kompetanse", "tidlig_innsats", "rolleavklaring", "kommunikasjon", "relasjon", "fleksibilitet"]
ANSWERS = {"Ja", "Delvis", "Nei"}
FIELDS = ["id", "study", "study_text", "intervention"] + CHARACTERISTICS + ["source"]


def extract(lines):
    _, alias_to_id = load_studies()
    title = find_line(lines, TABLE + ":")
    end = find_line(lines, "Basert på denne integreringen", title)
    stated = int(re.search(r"\(N=(\d+)\)", lines[title - 1]).group(1))
    cells = read_cells(lines, title + 1, end - 1)
    rows = rows_starting_with(cells, lambda c: study_at_start(c.text, alias_to_id), 2 + len(CHARACTERISTICS), TABLE)
    expect(len(rows), stated, f"{TABLE} rows")
    return [record(row, alias_to_id) for row in rows]


def record(row, alias_to_id):
    _, study = study_at_start(row[0].text, alias_to_id)
    answers = [cell.text for cell in row[2:]]
    for answer in answers:
        if answer not in ANSWERS:
            raise SystemExit(f"extract: {TABLE}, line {row[0].first}: {answer!r} is not Ja, Delvis or Nei")
    first, last = span(row)
    values = {"id": study, "study": study, "study_text": row[0].text.rstrip(" ,"),
              "intervention": row[1].text, "source": place(TABLE, first, last)}
    values.update(zip(CHARACTERISTICS, answers))
    return values


def main():
    records = extract(read_source_lines())
    write_tsv(out_dir_from_argv(), "matrix", FIELDS, records)


if __name__ == "__main__":
    main()
