#!/usr/bin/python3
"""Launch to first prompt: starts the launcher on a pseudo-terminal N times and times until `>> ` is drawn.

Usage: repl-launch.py LAUNCHER [N]. Prints each run and the median. A run ends with `:quit`.
"""
import os, pty, select, statistics, sys, tempfile, time

def one(launcher, home):
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = home
        os.environ["TERM"] = "xterm-256color"
        os.execv(launcher, [launcher])
    seen = b""
    elapsed = None
    while elapsed is None:
        r, _, _ = select.select([fd], [], [], 120)
        if not r:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if b">> " in seen:
            elapsed = time.monotonic() - t0
    os.write(fd, b":quit\r")
    try:
        while os.read(fd, 4096):
            pass
    except OSError:
        pass
    _, _, usage = os.wait4(pid, 0)
    return elapsed, usage.ru_utime + usage.ru_stime

launcher = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
home = tempfile.mkdtemp()
times = []
cpus = []
for i in range(n):
    t, cpu = one(launcher, home)
    if t is None:
        print("run %d: no prompt" % (i + 1))
        continue
    times.append(t)
    cpus.append(cpu)
    print("run %d: %.0f ms to the prompt, %.0f ms CPU in all (start, prompt, :quit)" % (i + 1, t * 1000, cpu * 1000))
if times:
    print("launch to first prompt: median %.0f ms, min %.0f ms, max %.0f ms (%d runs); CPU median %.0f ms; load average %s"
          % (statistics.median(times) * 1000, min(times) * 1000, max(times) * 1000, len(times),
             statistics.median(cpus) * 1000, open("/proc/loadavg").read().split()[0]))
