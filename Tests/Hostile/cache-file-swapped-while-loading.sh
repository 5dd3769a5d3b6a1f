# case: data/findings.tsv is replaced A -> B -> A (atomic renames) while revq loads it; B's store must never be served for A's files
# expect-status: 0
# expect-stdout-contains: 19
# timeout: 120
# The race is timing-bound here (the Swift test StoreCacheTests replays it exactly):
# starts race a loop of renames, then the files are A again and the answer must be A's.
cp -r "$DATASET" copy
sed $'s/\tmoderat\t/\tlav\t/g' copy/data/findings.tsv > b.tsv
cp copy/data/findings.tsv a.tsv
( for i in $(seq 1 400); do
    cp b.tsv next.tsv && mv next.tsv copy/data/findings.tsv
    cp a.tsv next.tsv && mv next.tsv copy/data/findings.tsv
  done ) &
swapper=$!
for i in $(seq 1 25); do "$REVQ" --dataset copy -c 'count findings' >/dev/null 2>&1; done
wait "$swapper"
cmp -s a.tsv copy/data/findings.tsv || exit 3
"$REVQ" --dataset copy --format csv -c 'count findings where confidence = moderat' 2>/dev/null | tr -d '\r' | grep -qx 19 || { echo "wrong count"; exit 1; }
echo 19
