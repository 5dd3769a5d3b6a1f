# case: two symlinks to `.` in the dataset's data/ folder (each start walked k^16 paths: a minute and 810 MB)
# expect-status: 0
# expect-stdout-contains: 33
# timeout: 20
cp -r "$DATASET" copy
ln -s . copy/data/loop1
ln -s . copy/data/loop2
"$REVQ" --dataset copy -c 'count findings' >/dev/null || exit 1
# Twice: the second start reads the compiled cache, which digests the listing again.
"$REVQ" --dataset copy --format csv -c 'count findings'
