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


def start(kernel, env=None):
    extra = {"env": dict(os.environ, **env)} if env else {}
    return start_new_kernel(kernel_name=kernel, startup_timeout=TIMEOUT, **extra)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    warmup = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    kernels = [("python3", "python3 (ipykernel)", ["", "1 + 1"], None),
               ("wasmrust", "wasmrust (interim)", ["", "1 + 1", "let x = 6 * 7;"], {"WASMRUST_ENGINE": "interim"}),
               ("wasmrust", "wasmrust (session)", ["", "1 + 1", "let x = 6 * 7;"], {"WASMRUST_ENGINE": "session"})]
    started = [(label, codes, *start(kernel, env)) for kernel, label, codes, env in kernels]
    try:
        rows = [(label, code, kc) for label, codes, km, kc in started for code in codes]
        for label, code, kc in rows:
            for _ in range(warmup):
                round_trip(kc, code)
        # interleaved, so that every row sees the same load on a shared machine
        samples = {i: [] for i in range(len(rows))}
        for _ in range(runs):
            for i, (label, code, kc) in enumerate(rows):
                samples[i].append(round_trip(kc, code))
    finally:
        for label, codes, km, kc in started:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    import jupyter_client
    print(f"execute_request round trips through jupyter_client {jupyter_client.__version__}: "
          f"{runs} per row after {warmup} warm-up, rows interleaved")
    print(f"{'kernel':<22}{'cell':<20}{'median':>10}{'p99':>10}")
    for i, (label, code, kc) in enumerate(rows):
        s = sorted(samples[i])
        p99 = s[min(len(s) - 1, int(round(0.99 * len(s))) - 1)]
        print(f"{label:<22}{repr(code) if code else '(empty cell)':<20}{statistics.median(s) * 1000:>8.2f} ms"
              f"{p99 * 1000:>7.2f} ms")
    print("(jjava-jupyter 1.0-a6's own channel loop sleeps 50 ms per message: its floor is about 50 ms)")


if __name__ == "__main__":
    main()
