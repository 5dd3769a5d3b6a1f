#!/usr/bin/env bash
# case: --version and --help into a full device (> /dev/full): each exits 1 and says so on stderr
# expect-status: 0
# expect-stderr-contains: revq: error: cannot write to <stdout>: No space left on device
# expect-stdout-contains: both failed with status 1
"$REVQ" --version > /dev/full; version=$?
"$REVQ" --help > /dev/full; help=$?
[ "$version" -eq 1 ] && [ "$help" -eq 1 ] || { echo "--version $version, --help $help"; exit 1; }
echo "both failed with status 1"
