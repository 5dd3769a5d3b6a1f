#!/usr/bin/env python3
"""Extract `appraisals`: one record per study, appraisal tool and item.

- RoB 2 for the eight RCTs of Tabell 3: the overall judgment as far as the prose determines it
  (line 617 counts four lav, two moderat, two høy; line 866 names the four lav) and the five
  domains D1-D5 of Figur 3, which was an image: unknown, with that reason.
- Tabell 4: the tool and overall judgment of the seven other quantitative/mixed studies,
  confirmed by the prose that follows it and, for MMAT, by Vedlegg 5's MMAT table.
- Vedlegg 5: the JBI questions (answers only in images: unknown) and the MMAT answers.
- Vedlegg 6: the qualitative checklist (Cochrane EPOC, based on CASP) per question and overall.

Nothing is guessed: a value the text does not give is left empty and `note` says why.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, read_vocabulary, write_tsv
from quant_tables import Studies, count_word, fail, find_line, level, span, table_rows

FIELDS = ["id", "study", "tool", "item", "criterion", "question", "answer", "judgment", "risk",
          "limitations", "note", "source"]

ROB2 = "RoB 2"
EPOC = "EPOC/CASP"
MMAT = "MMAT"
RISKS = {"lav risiko", "middels risiko", "høy risiko"}
IMAGE_NOTE = "The answer was only in an image in {where}; the text does not give it."


def rcts(lines, studies):
    """The studies whose design cell in Tabell 3 is 'RCT', in table order."""
    header, rows = table_rows(lines, "Tabell 3:", 5, trailer="RCT: Randomisert")
    if len(rows) != 15:
        fail(f"Tabell 3 states N=15 studies, found {len(rows)} rows")
    return [(studies.resolve(r[0].text), r) for r in rows if r[1].text == "RCT"]


def rob2_records(lines, studies):
    """RoB 2 overall and domain records for the eight RCTs."""
    trials = rcts(lines, studies)
    counts_at = find_line(lines, "Vi vurderte risiko for systematiske skjevheter i de åtte")
    counts = re.search(r"i de (\w+) inkluderte RCT-ene.*?(\w+) ble vurdert til å ha lav risiko, "
                       r"(\w+) til moderat risiko og (\w+) til høy risiko", lines[counts_at - 1])
    total, low, moderate, high = (count_word(w) for w in counts.groups())
    quote = counts.group(0)[counts.start(2) - counts.start(0):]
    if total != len(trials) or low + moderate + high != total:
        fail(f"line {counts_at}: {total} RCTs ({low}+{moderate}+{high}), Tabell 3 has {len(trials)}")
    named_at = find_line(lines, "RCT (randomiserte kontrollerte studier) er det studiedesignet")
    named = re.search(r"hvorav (\w+) \(([^)]*)\) ble vurdert å ha lav risiko", lines[named_at - 1])
    names = re.split(r", | og ", named.group(2))
    if count_word(named.group(1)) != len(names) or len(names) != low:
        fail(f"line {named_at} names {len(names)} low-risk RCTs, line {counts_at} counts {low}")
    low_ids = {studies.resolve(n) for n in names}
    high_at, high_id = named_high(lines, studies, trials)
    figure_at = find_line(lines, "Figur 3:")
    domains = re.search(r"fem domener \(D1–D(\d)\)", lines[figure_at - 1])
    records = []
    for study, _row in trials:
        if study == high_id:
            records.append(rob2_named_high(study, counts_at, high_at, quote))
        else:
            records.append(rob2_overall(study, study in low_ids, counts_at, named_at, quote, high_at))
        for d in range(1, int(domains.group(1)) + 1):
            records.append({"study": study, "tool": ROB2, "item": f"D{d}",
                            "note": "The domain judgment was only in Figur 3, an image "
                                    f"(lines {counts_at + 1}-{figure_at}); the text does not give it.",
                            "source": place("Figur 3", counts_at + 1, figure_at)})
    return records


def named_high(lines, studies, trials):
    """Line 1624 names one RCT by its reference as high risk: 'En kvantitativ studie av et
    sammensatt tiltak (86) ... den har høy risiko for systematiske skjevheter'."""
    pattern = re.compile(r"En kvantitativ studie av et sammensatt tiltak \((\d+)\).*den har høy risiko for "
                         r"systematiske skjevheter")
    found = [(n, m) for n, text in enumerate(lines, 1) if (m := pattern.search(text))]
    if len(found) != 1:
        fail(f"expected one line naming the combined-intervention RCT as high risk, found {len(found)}")
    at, match = found[0]
    study = studies.by_ref.get(match.group(1))
    if study not in [s for s, _row in trials]:
        fail(f"line {at}: reference ({match.group(1)}) is not an RCT of Tabell 3")
    return at, study


def rob2_named_high(study, counts_at, high_at, quote):
    """The overall RoB 2 record of the RCT that line 1624 calls high risk."""
    return {"study": study, "tool": ROB2, "item": "overall", "judgment": "høy risiko",
            "note": f'Line {counts_at}: "{quote}"; line {high_at} says of this study (by its reference) '
                    '"den har høy risiko for systematiske skjevheter".',
            "source": f"{place('RCT-er', counts_at)}; {place('Diskusjon, Nivå 3', high_at)}"}


def rob2_overall(study, is_low, counts_at, named_at, quote, high_at):
    """The overall RoB 2 record: lav risiko where line 866 names the study, else unknown."""
    if is_low:
        return {"study": study, "tool": ROB2, "item": "overall", "judgment": "lav risiko",
                "note": f'Line {counts_at}: "{quote}"; line {named_at} names the RCTs with lav risiko.',
                "source": f"{place('RCT-er', counts_at)}; "
                          f"{place('Oppsummering av kvantitative funn', named_at)}"}
    return {"study": study, "tool": ROB2, "item": "overall",
            "note": f'Unknown: line {counts_at}: "{quote}"; line {named_at} names only the RCTs '
                    f"with lav risiko and line {high_at} one with høy risiko; which of the other three "
                    "were moderat (two) and which høy (one) was only in Figur 3, an image.",
            "source": place("RCT-er", counts_at)}


def tabell4(lines, studies):
    """Overall records of Tabell 4, with the prose that restates each judgment."""
    header, rows = table_rows(lines, "Tabell 4:", 4, trailer="*")
    stated = re.search(r"\(n=(\d+)\)", lines[find_line(lines, "Tabell 4:") - 1])
    if len(rows) != int(stated.group(1)):
        fail(f"Tabell 4 states n={stated.group(1)}, found {len(rows)} rows")
    prose_first = find_line(lines, "Flermetodiske studier")
    prose_last = find_line(lines, "Mac Iver (103) ble vurdert")
    aliases = {r["id"]: r["aliases"].split("|") for r in studies.rows}
    records = []
    for row in rows:
        study, risk = studies.resolve(row[0].text), row[3].text
        if risk not in RISKS:
            fail(f"Tabell 4 line {row[3].first}: unexpected judgment {risk!r}")
        first, last = span(row)
        sources = [place("Tabell 4", first, last)]
        for n in range(prose_first, prose_last + 1):
            text = lines[n - 1]
            if risk in text and any(a in text for a in aliases[study]):
                sources.append(place("Andre studiedesign", n))
        records.append({"study": study, "tool": row[2].text, "item": "overall",
                        "criterion": header[3].text, "judgment": risk, "sources": sources})
    return records


def vedlegg5_jbi(lines, tools):
    """JBI item records: questions from Vedlegg 5, answers unknown (images)."""
    first = find_line(lines, "[bookmark: _Toc230764150]Vedlegg 5")
    sections = [("JBI Case-control", "JBI Case-control"),
                ("JBI Tverrsnittstudier", "JBL Tverrsnittstudier")]
    records = []
    for tool, heading in sections:
        start = find_line(lines, heading, first)
        image = find_line(lines, "[image:", start)
        questions = []
        n = start + 1
        while not lines[n - 1].startswith(("JBL ", "MMAT ")):
            match = re.match(r"\s*(\d+)\. (.+?)\s*$", lines[n - 1])
            if match and match.group(2) != "Totalvurdering":
                questions.append((match.group(1), match.group(2), n))
            n += 1
        for study in tools.get(tool, []):
            for item, question, at in questions:
                records.append({"study": study, "tool": tool, "item": item, "question": question,
                                "note": IMAGE_NOTE.format(where=f"Vedlegg 5 (line {image})"),
                                "source": place("Vedlegg 5", at)})
    return records


def vedlegg5_mmat(lines, studies, overall):
    """MMAT answers per question, and the Total-vurdering checked against Tabell 4."""
    start = find_line(lines, "MMAT Flermetodiske studier")
    questions, part = {}, None
    n = start + 1
    while not lines[n - 1].startswith("Y="):
        text = lines[n - 1].strip()
        match = re.match(r"(\d\.\d)\. (.+)$", text)
        if match:
            questions[match.group(1)] = (part, match.group(2), n)
        elif text.endswith(":"):
            part = text[:-1]
        n += 1
    header, rows = table_rows(lines, "C=Can", 17)
    items = [c.text for c in header[1:16]]
    if sorted(items) != sorted(questions) or len(rows) != 2:
        fail(f"Vedlegg 5 MMAT: columns {items} vs questions {sorted(questions)}, {len(rows)} rows")
    records = []
    for row in rows:
        study = studies.resolve(row[0].text)
        for item, cell in zip(items, row[1:16]):
            part, question, at = questions[item]
            records.append({"study": study, "tool": MMAT, "item": item, "criterion": part,
                            "question": question, "answer": cell.text,
                            "source": f"{place('Vedlegg 5', at)}; {place('Vedlegg 5', cell.first)}"})
        total = row[16]
        record = overall[(study, MMAT)]
        if total.text.lower() != record["judgment"]:
            fail(f"{study}: Tabell 4 says {record['judgment']!r}, Vedlegg 5 says {total.text!r}")
        record["sources"].append(place("Vedlegg 5", row[0].first, total.last))
    return records


def vedlegg6(lines, studies):
    """The qualitative checklist answers per question and overall (Vedlegg 6)."""
    start = find_line(lines, "[bookmark: _Toc230764151]Vedlegg 6")
    questions = {}
    for n in range(start + 1, start + 12):
        match = re.match(r"(\d)\) (.+?)\s*$", lines[n - 1])
        if match:
            questions[match.group(1)] = (match.group(2), n)
    header, rows = table_rows(lines, "8) Any other concerns?", 9)
    stated = sum(int(re.search(r"\(N=(\d+)\)", lines[find_line(lines, t) - 1]).group(1))
                 for t in ("Tabell 7:", "Tabell 8:"))
    if len(rows) != stated:
        fail(f"Vedlegg 6 has {len(rows)} studies, Tabell 7 and 8 state {stated}")
    records = []
    for row in rows:
        study = studies.resolve(row[0].text)
        for i, cell in enumerate(row[1:8], start=1):
            question, at = questions[str(i)]
            records.append({"study": study, "tool": EPOC, "item": str(i),
                            "criterion": header[i].text, "question": question,
                            "answer": cell.text,
                            "source": f"{place('Vedlegg 6', at)}; {place('Vedlegg 6', cell.first)}"})
        total = row[8]
        records.append({"study": study, "tool": EPOC, "item": "overall",
                        "criterion": header[8].text, "judgment": total.text,
                        "source": place("Vedlegg 6", row[0].first, total.last)})
    return records


def levels(records):
    """The ordered levels of each verdict as written: risk (scale:bias), limitations (scale:limitation)."""
    bias, limitation = read_vocabulary("bias"), read_vocabulary("limitation")
    for record in records:
        if record.get("judgment") and record["tool"] == EPOC:
            record["limitations"] = level(record["judgment"], limitation, "limitation")
        elif record.get("judgment"):
            record["risk"] = level(record["judgment"], bias, "bias")


def extract(lines):
    studies = Studies()
    rob2 = rob2_records(lines, studies)
    overall = {(r["study"], r["tool"]): r for r in tabell4(lines, studies)}
    tools = {}
    for study, tool in overall:
        tools.setdefault(tool, []).append(study)
    jbi = vedlegg5_jbi(lines, tools)
    mmat = vedlegg5_mmat(lines, studies, overall)
    for record in overall.values():
        record["source"] = "; ".join(record.pop("sources"))
        if record["tool"] == "JBI Kvasieksperimentelle studier":
            record["note"] = ("Vedlegg 5 has no checklist for this tool (neither questions nor "
                              "image), although Tabell 4 refers to it for the full appraisal.")
    records = rob2 + list(overall.values()) + jbi + mmat + vedlegg6(lines, studies)
    levels(records)
    expected = 8 * 6 + 7 + 2 * 10 + 2 * 8 + 2 * 15 + 23 * 8
    if len(records) != expected:
        fail(f"appraisals: {len(records)} records, expected {expected}")
    for number, record in enumerate(records, start=1):
        record["id"] = number
    return records


if __name__ == "__main__":
    write_tsv(out_dir_from_argv(), "appraisals", FIELDS, extract(read_source_lines()))
