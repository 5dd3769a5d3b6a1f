#!/usr/bin/env bash
# case: a UTF-8 byte order mark before the first statement on stdin: dropped, the statement runs
# expect-status: 0
# expect-stdout-contains: 38
# expect-stderr-not-contains: unexpected character
printf '\357\273\277count studies\n' | "$REVQ" --format csv
