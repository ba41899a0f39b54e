"""Jupyter's own kernel test suite (jupyter_kernel_test) against the kernelspec `wasmrust`.

Run by kernel/src/test/java/.../JupyterKernelTestSuiteTest with JUPYTER_PATH pointing at a freshly
installed kernelspec; by hand: JUPYTER_PATH=... /usr/bin/python3 -m unittest -v test_wasmrust_kernel
"""
import unittest

import jupyter_kernel_test


class WasmRustKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "wasmrust"
    language_name = "rust"
    file_extension = ".rs"

    code_hello_world = 'println!("hello, world");'
    code_stderr = 'eprintln!("something went wrong");'

    completion_samples = [
        {"text": "printl", "matches": {"println!"}},
        {"text": "let v = vec![1, 2]; v.pus", "matches": {"push"}},
        {"text": "vec![1, 2].pus", "matches": {"push"}},
        {"text": ":expl", "matches": {":explain"}},
    ]

    complete_code_samples = ["1 + 1", "fn f() {}", "let x = 5;", ":vars", "let s = \"{\";"]
    incomplete_code_samples = ["fn f() {", "let s = \"abc", "1 +", "/* a comment"]
    invalid_code_samples = ["}", "fn f() { ]"]

    code_page_something = "println!?"

    code_generate_error = 'let n: i32 = "five";'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "vec![1, 2, 3]", "result": "[1, 2, 3]"},
        {"code": '"héllo".len()', "result": "6"},
    ]

    code_display_data = [
        {"code": 'display::html("<b>bold</b>");', "mime": "text/html"},
        {"code": 'display::svg("<svg xmlns=\'http://www.w3.org/2000/svg\'/>");', "mime": "image/svg+xml"},
        {"code": 'display::markdown("# Title");', "mime": "text/markdown"},
        {"code": "let mut c = display::Canvas::new(20, 10); c.fill_rect(0.0, 0.0, 5.0, 5.0); c.show();",
         "mime": "image/png"},
    ]

    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6 ?*"

    code_inspect_sample = "println!"

    code_clear_output = 'println!("soon gone"); display::clear();'


if __name__ == "__main__":
    unittest.main()
