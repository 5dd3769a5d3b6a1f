#!/usr/bin/env bash
# case: 100,000 nested "(" on one line, closed on it: an error about the depth, not a stack overflow; the next line runs
# expect-status: 1
# expect-stderr-contains: nests deeper than 100 levels
# expect-stdout-contains: findings
# expect-stderr-not-contains: Fatal error
statement="findings where $(printf '(%.0s' $(seq 100000))number = 1$(printf ')%.0s' $(seq 100000))"
printf '%s\nsources\n' "$statement" > input.revq
"$REVQ" --format csv < input.revq
