# case: as a user other than root, .save over a 0444 file replaced it and .export printed a raw SQLite error with a cut SQL dump
# needs-root: yes
# expect-status: 0
# expect-stdout-contains: save=1 export=1 kept=old,old
# expect-stderr-contains: cannot write ./ro.revq: Permission denied
# expect-stderr-contains: cannot write ./ro.db: Permission denied
# expect-stderr-not-contains: SQLite
# expect-stderr-not-contains: INSERT
mkdir work && chown nobody:nogroup work && chmod 755 "$SCRATCH"
cd work
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$PWD" XDG_CACHE_HOME="$PWD/cache" "$@"; }
as_nobody sh -c 'printf "old\n" > ro.revq; printf "old\n" > ro.db; chmod 444 ro.revq ro.db'
as_nobody "$REVQ" -c '.save ./ro.revq'; save=$?
as_nobody "$REVQ" -c '.export sqlite ./ro.db'; export=$?
echo "save=$save export=$export kept=$(cat ro.revq),$(cat ro.db)"
