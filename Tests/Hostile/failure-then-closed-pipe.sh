#!/usr/bin/env bash
# case: a statement fails, then stdout's reader closes the pipe (| head -1): the exit status still says the failure
# expect-status: 1
# expect-stderr-contains: unknown source 'nosuch'
# expect-stdout-contains: ┌
"$REVQ" -c nosuch -c sections -c sections | head -1
exit "${PIPESTATUS[0]}"
