#!/usr/bin/env bash
# case: an HTML record of a grid with a totals row: it says the terminal's row count (8 findings under Tiltak fra skolen, Tabell 9), not 9, and draws the grid as SVG
# expect-status: 0
# expect-stdout-contains: <p class="note">(8 rows)</p>
# expect-stdout-contains: <svg
# expect-stdout-not-contains: (9 rows)
"$REVQ" -c '.record r.html' -c "grid findings where theme = 'Tiltak fra skolen'" -c '.record' 2> err.txt || exit 1
cat r.html
