"""The report's prose as data/sections.tsv: one record per paragraph with its heading path.

A paragraph is one line of the export (Word writes one paragraph per line), except that a
footnote whose text runs over several lines stays with the paragraph that cites it, and a line
that goes on with the sentence above it (a soft line break) stays with that paragraph. Tables,
captions, headings, export noise (bookmarks, image alt texts, reviewer comments) and the
lines curated/sections-lines.tsv marks as not prose are left out; the heading path comes from
curated/sections-headings.tsv. Every line with a table-of-contents bookmark must be a curated
heading or curated prose, so that no heading silently becomes a paragraph.
"""
import re

from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv
from report_text import Outline, clean_line, fail, image_lines, plain

FIELDS = ["id", "heading", "chapter", "level", "line", "text", "inferred_headings", "source"]
CAPTION = re.compile(r"^(Tabell|Figur) \d+[:.]")


def curated_lines():
    treat = {}
    for row in read_curated("sections-lines"):
        for number in range(int(row["first"]), int(row["last"]) + 1):
            treat[number] = row["treat"]
    return treat


def table_lines(lines):
    """1-based numbers of the lines that belong to table cells."""
    inside, in_cell = set(), False
    for number, line in enumerate(lines, 1):
        if line.lstrip(" ").startswith("\t"):
            in_cell = True
        elif not line.strip():
            in_cell = False
        if in_cell:
            inside.add(number)
    return inside


def continues(text, line, kind):
    """True when line goes on with the paragraph text above it: after a soft line break (Word's
    Shift+Enter) the sentence goes on, in lower case or after «, on the next line. A list item
    ("c) ...") or a line after a finished sentence starts a paragraph of its own."""
    after = plain(clean_line(line))
    return (kind != "skip" and not text.endswith((".", "?", "!"))
            and bool(re.match(r"«|[a-zæøå](?!\))", after)))


def paragraphs(lines, outline):
    """(first line, last line, text) of every paragraph."""
    treat, tables, images = curated_lines(), table_lines(lines), image_lines(lines)
    result, number = [], 1
    while number <= len(lines):
        line = lines[number - 1]
        text = plain(clean_line(line))
        kind = treat.get(number)
        if "[bookmark: _Toc" in line and text and number not in outline.heading_lines \
                and kind != "prose":
            fail(f"line {number} has a heading bookmark but is neither a curated heading nor prose")
        skip = (not text or kind == "skip" or number in images or number in outline.heading_lines
                or CAPTION.match(text) or (number in tables and kind != "prose"))
        if skip:
            number += 1
            continue
        last = number
        while last < len(lines) and (text.count("[") > text.count("]")
                                     or continues(text, lines[last], treat.get(last + 1))):
            last += 1  # a footnote's text runs on to the line that closes it
            text += "\n" + plain(clean_line(lines[last - 1]))
        result.append((number, last, text.strip()))
        number = last + 1
    return result


def record(first, last, text, outline):
    path = outline.path_at(first)
    return {
        "id": f"p{first:04d}",
        "heading": " > ".join(h[1] for h in path),
        "chapter": path[0][1],
        "level": len(path),
        "line": first,
        "text": text,
        "inferred_headings": [h[1] for h in path if not h[2]],
        "source": place(outline.place_at(first), first, last),
    }


def main():
    lines = read_source_lines()
    outline = Outline(lines)
    records = [record(*p, outline) for p in paragraphs(lines, outline)]
    for r in records:
        if re.search(r"\[bookmark:|\[image:|Comment by", r["text"]):
            fail(f"{r['id']}: export noise left in the text")
    write_tsv(out_dir_from_argv(), "sections", FIELDS, records)


if __name__ == "__main__":
    main()
