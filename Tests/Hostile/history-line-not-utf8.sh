# case: one byte that is not UTF-8 in a 300-line history file; one statement at the terminal rewrote the file with only that statement
# expect-status: 0
# expect-stdout-contains: history kept: 301 lines
# timeout: 60
mkdir -p "$XDG_STATE_HOME/revq"
for i in $(seq 1 300); do
  if [ "$i" = 150 ]; then printf 'findings where number = %s\377\n' "$i"; else printf 'findings where number = %s\n' "$i"; fi
done > "$XDG_STATE_HOME/revq/history"
cp "$XDG_STATE_HOME/revq/history" before
# A terminal for revq (history is kept only there): script(1) gives it a pty.
{ sleep 2; printf 'count findings\r'; sleep 2; printf '\004'; sleep 1; } | script -qfec "$REVQ" /dev/null > terminal.log 2>&1
{ cat before; printf 'count findings\n'; } | cmp -s - "$XDG_STATE_HOME/revq/history" || { echo "history changed:"; head -c 300 "$XDG_STATE_HOME/revq/history"; exit 1; }
echo "history kept: $(wc -l < "$XDG_STATE_HOME/revq/history") lines"
