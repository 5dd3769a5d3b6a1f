#!/usr/bin/env bash
# case: a chart whose statement (its SVG title) holds <, & and quotes that would break the XML or inject markup: escaped, and the picture parses
# expect-status: 0
# expect-stdout-contains: parsed: chart count findings where support < 3 and text ~ "<b>&x" by confidence
# expect-stdout-not-contains: raw markup
"$REVQ" --format svg -c 'chart count findings where support < 3 and text ~ "<b>&x" by confidence' > chart.svg 2> err.txt || exit 1
python3 -c 'import sys, xml.etree.ElementTree as T; t = T.parse("chart.svg").getroot().find("{http://www.w3.org/2000/svg}title"); print("parsed: " + t.text)'
! grep -q '<b>' chart.svg || echo 'raw markup in the file'
