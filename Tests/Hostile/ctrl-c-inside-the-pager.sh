# case: Ctrl-C while less showed a tall result killed revq's child and left less running in the foreground under the prompt
# expect-status: 0
# expect-stdout-contains: prompt after q
# expect-stdout-not-contains: prompt while less ran
# timeout: 40
# A pseudo-terminal of 30 rows, driven by Python's pty module: the 38 studies go
# through less; Ctrl-C, then q; no process but revq may be left in its session.
exec python3 - "$REVQ" <<'PYTHON'
import fcntl, os, pty, select, struct, sys, termios, time

revq = sys.argv[1]
pid, master = pty.fork()
if pid == 0:
    os.environ.update(PAGER="less -FRX", TERM="xterm")
    os.execv(revq, [revq])
fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
seen = b""

def read_until(text, seconds=15):
    # Waits at most `seconds`: a read that blocked for output that never comes would hang
    # the case past its timeout instead of saying what was missing.
    global seen
    deadline = time.time() + seconds
    while time.time() < deadline:
        ready, _, _ = select.select([master], [], [], max(0, deadline - time.time()))
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        seen += chunk
        if text in seen:
            seen = seen[seen.index(text) + len(text):]
            return True
    return False

def drain(seconds):
    global seen
    deadline = time.time() + seconds
    os.set_blocking(master, False)
    while time.time() < deadline:
        try:
            seen += os.read(master, 4096)
        except (BlockingIOError, OSError):
            time.sleep(0.05)
    os.set_blocking(master, True)

def session_processes():
    names = []
    for entry in os.listdir("/proc"):
        try:
            stat = open(f"/proc/{entry}/stat").read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if entry.isdigit() and int(fields[3]) == pid:
            names.append(stat[stat.index("(") + 1:stat.rindex(")")])
    return sorted(names)

assert read_until(b"revq> "), "no first prompt"
os.write(master, b"studies show label, country\r")
# The table's top rule, the first after the prompt (the echoed line has none). Waiting for
# "country" first could match the table's own header on a loaded machine, its top rule
# already read, and the wait for it then ran out (2 runs in 10 under load).
assert read_until("┌".encode()), "no result"
time.sleep(0.3)
os.write(master, b"\x03")
drain(0.7)
if b"revq> " in seen:
    print("prompt while less ran")
print("during the pager:", session_processes())
os.write(master, b"q")
if read_until(b"revq> "):
    print("prompt after q")
for _ in range(50):
    if session_processes() == ["revq"]:
        break
    time.sleep(0.1)
left = session_processes()
os.write(master, b"\x04")
drain(0.5)
os.waitpid(pid, 0)
sys.exit(0 if left == ["revq"] else 4)
PYTHON
