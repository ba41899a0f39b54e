// std::io: standard input as the Rust Book and exercise programs use it (`io::stdin().read_line(&mut s)`,
// `.lines()`, `.lock().lines()`, `read_to_string`), `io::stdout().flush()`, `io::Error` and `io::Result`.
// Bytes come from `intrinsics::read_stdin`: WASI's `fd_read` on fd 0 in a program, the session's `read` in a
// REPL or notebook cell (a front end turns it into a prompt or an input_request).
//
// `Read`, `BufRead` and `Write` exist so that `use std::io::{Read, BufRead, Write}` resolves; the methods
// users call on stdin and stdout are the types' own; `write!`/`writeln!` into `Stdout`, `Stderr` or a
// `BufWriter` of one print as `print!` does (the macro expander knows these types). `io::Result<T>` is `Result<T, io::Error>` (the type
// checker spells it out: there are no type aliases yet).

pub mod io {
    /// Bytes read from standard input but not consumed yet live in one heap block shared by every handle, as
    /// the real stdin's buffer is (and by every cell of a session): [0, 4) start, [4, 8) end, then the data.
    /// Its address sits in the heap state's spare field (prelude.rs: the heap state's bytes [120, 124)).
    const STDIN_CAP: usize = 8192;

    fn stdin_buffer() -> usize {
        let slot = intrinsics::heap_base() + 120;
        let mut b = intrinsics::read::<usize>(slot);
        if b == 0 {
            b = __rust_alloc(8 + STDIN_CAP, 4);
            intrinsics::write::<usize>(b, 0);
            intrinsics::write::<usize>(b + 4, 0);
            intrinsics::write::<usize>(slot, b);
        }
        b
    }

    /// Makes sure buffered bytes are available: the number available, 0 at end of input.
    fn fill() -> Result<usize, Error> {
        let b = stdin_buffer();
        let start = intrinsics::read::<usize>(b);
        let end = intrinsics::read::<usize>(b + 4);
        if start < end {
            return Ok(end - start);
        }
        let n = intrinsics::read_stdin(b + 8, STDIN_CAP);
        if n < 0 {
            intrinsics::write::<usize>(b, 0);
            intrinsics::write::<usize>(b + 4, 0);
            return Err(Error::os((0 - n) as i32));
        }
        intrinsics::write::<usize>(b, 0);
        intrinsics::write::<usize>(b + 4, n as usize);
        Ok(n as usize)
    }

    /// Moves buffered bytes to `out`, up to and including the first newline when `line`; whether a newline ended it.
    fn take(out: &mut Vec<u8>, line: bool) -> bool {
        let b = stdin_buffer();
        let start = intrinsics::read::<usize>(b);
        let end = intrinsics::read::<usize>(b + 4);
        let mut i = start;
        let mut found = false;
        while i < end {
            let byte = intrinsics::read::<u8>(b + 8 + i);
            out.push(byte);
            i += 1;
            if line && byte == 10 {
                found = true;
                break;
            }
        }
        intrinsics::write::<usize>(b, i);
        found
    }

    /// Appends bytes to a string if they are UTF-8; rustc's error otherwise (the string is left as it was).
    fn append(buf: &mut String, bytes: &Vec<u8>) -> Result<usize, Error> {
        if !utf8_valid(bytes) {
            return Err(Error::simple(ErrorKind::InvalidData, "stream did not contain valid UTF-8"));
        }
        let n = bytes.len();
        buf.vec.reserve(n);
        intrinsics::copy(buf.vec.ptr + buf.vec.len, bytes.ptr, n);
        buf.vec.len += n;
        Ok(n)
    }

    fn read_line_into(buf: &mut String) -> Result<usize, Error> {
        let mut bytes: Vec<u8> = Vec::new();
        loop {
            match fill() {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => return Err(e),
            }
            if take(&mut bytes, true) {
                break;
            }
        }
        append(buf, &bytes)
    }

    fn read_to_string_into(buf: &mut String) -> Result<usize, Error> {
        let mut bytes: Vec<u8> = Vec::new();
        loop {
            match fill() {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => return Err(e),
            }
            take(&mut bytes, false);
        }
        append(buf, &bytes)
    }

    /// Whether bytes are UTF-8 as `str::from_utf8` decides it (no overlong forms, surrogates or code points
    /// above U+10FFFF).
    fn utf8_valid(b: &Vec<u8>) -> bool {
        let n = b.len();
        let mut i = 0;
        while i < n {
            let c = b[i] as u32;
            if c < 0x80 {
                i += 1;
                continue;
            }
            let width = if c >= 0xC2 && c <= 0xDF { 2 } else if c >= 0xE0 && c <= 0xEF { 3 } else if c >= 0xF0 && c <= 0xF4 { 4 } else { 0 };
            if width == 0 || i + width > n {
                return false;
            }
            let second = b[i + 1] as u32;
            let (lo, hi) = if c == 0xE0 { (0xA0, 0xBF) } else if c == 0xED { (0x80, 0x9F) } else if c == 0xF0 { (0x90, 0xBF) } else if c == 0xF4 { (0x80, 0x8F) } else { (0x80, 0xBF) };
            if second < lo || second > hi {
                return false;
            }
            let mut k = 2;
            while k < width {
                if (b[i + k] as u32) & 0xC0 != 0x80 {
                    return false;
                }
                k += 1;
            }
            i += width;
        }
        true
    }

    /// The kinds of I/O errors this library reports or users construct.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ErrorKind {
        NotFound,
        PermissionDenied,
        InvalidInput,
        InvalidData,
        UnexpectedEof,
        BrokenPipe,
        Interrupted,
        Unsupported,
        Other,
        Uncategorized,
    }

    /// An I/O error: a library message, an operating-system (WASI) error number, or one made with `Error::new`.
    pub struct Error {
        kind: ErrorKind,
        message: String,
        // 0 a library message, 1 an OS error, 2 made by the user
        repr: u8,
        code: i32,
    }

    impl Error {
        pub fn new(kind: ErrorKind, message: &str) -> Error {
            Error { kind: kind, message: String::from(message), repr: 2, code: 0 }
        }

        pub fn other(message: &str) -> Error {
            Error::new(ErrorKind::Other, message)
        }

        fn simple(kind: ErrorKind, message: &str) -> Error {
            Error { kind: kind, message: String::from(message), repr: 0, code: 0 }
        }

        /// A WASI errno, described as the host's C library would (the ones a read of stdin can meet).
        fn os(code: i32) -> Error {
            let (kind, message) = match code {
                8 => (ErrorKind::Uncategorized, "Bad file descriptor"),
                27 => (ErrorKind::Interrupted, "Interrupted system call"),
                28 => (ErrorKind::InvalidInput, "Invalid argument"),
                29 => (ErrorKind::Uncategorized, "Input/output error"),
                52 => (ErrorKind::Unsupported, "Function not implemented"),
                63 => (ErrorKind::PermissionDenied, "Operation not permitted"),
                64 => (ErrorKind::BrokenPipe, "Broken pipe"),
                _ => (ErrorKind::Uncategorized, "Unknown error"),
            };
            Error { kind: kind, message: String::from(message), repr: 1, code: code }
        }

        pub fn kind(&self) -> ErrorKind {
            self.kind
        }

        pub fn raw_os_error(&self) -> Option<i32> {
            if self.repr == 1 { Some(self.code) } else { None }
        }
    }

    impl Display for Error {
        fn fmt(&self, f: &mut Formatter) -> fmt::Result {
            if self.repr == 1 {
                write!(f, "{} (os error {})", self.message, self.code)
            } else {
                f.write_str(&self.message)
            }
        }
    }

    impl Debug for Error {
        fn fmt(&self, f: &mut Formatter) -> fmt::Result {
            if self.repr == 1 {
                write!(f, "Os {{ code: {}, kind: {:?}, message: {:?} }}", self.code, self.kind, self.message)
            } else if self.repr == 2 {
                write!(f, "Custom {{ kind: {:?}, error: {:?} }}", self.kind, self.message)
            } else {
                write!(f, "Error {{ kind: {:?}, message: {:?} }}", self.kind, self.message)
            }
        }
    }

    pub trait Read {}
    pub trait BufRead {}
    pub trait Write {}

    /// The standard input stream; every handle shares one buffer.
    pub struct Stdin {
        __private: u8,
    }

    pub fn stdin() -> Stdin {
        Stdin { __private: 0 }
    }

    impl Stdin {
        /// Appends the next line, newline included, to `buf`: the bytes read, 0 at end of input.
        pub fn read_line(&self, buf: &mut String) -> Result<usize, Error> {
            read_line_into(buf)
        }

        /// Appends everything up to the end of input to `buf`.
        pub fn read_to_string(&mut self, buf: &mut String) -> Result<usize, Error> {
            read_to_string_into(buf)
        }

        pub fn lock(&self) -> StdinLock {
            StdinLock { __private: 0 }
        }

        /// The lines of the input, without their `\n` or `\r\n`.
        pub fn lines(self) -> Lines {
            Lines { __private: 0 }
        }
    }

    impl Read for Stdin {}

    /// A locked standard input (there is one thread, so locking only names the handle).
    pub struct StdinLock {
        __private: u8,
    }

    impl StdinLock {
        pub fn read_line(&mut self, buf: &mut String) -> Result<usize, Error> {
            read_line_into(buf)
        }

        pub fn read_to_string(&mut self, buf: &mut String) -> Result<usize, Error> {
            read_to_string_into(buf)
        }

        pub fn lines(self) -> Lines {
            Lines { __private: 0 }
        }
    }

    impl Read for StdinLock {}
    impl BufRead for StdinLock {}

    pub struct Lines {
        __private: u8,
    }

    impl Iterator for Lines {
        type Item = Result<String, Error>;

        fn next(&mut self) -> Option<Result<String, Error>> {
            let mut s = String::new();
            match read_line_into(&mut s) {
                Ok(0) => None,
                Ok(_) => {
                    if s.ends_with("\n") {
                        s.pop();
                        if s.ends_with("\r") {
                            s.pop();
                        }
                    }
                    Some(Ok(s))
                }
                Err(e) => Some(Err(e)),
            }
        }
    }

    /// The standard output stream. `print!` writes its text out as each call ends, so `flush` has nothing to do.
    pub struct Stdout {
        __private: u8,
    }

    pub fn stdout() -> Stdout {
        Stdout { __private: 0 }
    }

    impl Stdout {
        pub fn flush(&mut self) -> Result<(), Error> {
            Ok(())
        }

        pub fn lock(&self) -> Stdout {
            Stdout { __private: 0 }
        }
    }

    impl Write for Stdout {}

    /// `BufWriter::new(io::stdout())`: `write!`/`writeln!` into it print at once (the runtime's streams
    /// buffer already), so `flush` has nothing left to do.
    pub struct BufWriter<W> {
        inner: W,
    }

    impl<W> BufWriter<W> {
        pub fn new(inner: W) -> BufWriter<W> {
            BufWriter { inner: inner }
        }

        pub fn flush(&mut self) -> Result<(), Error> {
            Ok(())
        }

        pub fn get_ref(&self) -> &W {
            &self.inner
        }
    }

    impl<W> Write for BufWriter<W> {}

    pub struct Stderr {
        __private: u8,
    }

    pub fn stderr() -> Stderr {
        Stderr { __private: 0 }
    }

    impl Stderr {
        pub fn flush(&mut self) -> Result<(), Error> {
            Ok(())
        }
    }

    impl Write for Stderr {}
}
