#!/usr/bin/env bash
# case: stdin is a non-blocking pipe whose statements come later: EAGAIN is waited on, not taken for the end of the input
# expect-status: 0
# expect-stdout-contains: studies
# expect-stdout-contains: 38
{ sleep 0.5; echo 'count studies'; sleep 0.3; echo sources; } | python3 -c '
import fcntl, os, subprocess, sys
fcntl.fcntl(0, fcntl.F_SETFL, fcntl.fcntl(0, fcntl.F_GETFL) | os.O_NONBLOCK)
sys.exit(subprocess.call([os.environ["REVQ"], "--format", "csv"]))'
