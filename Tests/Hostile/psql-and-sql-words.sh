# case: SQL and psql's backslash commands got "unexpected character '\'" and a hint about quoting values
# expect-status: 1
# expect-stderr-contains: hint: in revq: describe findings
# expect-stderr-contains: hint: revq is not SQL
# expect-stderr-contains: hint: in revq: the statement 'sources' lists the sources
# expect-stderr-not-contains: put a value with other characters
printf 'SELECT * FROM findings;\n\\d findings\n\\dt\n.tables\n' | "$REVQ"
