#!/usr/bin/env bash
# case: stdin is a directory (revq < folder): a read error naming stdin and its errno, not an empty script that succeeds
# expect-status: 1
# expect-stderr-contains: cannot read <stdin>: Is a directory
mkdir folder
"$REVQ" < folder
