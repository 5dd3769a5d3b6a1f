"""Helpers shared by the report-level extractors (excluded, searches, flow, sections, claims).

The Word export carries noise that is not the review's content: `[bookmark: ...]` markers,
`[image: ...]` alt texts (which can run over several lines) and reviewer comments
(`<TAB>Comment by NAME: ...` to the end of the line). `clean_line` removes the single-line
forms; the tests of ReportDataTests remove exactly the same noise before they compare.
"""
import os
import re
import sys

from common import read_curated

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
IMAGE_ONE_LINE = re.compile(r"\[image:[^\]]*\]")
COMMENT = re.compile(r"\tComment by .*$")

NUMBER_WORDS = {
    "null": 0, "ingen": 0, "én": 1, "en": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "syv": 7, "sju": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    "tretten": 13, "fjorten": 14, "femten": 15, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}


def fail(message):
    """Stop the extraction loudly: a silently wrong dataset is worse than none."""
    sys.exit(f"{os.path.basename(sys.argv[0])}: {message}")


def clean_line(line):
    """One line without bookmarks, one-line image alt texts and reviewer comments."""
    line = COMMENT.sub("", line)
    line = BOOKMARK.sub("", line)
    return IMAGE_ONE_LINE.sub("", line)


def image_lines(lines):
    """1-based numbers of the lines an `[image: ...]` alt text spans.

    An alt text may run on over blank lines to a line that closes it ("KI-generert innhold
    kan være feil.]"); if a non-blank line without "]" comes first, it was never closed and
    only its own line is noise (Vedlegg 5 has one such).
    """
    spanned = set()
    for index, line in enumerate(lines):
        start = line.find("[image:")
        if start < 0:
            continue
        spanned.add(index + 1)
        if "]" in line[start:]:
            continue
        for after in range(index + 1, len(lines)):
            if not lines[after].strip():
                continue
            if "]" in lines[after]:
                spanned.update(range(index + 1, after + 2))
            break
    return spanned


def number_value(stated):
    """The integer a stated count means: digits (thin spaces allowed) or a number word."""
    digits = re.sub(r"[\s\u00a0\u202f]", "", stated)
    if digits.isdigit():
        return int(digits)
    word = stated.strip().lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    return None


def table_rows(lines, first, last):
    """Rows of a Word table between 1-based lines first..last, as lists of cells.

    Rows are separated by blank lines; a cell starts with a TAB and the lines after it up
    to the next TAB line continue it. A cell is [text, first line, last line].
    """
    rows, row = [], []
    for number in range(first, last + 1):
        line = lines[number - 1]
        if line.lstrip(" ").startswith("\t"):
            row.append([line.lstrip(" ")[1:], number, number])
        elif line.strip() and row:
            row[-1][0] += "\n" + line
            row[-1][2] = number
        elif line.strip():
            fail(f"line {number}: text outside a table cell: {line[:60]}")
        elif row:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def plain(text):
    """Text with no-break spaces (U+00A0, U+202F) as plain spaces, trimmed."""
    return re.sub(r"[\u00a0\u202f]", " ", text).strip()


class Outline:
    """The report's headings (curated/sections-headings.tsv), checked against the text."""

    def __init__(self, lines):
        self.headings = []
        for row in read_curated("sections-headings"):
            number, level = int(row["line"]), int(row["level"])
            if row["in_text"] == "yes" and plain(clean_line(lines[number - 1])) != row["heading"]:
                fail(f"sections-headings.tsv: line {number} is not the heading {row['heading']!r}")
            self.headings.append((number, level, row["heading"], row["in_text"] == "yes"))
        if [h[0] for h in self.headings] != sorted(h[0] for h in self.headings):
            fail("sections-headings.tsv: headings are not in line order")
        self.heading_lines = {h[0] for h in self.headings if h[3]}

    def path_at(self, number):
        """The open headings at a line: a list of (level, heading, in_text), outermost first."""
        stack = []
        for line, level, heading, in_text in self.headings:
            if line > number:
                break
            stack = [h for h in stack if h[0] < level] + [(level, heading, in_text)]
        return [h for h in stack if h[1]]

    def chapter_at(self, number):
        path = self.path_at(number)
        return path[0][1] if path else None

    def place_at(self, number):
        """The provenance place of a line: its chapter, without a Vedlegg's title."""
        chapter = self.chapter_at(number)
        return chapter.split(":")[0] if chapter else "Forside"


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÉ«])")


def sentence_containing(text, stated):
    """The sentence of text that contains stated (the whole text if it is one sentence)."""
    for sentence in SENTENCE_END.split(text):
        if stated in sentence:
            return sentence.strip()
    return text if stated in text else None


def stated_numbers(stated):
    """Every number stated in words or digits (digit groups joined: '14 903', '2,966')."""
    numbers = [int(re.sub(r"[ ,\u00a0\u202f]", "", m))
               for m in re.findall(r"\d(?:[\d\u00a0\u202f ]|,(?=\d{3}))*\d|\d", stated)]
    words = re.findall(r"[a-zæøåé]+", stated.lower())
    return numbers + [NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS]


def checked_line(lines, number, stated, name):
    """The noise-free text of a line, failing unless stated occurs in it."""
    if not 1 <= number <= len(lines):
        fail(f"{name}: line {number} is outside the text")
    text = plain(clean_line(lines[number - 1]))
    if stated not in text:
        fail(f"{name}: {stated!r} is not at line {number}")
    return text


def number_token(phrase, n):
    """The words or digits of phrase that state n, as written ('ett', '14 903', 'Fourteen')."""
    pattern = r"\d(?:[\d\u00a0\u202f ]|,(?=\d{3}))*\d|\d|[A-Za-zÆØÅæøåÉé]+"
    for token in re.findall(pattern, phrase):
        if token[0].isdigit() and int(re.sub(r"[ ,\u00a0\u202f]", "", token)) == n:
            return token
        if NUMBER_WORDS.get(token.lower()) == n:
            return token
    return None
