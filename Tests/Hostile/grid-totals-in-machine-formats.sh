# case: grid put its display-only "total Ja" row into csv, tsv, json and jsonl as if it were a record
# expect-status: 0
# expect-stdout-not-contains: total
# expect-stdout-contains: Smythe-Leistico og Page 2018
for format in csv tsv json jsonl; do
  "$REVQ" --format "$format" -c 'grid matrix' || exit 1
done
[ "$("$REVQ" --format json -c 'grid matrix' | jq length)" = 15 ] || exit 2
