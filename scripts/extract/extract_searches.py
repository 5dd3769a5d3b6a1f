"""Vedlegg 2 (Søkestrategi) as data/searches.tsv: one record per search line and its hits.

Three parts, each read by its own parser:
  oversikter    the search for systematic reviews: three databases, one query, hits per database
  databaser     the search for primary studies: Web of Science, Sociological Abstracts and ERIC
                ("Søk N" then "query : hits"), and the Ovid databases ("N  query (hits)", where
                the export sometimes puts two numbered lines on one text line)
  andre_kilder  the other sources: "N. query Hits X" under a source name and a "Søk DATE:" line
Numbered search lines must run 1, 2, 3, ... within each database, or the extractor fails.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv
from report_text import clean_line, fail

FIELDS = ["id", "part", "database", "coverage", "date", "limits", "line", "query", "hits",
          "hits_stated", "source"]
PLACE = "Vedlegg 2"
SLUGS = {"ERIC (ProQuest)": "eric", "APA PsycInfo": "psycinfo", "Bibliotek.dk": "bibliotek-dk"}
OVID_ENTRY = re.compile(r"(?:^|\s+)(\d{1,2})\s{2}(.+?)\s\((\d+)\)(?=\s*$|\s+\d{1,2}\s{2})")
COLON_HITS = re.compile(r"^(.*?)\s*:\s*(\d+)$")
OTHER_HITS = re.compile(r"^(?:(\d+)\.\s+)?(.*?)\s*[Hh]its\s+(.*)$")


def text(line):
    """A line without export noise, with no-break spaces as plain spaces, trimmed."""
    return re.sub(r"[\u00a0\u202f]", " ", clean_line(line)).strip()


def slug(database):
    if database in SLUGS:
        return SLUGS[database]
    if database.startswith("Ovid MEDLINE"):
        return "medline"
    return re.sub(r"[^a-z0-9]+", "-", database.lower()).strip("-")


def find(lines, start, prefix):
    """The first 1-based line number from start whose text starts with prefix."""
    for number in range(start, len(lines) + 1):
        if text(lines[number - 1]).startswith(prefix):
            return number
    fail(f"no line starting with {prefix!r} after line {start}")


def blocks(lines, first, last):
    """Runs of non-blank lines between first and last: lists of (number, text)."""
    result, block = [], []
    for number in range(first, last + 1):
        content = text(lines[number - 1])
        if content:
            block.append((number, content))
        elif block:
            result.append(block)
            block = []
    if block:
        result.append(block)
    return result


def check_numbering(records, database):
    numbers = [r["line"] for r in records if r["line"] is not None]
    if numbers != list(range(1, len(numbers) + 1)):
        fail(f"{database}: search lines are numbered {numbers}, not 1..{len(numbers)}")
    return records


def reviews_part(lines, first, last):
    """'Søk etter systematiske oversikter': three databases searched with one query."""
    intro = find(lines, first, "Det ble søkt")
    date = re.search(r"søkt (.*?) i følgende", text(lines[intro - 1]))
    query_line = find(lines, intro, "Det ble gjort avgrensninger")
    limits, query = text(lines[query_line - 1]).split(" Søket ble gjort i tittel", 1)
    query = query.split("søkestreng:", 1)[1].strip()
    records = []
    for number in range(intro + 1, query_line):
        bullet = re.match(r"^·\s*(.+?):\s*(\d+) treff$", text(lines[number - 1]))
        if bullet:
            database, hits = bullet.groups()
            records.append({
                "id": "oversikter-" + slug(database), "part": "oversikter", "database": database,
                "date": date.group(1), "limits": limits, "query": query, "hits": int(hits),
                "hits_stated": hits + " treff", "source": place(PLACE, intro, query_line)})
    if len(records) != 3:
        fail(f"line {intro}: {len(records)} databases in the search for reviews, expected 3")
    return records


def database_part(lines, first, last):
    records = []
    for block in blocks(lines, first + 1, last):
        if block[0][1].startswith("Database:"):
            records += ovid_block(block)
        else:
            records += proquest_block(block)
    return records


def proquest_block(block):
    """Name, date, limit lines, then 'Søk N' / 'query : hits' pairs and 'Slått sammen' lines."""
    (_, database), (_, date) = block[0], block[1]
    limits = [content for _, content in block[2:] if not re.match(r"Søk \d+$", content)
              and not COLON_HITS.match(content)]
    records, pending = [], None
    for number, content in block[2:]:
        search = re.match(r"Søk (\d+)$", content)
        hits = COLON_HITS.match(content)
        if search:
            pending = (int(search.group(1)), number)
        elif hits and (pending or content.startswith("Slått sammen")):
            line, start = pending if pending else (None, number)
            key = f"{slug(database)}-{line if line else 'samlet'}"
            records.append(search_record(key, "databaser", database, None, date, limits, line,
                                         hits.group(1), int(hits.group(2)), hits.group(2),
                                         start, number))
            pending = None
    return check_numbering(records, database)


def ovid_block(block):
    """'Database: NAME <coverage>', 'Søkestrategi:', then 'N  query (hits)' entries."""
    heading = re.match(r"Database: (.*?)\s*<(.*)>$", block[0][1])
    if not heading:
        fail(f"line {block[0][0]}: unexpected Ovid heading {block[0][1]!r}")
    database, coverage = heading.groups()
    records = []
    for number, content in block[2:]:
        for line, query, hits in OVID_ENTRY.findall(content):
            key = f"{slug(database)}-{line}"
            records.append(search_record(key, "databaser", database, coverage, None, [],
                                         int(line), query, int(hits), hits, number, number))
    return check_numbering(records, database)


def other_part(lines, first, last):
    sources = []
    for block in blocks(lines, first + 1, last):
        if block[0][1].startswith("Søk ") and sources:
            sources[-1] += block  # a second search date of the same source
        else:
            sources.append(block)
    return [record for block in sources for record in other_block(block)]


def other_block(block):
    """A source name, then 'Søk DATE:' lines each followed by 'N. query Hits X' lines."""
    database, date, records = block[0][1], None, []
    for number, content in block[1:]:
        when = re.match(r"^Søk (.*?):?$", content)
        hits = OTHER_HITS.match(content)
        if when and not hits:
            date = when.group(1)
        elif hits:
            line, query, stated = hits.groups()
            count = int(stated) if stated.isdigit() else None
            ordinal = line or str(len(records) + 1)
            records.append(search_record(f"{slug(database)}-{ordinal}", "andre_kilder", database,
                                         None, date, [], int(line) if line else None, query,
                                         count, stated, number, number))
        else:
            fail(f"line {number}: neither a date nor a search line: {content!r}")
    if not records:
        fail(f"line {block[0][0]}: no search lines under {database!r}")
    return check_numbering(records, database)


def search_record(key, part, database, coverage, date, limits, line, query, hits, stated,
                  first, last):
    return {"id": key, "part": part, "database": database, "coverage": coverage, "date": date,
            "limits": "; ".join(limits) or None, "line": line, "query": query, "hits": hits,
            "hits_stated": stated, "source": place(PLACE, first, last)}


def main():
    lines = read_source_lines()
    start = find(lines, 1, "Vedlegg 2: Søkestrategi")
    primary = find(lines, start, "Søk etter primærstudier")
    other = find(lines, primary, "Søk i andre kilder:")
    end = find(lines, other, "Vedlegg 3:") - 1
    records = (reviews_part(lines, start, primary - 1) + database_part(lines, primary, other - 1)
               + other_part(lines, other, end))
    keys = [r["id"] for r in records]
    if len(keys) != len(set(keys)):
        fail("duplicate ids: " + ", ".join(sorted({k for k in keys if keys.count(k) > 1})))
    write_tsv(out_dir_from_argv(), "searches", FIELDS, records)


if __name__ == "__main__":
    main()
