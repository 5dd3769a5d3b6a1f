#!/usr/bin/env bash
# case: a syntax error inside a multi-line '( ... )': its later lines ran as statements (all 33 findings printed)
# expect-status: 1
# expect-stderr-contains: <stdin>:2:11: error: expected a value of theme, found '='
# expect-stderr-contains: <stdin>:105:1: error: the condition nests deeper than 100 levels
# expect-stdout-contains: studies,38
# expect-stdout-not-contains: Kommunikasjon
{
  printf 'count findings where (\n  theme = = x or\n  findings\n)\n'
  printf 'findings where (\n'
  for _ in $(seq 9999); do printf '(\n'; done
  printf '%s\n' "$(printf ')%.0s' $(seq 10000))"
  printf 'sources\n'
} > input.revq
"$REVQ" --format csv < input.revq > out.csv 2> err.txt
status=$?
cat out.csv
cat err.txt >&2
# One error per wrong statement, not one per line.
errors=$(grep -c ': error: ' err.txt)
[ "$errors" -eq 2 ] || { echo "expected 2 errors, found $errors" >&2; exit 3; }
exit $status
