#!/usr/bin/env python3
"""Extract `outcomes`: one record per effect the report states (results text, Tabell 5, 6).

Which statements are reported effects, and how each reads, is hand-curated in
curated/outcomes-effects.tsv. This script places every curated effect in the text: it finds
its sentence exactly once in the quantitative results (from "Resultater fra de kvantitative"
to the end of "Oppsummering av kvantitative funn") or in a cell of Tabell 5/6, checks that
the effect, comparison and values occur in it as written, adds the table row for an arm that
is a message type (Tabell 5) or letter version (Tabell 6), and fails loudly otherwise.
"""
import re

from common import out_dir_from_argv, place, read_curated, read_source_lines, read_vocabulary, write_tsv
from quant_tables import Studies, fail, find_line, span, spaced, table_rows, verbatim

VOCABULARIES = {"kind": "outcome_kind", "unit": "unit", "direction": "direction",
                "significance": "significance"}
FIELDS = ["id", "study", "kind", "outcome", "arm", "arm_description", "effect", "value",
          "value_to", "unit", "direction", "significance", "comparison", "sentence", "section",
          "note", "source"]


def as_written(value):
    """A curated number as the report writes it: '2.4' -> '2,4'."""
    return value.replace(".", ",")


def tabell5(lines):
    """The four message types of Heppen m.fl. (Tabell 5): type -> (description, first, last)."""
    header, rows = table_rows(lines, "Tabell 5.", 4)
    caption = lines[find_line(lines, "Tabell 5.") - 1]
    if len(rows) != 4 or "Fire meldingstyper" not in caption:
        fail(f"Tabell 5 states four message types, found {len(rows)} rows")
    return {r[1].text: (r[3].text, *span(r)) for r in rows}


def tabell6(lines):
    """The letter versions of Lasky-Fink m.fl. (Tabell 6): version -> (description, effect cell, first, last)."""
    header, rows = table_rows(lines, "Tabell 6:", 3)
    letters = [r[0].text[:1] for r in rows]
    intro = lines[find_line(lines, "Lasky-Fink m.fl. (2021) (99)") - 1]
    stated = re.search(r"oversikt over brevene \(([A-G])-([A-G])\)", intro)
    expected = [chr(c) for c in range(ord(stated.group(1)), ord(stated.group(2)) + 1)]
    if letters != expected:
        fail(f"Tabell 6: versions {letters}, the text states {stated.group(0)}")
    return {r[0].text: (r[1].text, r[2], *span(r)) for r in rows}


def headings(lines, first, last):
    """Line number -> the section heading above it (a short line without final punctuation)."""
    current, result = None, {}
    for n in range(first, last + 1):
        text = re.sub(r"\[bookmark: [^\]]*\]", "", lines[n - 1]).strip()
        if text and not lines[n - 1].startswith("\t") and len(text) < 120 \
                and not text.endswith((".", ":", ")")) and not text[0].isdigit() \
                and not text.startswith(("·", "Tabell", "]")):
            current = text
        result[n] = current
    return result


def locate(sentence, lines, first, last):
    """The one line in first..last that holds the sentence."""
    hits = [n for n in range(first, last + 1) if verbatim(sentence, lines[n - 1])]
    if len(hits) != 1:
        fail(f"sentence found {len(hits)} times (need 1): {sentence[:70]!r}")
    return hits[0]


def as_in_text(effect, text):
    """The curated texts spelled exactly as the report writes them (no-break spaces kept)."""
    record = dict(effect)
    for field in ("sentence", "effect", "comparison"):
        if effect[field]:
            record[field] = verbatim(effect[field], text)
            if record[field] is None:
                fail(f"{field} {effect[field]!r} is not in {text[:60]!r}")
    for field in ("value", "value_to"):
        pattern = r"(?<![\d,])" + spaced(as_written(effect[field])) + r"(?![\d,])"
        if effect[field] and not re.search(pattern, record["sentence"]):
            fail(f"{field} {effect[field]} is not in {record['sentence'][:60]!r} as written")
    return record


def place_effect(effect, lines, bounds, messages, letters, section_of):
    """The record of one curated effect, with its places."""
    first, summary, last = bounds
    if effect["arm"] in letters:
        description, cell, row_first, row_last = letters[effect["arm"]]
        record = as_in_text(effect, cell.text)
        if record["sentence"] != cell.text:
            fail(f"Tabell 6 {effect['arm']}: effect cell reads {cell.text!r}")
        record.update(arm_description=description, section=section_of[row_first],
                      source=place("Tabell 6", row_first, row_last), line=row_first)
        return record
    at = locate(effect["sentence"], lines, first, last)
    record = as_in_text(effect, lines[at - 1])
    name = "Oppsummering av kvantitative funn" if at >= summary else "Resultater"
    sources = [place(name, at)]
    if effect["study"] == "heppen-2020" and effect["arm"] in messages:
        description, row_first, row_last = messages[effect["arm"]]
        record["arm_description"] = description
        sources.append(place("Tabell 5", row_first, row_last))
    elif effect["arm"] and not verbatim(effect["arm"], lines[at - 1]):
        fail(f"arm {effect['arm']!r} is not in line {at}")
    record.update(section=section_of[at], source="; ".join(sources), line=at)
    return record


def extract(lines):
    studies = {r["id"] for r in Studies().rows}
    first = find_line(lines, "[bookmark: _Toc202277861]")
    summary = find_line(lines, "[bookmark: _Toc230764132]Oppsummering av kvantitative funn")
    last = find_line(lines, "[bookmark: _Toc202277862]") - 1
    messages, letters = tabell5(lines), tabell6(lines)
    section_of = headings(lines, first, last)
    effects = read_curated("outcomes-effects")
    records = []
    values = {field: set(read_vocabulary(name).values()) for field, name in VOCABULARIES.items()}
    for effect in effects:
        if effect["study"] not in studies:
            fail(f"study {effect['study']!r} is not in curated/studies.tsv")
        for field, allowed in values.items():
            if effect[field] and effect[field] not in allowed:
                fail(f"{field} {effect[field]!r} is not a value of {VOCABULARIES[field]!r}")
        records.append(place_effect(effect, lines, (first, summary, last), messages, letters,
                                    section_of))
    for version in letters:
        if sum(r["arm"] == version for r in records) != 1:
            fail(f"Tabell 6 version {version!r} needs exactly one record")
    for message in messages:
        if not any(r["arm"] == message for r in records):
            fail(f"Tabell 5 message type {message!r} has no record")
    records.sort(key=lambda r: r.pop("line"))
    for number, record in enumerate(records, start=1):
        record["id"] = number
    return records


if __name__ == "__main__":
    write_tsv(out_dir_from_argv(), "outcomes", FIELDS, extract(read_source_lines()))
