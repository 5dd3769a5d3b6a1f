#!/usr/bin/env bash
# case: a line over 64 MiB on stdin that has its line end was called endless and ended the input
# expect-status: 1
# expect-stderr-contains: <stdin>:2: error: the statement starting here is longer than 64 MiB; it is skipped
# expect-stderr-not-contains: no line end
# expect-stdout-contains: count
# expect-stdout-contains: studies,38
# timeout: 120
{
  printf 'count findings\n'
  printf 'findings where '
  head -c $((65 * 1024 * 1024)) /dev/zero | tr '\0' 'x'
  printf '\nsources\n'
} > input.revq
"$REVQ" --format csv < input.revq
