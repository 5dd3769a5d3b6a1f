# case: the exported link tables' related_key had no foreign key, so foreign_key_check never saw the relations, and 8 views only repeated their tables
# expect-status: 0
# expect-stdout-contains: related_key|studies
# expect-stdout-not-contains: _levels
"$REVQ" -c '.export sqlite review.db' 2> /dev/null || exit 1
[ -z "$(sqlite3 review.db 'PRAGMA foreign_key_check')" ] || exit 2
sqlite3 review.db "SELECT \"from\" || '|' || \"table\" FROM pragma_foreign_key_list('findings_study')"
sqlite3 review.db "SELECT name FROM sqlite_master WHERE type = 'view' AND sql NOT LIKE '%JOIN%'"
