#!/usr/bin/env bash
# case: charts of an aggregate with no number (a scale's min, a min over no records): SIGILL in the bar chart
# expect-status: 1
# expect-stderr-contains: a chart draws numbers as bars, and min(confidence) is a value of scale:confidence
# expect-stdout-contains: bars: min(number)
# expect-stdout-contains: Tiltak fra skolen
# expect-stdout-contains: (1 row)
# expect-stderr-not-contains: Program crashed
# expect-stderr-not-contains: Fatal error
cat > input.revq <<'REVQ'
chart count findings show min(confidence)
chart count findings where number > 99 show min(number)
chart count findings where number > 99 by theme show min(number)
chart count findings where number > 99 by theme, confidence show min(number)
chart stacked count findings where number > 99 by theme, confidence
grid matrix where relasjon = Ja and relasjon = Nei
sources
REVQ
"$REVQ" < input.revq
