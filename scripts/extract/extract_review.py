#!/usr/bin/env python3
"""Extract the heading of the Summary of Qualitative Findings table into
Datasets/review/data/review.tsv: the review's title, objective, research question and
perspective, as Lewin et al. 2018 (Table 7) and iSoQ's SoQF export head it.

Each part is taken verbatim from the text with its lines. Where the text does not state a
part as such, the record says so (`stated` = no) and quotes what the text does say instead,
never a value from outside the text:
- title: the text has no title page (it begins at the key messages); the Forord (line 96)
  names the work as "en systematisk kunnskapsoppsummering over forskning på ...".
- question: the method's words (line 200); the key messages (line 3) word it otherwise, kept as
  other_text for the audit (x-review-question).
- perspective: the report names no perspective; the Forord says whom the knowledge base is
  for (the sentence starting "Formålet var", line 96), and Tabell 1 names the context the
  relevance of a finding is judged against (line 369, "Eksempelvis vil konteksten ...").
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv
from review_tables import find_containing, find_line, squeeze

FIELDS = ["id", "label", "stated", "text", "comment", "source", "other_text", "other_source"]


def sentence(line, start):
    """The sentence of line that begins with start, up to its full stop."""
    found = re.search(re.escape(start) + r"[^.]*\.", line)
    if not found:
        raise SystemExit(f"extract: no sentence starting {start!r}")
    return found.group(0)


def title(lines):
    number = find_line(lines, "Område for helsetjenester, Folkehelseinstituttet")
    phrase = re.search(r"en systematisk kunnskapsoppsummering over forskning på [^.]*", lines[number - 1]).group(0)
    return {"id": "title", "label": "Title", "stated": "no", "text": phrase,
            "comment": "not in the review's text, which has no title page; the Forord names the work",
            "source": place("Forord", number)}


def objective(lines):
    first = find_line(lines, "Målet med denne systematiske kunnskapsoppsummeringen")
    last = find_line(lines, "2. erfaringer med skole-hjem-samarbeid", first)
    text = squeeze(" ".join(line for line in lines[first - 1:last] if line.strip()))
    return {"id": "objective", "label": "Objective", "stated": "yes", "text": text, "comment": None,
            "source": place("Mål og problemstilling", first, last)}


def question(lines):
    """The method's wording (line 200), and the key messages' (line 3), which words it otherwise."""
    number = find_line(lines, "Forskningsspørsmål: ")
    key = find_line(lines, "Vårt forskningsspørsmål var: ")
    other = re.search(r"Vårt forskningsspørsmål var: ([^?]*\?)", lines[key - 1]).group(1)
    return {"id": "question", "label": "Research question", "stated": "yes", "text": squeeze(lines[number - 1]).removeprefix("Forskningsspørsmål: "),
            "comment": None, "source": place("Mål og problemstilling", number),
            "other_text": squeeze(other), "other_source": place("Hovedbudskap", key)}


def perspective(lines):
    forord = find_line(lines, "Område for helsetjenester, Folkehelseinstituttet")
    context = find_containing(lines, "Eksempelvis vil konteksten i denne oversikten")
    text = sentence(lines[forord - 1], "Formålet var") + " " + sentence(lines[context - 1], "Eksempelvis vil konteksten")
    return {"id": "perspective", "label": "Perspective", "stated": "no", "text": text,
            "comment": "not stated in the report; it says whom the review is for and in what context its relevance is judged",
            "source": place("Forord", forord) + "; " + place("Tabell 1", context)}


def main():
    lines = read_source_lines()
    records = [title(lines), objective(lines), question(lines), perspective(lines)]
    write_tsv(out_dir_from_argv(), "review", FIELDS, records)


if __name__ == "__main__":
    main()
