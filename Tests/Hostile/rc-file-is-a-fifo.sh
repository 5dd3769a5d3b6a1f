# case: an rc file that is a FIFO would hold revq's start until someone wrote to it
# expect-status: 1
# expect-stderr-contains: is not a regular file; it is not read
# expect-stdout-contains: 33
# timeout: 30
mkdir -p "$XDG_CONFIG_HOME/revq"
mkfifo "$XDG_CONFIG_HOME/revq/revqrc"
timeout 10 "$REVQ" --rc --csv --no-header -c 'count findings'
