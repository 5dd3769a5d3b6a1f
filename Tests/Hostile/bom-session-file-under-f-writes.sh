#!/usr/bin/env bash
# case: a session file that starts with a UTF-8 byte order mark, run with -f: still a session file, so its .output is refused without --allow-writes
# expect-status: 0
# expect-stderr-contains: '.output' is refused
# expect-stdout-contains: out.txt was not written
printf '\357\273\277# revq session "w"\n.output out.txt\nsections\n# end of session\n' > w.revq
"$REVQ" -f w.revq
status=$?
[ "$status" -eq 1 ] || { echo "exit status $status, expected 1"; exit 1; }
[ -e out.txt ] && { echo "out.txt was written"; exit 1; }
echo "out.txt was not written"
