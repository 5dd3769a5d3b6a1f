# case: a FIFO named *.revq in the journals and sessions folders hung --resume, .sessions and every terminal start
# expect-status: 0
# expect-stdout-contains: no saved sessions
# expect-stderr-contains: there is no unsaved session to resume
# timeout: 30
mkdir -p "$XDG_STATE_HOME/revq/journals" "$HOME/.local/share/revq/sessions"
mkfifo "$XDG_STATE_HOME/revq/journals/stuck.revq" "$HOME/.local/share/revq/sessions/stuck.revq"
timeout 10 "$REVQ" --resume -c sources > /dev/null
[ $? = 1 ] || exit 1
timeout 10 "$REVQ" -c .sessions || exit 2
