#!/usr/bin/python3
"""Round trip of execute_requests through jupyter_client: the kernel `wasmrust` and IPython's `python3`
measured in the same run, side by side. One round trip = execute_request sent -> execute_reply received
and IOPub back to idle, as a notebook front end waits for it.

    kernel-roundtrip.py [RUNS] [WARMUP]      (kernelspecs from JUPYTER_PATH / the system)
"""
import os
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel

TIMEOUT = 120


def round_trip(kc, code):
    start = time.perf_counter()
    msg_id = kc.execute(code, store_history=False)
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    while True:
        m = kc.get_iopub_msg(timeout=TIMEOUT)
        if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                and m["content"]["execution_state"] == "idle"):
            break
    elapsed = time.perf_counter() - start
    if reply["content"]["status"] != "ok":
        raise SystemExit(f"{code!r} failed: {reply['content']}")
    return elapsed


def measure(kernel, codes, runs, warmup, env=None):
    extra = {"env": dict(os.environ, **env)} if env else {}
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=TIMEOUT, **extra)
    try:
        results = {}
        for code in codes:
            for _ in range(warmup):
                round_trip(kc, code)
            samples = sorted(round_trip(kc, code) for _ in range(runs))
            p99 = samples[min(len(samples) - 1, int(round(0.99 * len(samples))) - 1)]
            results[code] = (statistics.median(samples) * 1000, p99 * 1000)
        return results
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    warmup = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rows = []
    for kernel, label, codes, env in [
            ("python3", "python3 (ipykernel)", ["", "1 + 1"], None),
            ("wasmrust", "wasmrust (interim)", ["", "1 + 1", "let x = 6 * 7;"], {"WASMRUST_ENGINE": "interim"}),
            ("wasmrust", "wasmrust (session)", ["1 + 1", "let x = 6 * 7;"], {"WASMRUST_ENGINE": "session"})]:
        for code, (median, p99) in measure(kernel, codes, runs, warmup, env).items():
            rows.append((label, repr(code) if code else "(empty cell)", median, p99))
    import jupyter_client
    print(f"execute_request round trips through jupyter_client {jupyter_client.__version__}: "
          f"{runs} per row after {warmup} warm-up")
    print(f"{'kernel':<22}{'cell':<20}{'median':>10}{'p99':>10}")
    for label, code, median, p99 in rows:
        print(f"{label:<22}{code:<20}{median:>8.2f} ms{p99:>7.2f} ms")
    print("(jjava-jupyter 1.0-a6's own channel loop sleeps 50 ms per message: its floor is about 50 ms)")


if __name__ == "__main__":
    main()
