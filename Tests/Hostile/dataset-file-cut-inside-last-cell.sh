# case: data/findings.tsv cut short inside its last cell (truncate -s -10) loaded the cut value with status 0
# expect-status: 1
# expect-stderr-contains: findings.tsv:34: error: the file ends inside this line, with no line end
# expect-stdout-not-contains: Tabell 9
cp -r "$DATASET" copy
truncate -s -10 copy/data/findings.tsv
"$REVQ" --dataset copy -c 'findings where number = 33 show source'
