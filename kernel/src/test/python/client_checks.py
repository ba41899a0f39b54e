"""What real Jupyter clients do with the kernelspec `wasmrust`, through jupyter_client's KernelManager:
an interrupt of `loop {}` (interrupt_mode "message"), a Rust `read_line` answered through the client's
stdin channel (input_request / input_reply), a restart that empties
the session, and is_complete/inspect/complete as a console uses them. Prints one line per check; exits 1
on the first failure.

Run by kernel/src/test/java/.../JupyterClientTest with JUPYTER_PATH pointing at the installed kernelspec.
"""
import sys
import threading
import time

from jupyter_client.manager import start_new_kernel

TIMEOUT = 120


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else ": " + str(detail)), flush=True)
    if not condition:
        raise SystemExit(1)


def run(kc, code, **kw):
    outputs = []
    reply = kc.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda m: outputs.append(m), **kw)
    return reply["content"], outputs


def result_text(outputs):
    for m in outputs:
        if m["msg_type"] == "execute_result":
            return m["content"]["data"]["text/plain"]
    return None


def shell_reply(kc, msg_id):
    while True:
        m = kc.get_shell_msg(timeout=TIMEOUT)
        if m["parent_header"].get("msg_id") == msg_id:
            return m["content"]


def main():
    km, kc = start_new_kernel(kernel_name="wasmrust", startup_timeout=TIMEOUT)
    try:
        check("the kernelspec asks for message interrupts", km.kernel_spec.interrupt_mode == "message")
        content, out = run(kc, "let kept = 40;\nkept + 2")
        check("execute", content["status"] == "ok" and result_text(out) == "42", out)

        # interrupt: KernelManager.interrupt_kernel sends interrupt_request on the control channel
        timer = threading.Timer(1.5, km.interrupt_kernel)
        timer.start()
        started = time.monotonic()
        content, out = run(kc, "let mut spins: u64 = 0;\nloop { spins += 1; }")
        timer.join()
        check("interrupt stops loop {}", content["status"] == "error" and content["ename"] == "interrupted", content)
        check("the interrupt was prompt", time.monotonic() - started < 60)
        content, out = run(kc, "kept")
        check("the session survives the interrupt", result_text(out) == "40", out)

        # stdin: read_line in a cell becomes an input_request, which the client answers with input_reply
        asked = []

        def answer(msg):
            asked.append(msg["content"])
            kc.input("Ferris")

        content, out = run(kc, 'let mut name = String::new();\nstd::io::stdin().read_line(&mut name).expect("read");\n'
                               'format!("Hello, {}!", name.trim())', allow_stdin=True, stdin_hook=answer)
        check("read_line asks the client with input_request", len(asked) == 1, asked)
        check("read_line gets the client's answer", result_text(out) == '"Hello, Ferris!"', out)

        reply = shell_reply(kc, kc.is_complete("fn f() {"))
        check("is_complete incomplete with indent", reply["status"] == "incomplete" and reply["indent"] == "    ", reply)
        reply = shell_reply(kc, kc.inspect("kept", 2))
        check("inspect a variable", reply["found"] and "i32" in reply["data"]["text/plain"], reply)
        code = 'let s = "🦀"; ke'
        reply = shell_reply(kc, kc.complete(code, len(code)))
        check("complete in code points", "kept" in reply["matches"] and reply["cursor_start"] == len(code) - 2, reply)

        # restart: the kernel process ends and a new one starts with an empty session
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=TIMEOUT)
        content, out = run(kc, "kept")
        check("a restart empties the session", content["status"] == "error" and content["ename"] == "E0425", content)
        content, out = run(kc, "1 + 1")
        check("the restarted kernel runs cells", result_text(out) == "2", out)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    check("shutdown", not km.is_alive())


if __name__ == "__main__":
    main()
    sys.exit(0)
