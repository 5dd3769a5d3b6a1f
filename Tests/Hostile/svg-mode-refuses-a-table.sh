#!/usr/bin/env bash
# case: a table asked for in svg, which draws only charts and grids: an error at the statement naming the modes that show a table, exit 1, nothing on stdout
# expect-status: 1
# expect-stderr-contains: <command line>:1:1: error: svg draws charts and grids only
# expect-stderr-contains: a table fits table, card, csv, tsv, json, jsonl, markdown
# expect-stdout-not-contains: <svg
"$REVQ" --format svg -c 'findings where number = 16 show number, confidence'
