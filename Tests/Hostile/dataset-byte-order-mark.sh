# case: a byte order mark (U+FEFF) before the header of a data file gave two contradictory errors that did not name it
# expect-status: 1
# expect-stderr-contains: studies.tsv:1: error: the file starts with a byte order mark (U+FEFF)
# expect-stderr-not-contains: is not a key of
# expect-stderr-not-contains: has no stored field
cp -r "$DATASET" copy
{ printf '\357\273\277'; cat "$DATASET/data/studies.tsv"; } > copy/data/studies.tsv
"$REVQ" --dataset copy -c 'count findings'
