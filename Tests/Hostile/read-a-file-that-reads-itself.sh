# case: .read of a file that reads itself would recurse until the stack ran out
# expect-status: 1
# expect-stderr-contains: is nested 32 files deep
# expect-stderr-not-contains: Fatal
# expect-stdout-contains: 33
printf '.read loop.revq\n' > loop.revq
printf 'count findings\n.read b.revq\n' > a.revq
printf '.read a.revq\n' > b.revq
"$REVQ" --csv --no-header -c '.read a.revq' > out.txt 2> err.txt
status=$?
head -1 out.txt
head -c 2000 err.txt >&2
[ $status = 1 ] || exit 3
"$REVQ" -f loop.revq
