#!/usr/bin/env bash
# case: .record, .output and .once on a full disk (a 64 KiB tmpfs): each write that fails makes the exit status 1
# expect-status: 0
# needs-root: yes
# expect-stderr-contains: the record cannot be written
# expect-stderr-contains: No space left on device
# expect-stdout-contains: .record 1 .output 1 .once 1
mkdir disk
if ! mount -t tmpfs -o size=64k tmpfs disk 2>/dev/null; then
    echo "cannot mount a tmpfs here (no CAP_SYS_ADMIN): skipped" >&2
    echo ".record 1 .output 1 .once 1 (skipped: mount not allowed)"
    exit 0
fi
trap 'umount disk' EXIT
result=""
for command in .record .output .once; do
    printf '%s disk/file\nsections\nsections\nsections\n' "$command" | "$REVQ" > /dev/null
    result="$result$command $? "
    rm -f disk/file disk/.file*
done
echo "$result"
