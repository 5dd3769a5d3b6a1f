#!/usr/bin/env bash
# case: 'show' with 40 copies of '*' (800 columns) in a table: the layout was quadratic in the columns (>100 s)
# expect-status: 0
# timeout: 60
# expect-stdout-contains: columns not shown
# expect-stdout-contains: (33 rows)
stars="$(printf '*, %.0s' $(seq 39))*"
"$REVQ" -c "findings show $stars"
