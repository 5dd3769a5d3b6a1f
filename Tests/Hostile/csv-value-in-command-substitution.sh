# case: csv ended every line with CRLF, so $(revq --format csv ...) held "33\r" and a shell test of the value failed
# expect-status: 0
# expect-stdout-contains: 33 findings
value="$("$REVQ" --format csv -c '.headers off' -c 'count findings')"
[ "$value" = 33 ] || { printf '%s' "$value" | od -c; exit 1; }
echo "$value findings"
# RFC 4180's CRLF only when asked
[ "$("$REVQ" --format csv -c '.crlf on' -c 'count findings' | od -An -c | tr -d ' \n')" = 'count\r\n33\r\n' ] || exit 2
