#!/usr/bin/env bash
# case: .record's "record written to" notice in a machine format: it goes to stderr, so stdout stays one JSON value that jq reads
# expect-status: 0
# expect-stderr-contains: record written to r.md: 1 statement
# expect-stdout-contains: "count": 33
# expect-stdout-not-contains: record written
"$REVQ" --format json -c '.record r.md' -c 'count findings' -c '.record' > out.json || exit 1
python3 -c 'import json, sys; print(json.dumps(json.load(open("out.json"))))'
