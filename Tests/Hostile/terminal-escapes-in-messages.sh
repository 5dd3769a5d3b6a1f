#!/usr/bin/env bash
# case: a terminal escape, a bidi override and a BOM in a meta-command, a value, and file and dataset names: every message shows them as code points, none reaches the terminal raw
# expect-status: 0
# expect-stderr-contains: unknown mode '\u{1B}]0;PWNED\u{7}'
# expect-stderr-contains: 'a\u{202E}b' is not a value of 'theme'
# expect-stderr-contains: 'x\u{1B}[31m' is not a dataset folder
# expect-stderr-contains: cannot read s\u{1B}[2J\u{202E}.revq
# expect-stderr-contains: cannot write to /nonexistent/\u{9B}1m\u{FEFF}
# expect-stdout-contains: no raw control, bidi or invisible character in any message
{
    printf '.mode \033]0;PWNED\007\n' | "$REVQ"
    "$REVQ" -c "$(printf 'findings where theme = "a\342\200\256b"')"
    "$REVQ" --dataset "$(printf 'x\033[31m')" -c sources
    "$REVQ" -f "$(printf 's\033[2J\342\200\256.revq')"
    "$REVQ" -c "$(printf '.once "/nonexistent/\302\2331m\357\273\277"')"
} 2> messages.txt
cat messages.txt >&2
# C0 but the line break, DEL, C1 (UTF-8 C2 80-9F), U+202A-202E, U+2066-2069, U+FEFF.
if LC_ALL=C grep -q -P '[\x00-\x09\x0B-\x1F\x7F]|\xC2[\x80-\x9F]|\xE2\x80[\xAA-\xAE]|\xE2\x81[\xA6-\xA9]|\xEF\xBB\xBF' messages.txt; then
    echo "a raw hostile character reached stderr"
    exit 1
fi
echo "no raw control, bidi or invisible character in any message"
