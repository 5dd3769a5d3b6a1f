"""The screening numbers of the search flow as data/flow.tsv (Figur 2 and the prose).

The records are curated in curated/flow.tsv (which number means which stage is a reading of
the report, not something a pattern can find); this extractor checks each one against the
text: its words must occur at its line and must state its number. The figure's text is the
block from the line "Figur 2: ..." to the line "Identifisering".
"""
from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv
from report_text import Outline, checked_line, fail, plain, sentence_containing, stated_numbers

FIELDS = ["id", "stage", "stream", "detail", "n", "stated", "sentence", "origin", "source"]


def figure_lines(lines):
    first = next(i for i, l in enumerate(lines, 1) if l.startswith("Figur 2:"))
    last = next(i for i, l in enumerate(lines, 1) if i > first and plain(l) == "Identifisering")
    return range(first, last + 1)


def record(row, lines, outline, figure):
    number, n = int(row["line"]), int(row["n"])
    text = checked_line(lines, number, row["stated"], row["id"])
    if n not in stated_numbers(row["stated"]):
        fail(f"{row['id']}: {row['stated']!r} does not state {n}")
    in_figure = number in figure
    return {
        "id": row["id"], "stage": row["stage"], "stream": row["stream"],
        "detail": row["detail"] or None, "n": n, "stated": row["stated"],
        "sentence": text if in_figure else sentence_containing(text, row["stated"]),
        "origin": "figur" if in_figure else "tekst",
        "source": place("Figur 2" if in_figure else outline.place_at(number), number),
    }


def main():
    lines = read_source_lines()
    outline, figure = Outline(lines), figure_lines(lines)
    rows = read_curated("flow")
    if len({r["id"] for r in rows}) != len(rows):
        fail("flow.tsv: ids are not unique")
    write_tsv(out_dir_from_argv(), "flow", FIELDS, [record(r, lines, outline, figure) for r in rows])


if __name__ == "__main__":
    main()
