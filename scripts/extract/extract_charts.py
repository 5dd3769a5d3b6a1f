#!/usr/bin/env python3
"""The chart data of Figur 4 and 5 as data/charts.tsv: one record per bar.

The figures were images; the export keeps their data at the end (lines 3222-3229): a heading line
('Informantgrupper'), then one line with the categories followed by their numbers, TAB-separated.
Which chart is which figure, and how to check each bar against the studies, is curated in
curated/charts.tsv; every curated category must be on its chart line, in order, and every bar
of the line must be curated.
"""
from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv
from review_tables import find_line

FIELDS = ["id", "figure", "caption", "chart", "category", "n", "check", "rule", "undecidable", "source"]


def chart_bars(lines, heading):
    """(heading line, data line, [(category, n)]) of the chart: the first non-empty line after its heading."""
    at = find_line(lines, heading, len(lines) - 200)
    data = next(n for n in range(at + 1, len(lines) + 1) if lines[n - 1].strip())
    cells = [c.strip() for c in lines[data - 1].split("\t") if c.strip()]
    half = len(cells) // 2
    if len(cells) % 2 or not all(c.isdigit() for c in cells[half:]):
        raise SystemExit(f"extract: line {data}: not categories followed by their numbers: {cells}")
    return at, data, list(zip(cells[:half], (int(c) for c in cells[half:])))


def extract(lines):
    curated = read_curated("charts")
    records = []
    for heading in dict.fromkeys(r["heading"] for r in curated):
        rows = [r for r in curated if r["heading"] == heading]
        at, data, bars = chart_bars(lines, heading)
        if [c for c, _ in bars] != [r["category"] for r in rows]:
            raise SystemExit(f"extract: line {data}: bars {[c for c, _ in bars]}, curated {[r['category'] for r in rows]}")
        for number, (row, (category, n)) in enumerate(zip(rows, bars), 1):
            caption = find_line(lines, row["figure"] + ":")
            records.append({"id": f"{row['figure'].lower().replace(' ', '')}-{number}",
                            "figure": row["figure"], "caption": lines[caption - 1].split(":", 1)[1].strip(),
                            "chart": heading, "category": category, "n": n, "check": row["check"] or None,
                            "rule": row["rule"] or None, "undecidable": row["undecidable"] or None,
                            "source": f"{place(row['figure'] + ' (chart data)', at, data)}; {place(row['figure'], caption)}"})
    return records


def main():
    write_tsv(out_dir_from_argv(), "charts", FIELDS, extract(read_source_lines()))


if __name__ == "__main__":
    main()
