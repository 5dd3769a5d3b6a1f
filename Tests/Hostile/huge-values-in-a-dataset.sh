#!/usr/bin/env bash
# case: n = Int.max in two studies and value = 1e308 in two outcomes: sums, means and charts trapped in Int(Double)
# expect-status: 1
# expect-stdout-contains: 9223372036854775807
# expect-stdout-contains: 1e+308
# expect-stderr-contains: sum(n) is too large to show
# expect-stderr-contains: sum(value) is too large to show
# expect-stdout-contains: source
# expect-stderr-not-contains: Program crashed
# expect-stderr-not-contains: Fatal error
cp -r "$DATASET" review
set_cells() {  # FILE COLUMN VALUE: the column's cell in the first two data rows
  awk -F'\t' -v OFS='\t' -v column="$2" -v value="$3" \
    'NR == 1 { for (i = 1; i <= NF; i++) if ($i == column) c = i } NR == 2 || NR == 3 { $c = value } { print }' \
    "$1" > "$1.new" && mv "$1.new" "$1"
}
set_cells review/data/studies.tsv n 9223372036854775807
set_cells review/data/outcomes.tsv value 1e308
cat > input.revq <<'REVQ'
count studies show min(n), max(n), avg(n), median(n)
count studies show sum(n)
count studies by kind show sum(n)
count outcomes show max(value), avg(value), median(value)
chart count outcomes by study show sum(value)
chart count outcomes by study show max(value)
chart stacked count outcomes by study, significance
sources
REVQ
"$REVQ" --dataset review < input.revq
