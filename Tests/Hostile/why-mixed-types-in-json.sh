# case: why's name column held a number in one row and text in the others, which typed readers (DuckDB, pandas) refuse
# expect-status: 0
# expect-stdout-contains: one type per column
"$REVQ" --format json -c 'why 16' > why.json || exit 1
jq -e '[.[] | to_entries[] | select(.value != null) | {key, type: (.value | type)}] | group_by(.key) | all(map(.type) | unique | length == 1)' why.json > /dev/null || exit 2
echo "one type per column"
