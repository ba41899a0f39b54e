// String searching and splitting (`core::str`): patterns (`&str`, `char`, `&String`, `FnMut(char) -> bool`),
// the searching methods, split iterators, trimming, replacing and case conversion.

/// What string methods search for.
pub trait Pattern {
    /// If the pattern matches `s` at byte `at` (a character boundary): the length of the match.
    fn __match_at(&mut self, s: &str, at: usize) -> Option<usize>;
}

impl Pattern for &str {
    fn __match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        let a = s.as_bytes();
        let b = self.as_bytes();
        if at + b.len() > a.len() {
            return None;
        }
        let mut i = 0;
        while i < b.len() {
            if a[at + i] != b[i] {
                return None;
            }
            i += 1;
        }
        Some(b.len())
    }
}

impl Pattern for char {
    fn __match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        if at >= s.len() {
            return None;
        }
        let (c, n) = __decode_utf8(s.as_bytes(), at);
        if c == *self {
            Some(n)
        } else {
            None
        }
    }
}

impl Pattern for &String {
    fn __match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        let mut p = self.as_str();
        p.__match_at(s, at)
    }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn __match_at(&mut self, s: &str, at: usize) -> Option<usize> {
        if at >= s.len() {
            return None;
        }
        let (c, n) = __decode_utf8(s.as_bytes(), at);
        if self(c) {
            Some(n)
        } else {
            None
        }
    }
}

/// The byte length of the character starting at `at`.
fn __char_len_at(s: &str, at: usize) -> usize {
    let b = s.as_bytes()[at];
    if b < 0x80 {
        1
    } else if b >= 0xF0 {
        4
    } else if b >= 0xE0 {
        3
    } else {
        2
    }
}

/// The first match at or after `from` (a character boundary): (start, end). An empty match at
/// `skip_empty_at` is passed over, so that searching goes on after one.
fn __search<P: Pattern>(s: &str, pat: &mut P, from: usize, skip_empty_at: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i <= s.len() {
        if let Some(n) = pat.__match_at(s, i) {
            if n > 0 || i != skip_empty_at {
                return Some((i, i + n));
            }
        }
        if i == s.len() {
            break;
        }
        i += __char_len_at(s, i);
    }
    None
}

/// The last match that ends at or before `end`: (start, end).
fn __rsearch<P: Pattern>(s: &str, pat: &mut P, end: usize) -> Option<(usize, usize)> {
    let mut found = None;
    let mut i = 0;
    while i <= end {
        if let Some(n) = pat.__match_at(s, i) {
            if i + n <= end {
                found = Some((i, i + n));
            }
        }
        if i == s.len() {
            break;
        }
        i += __char_len_at(s, i);
    }
    found
}

fn __sub(s: &str, start: usize, end: usize) -> &str {
    intrinsics::str_at(intrinsics::addr_of::<str>(s) + start, end - start)
}

impl str {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        let mut p = pat;
        __search(self, &mut p, 0, usize::MAX).is_some()
    }

    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        let mut p = pat;
        p.__match_at(self, 0).is_some()
    }

    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        let mut p = pat;
        let mut i = 0;
        while i <= self.len() {
            if let Some(n) = p.__match_at(self, i) {
                if i + n == self.len() {
                    return true;
                }
            }
            if i == self.len() {
                break;
            }
            i += __char_len_at(self, i);
        }
        false
    }

    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut p = pat;
        match __search(self, &mut p, 0, usize::MAX) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut p = pat;
        match __rsearch(self, &mut p, self.len()) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<P> {
        Split { s: self, pat: pat, pos: 0, skip_empty_at: usize::MAX, limit: usize::MAX, finished: false }
    }

    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> Split<P> {
        Split { s: self, pat: pat, pos: 0, skip_empty_at: usize::MAX, limit: n, finished: n == 0 }
    }

    pub fn split_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let mut p = pat;
        match __search(self, &mut p, 0, usize::MAX) {
            Some((start, end)) => Some((__sub(self, 0, start), __sub(self, end, self.len()))),
            None => None,
        }
    }

    pub fn rsplit_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let mut p = pat;
        match __rsearch(self, &mut p, self.len()) {
            Some((start, end)) => Some((__sub(self, 0, start), __sub(self, end, self.len()))),
            None => None,
        }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace { s: self, pos: 0 }
    }

    pub fn lines(&self) -> Lines {
        Lines { s: self, pos: 0 }
    }

    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<P> {
        Matches { s: self, pat: pat, pos: 0, skip_empty_at: usize::MAX }
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut i = 0;
        while i < self.len() {
            let (c, n) = __decode_utf8(self.as_bytes(), i);
            if !c.is_whitespace() {
                break;
            }
            i += n;
        }
        __sub(self, i, self.len())
    }

    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        while end > 0 {
            let mut start = end - 1;
            while (self.as_bytes()[start] & 0xC0) == 0x80 {
                start -= 1;
            }
            let (c, _) = __decode_utf8(self.as_bytes(), start);
            if !c.is_whitespace() {
                break;
            }
            end = start;
        }
        __sub(self, 0, end)
    }

    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut p = pat;
        let mut i = 0;
        while i < self.len() {
            match p.__match_at(self, i) {
                Some(n) if n > 0 => i += n,
                _ => break,
            }
        }
        __sub(self, i, self.len())
    }

    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut p = pat;
        let mut end = self.len();
        loop {
            match __rsearch(self, &mut p, end) {
                Some((start, e)) if e == end && start < end => end = start,
                _ => break,
            }
        }
        __sub(self, 0, end)
    }

    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut p = pat;
        let mut i = 0;
        while i < self.len() {
            match p.__match_at(self, i) {
                Some(n) if n > 0 => i += n,
                _ => break,
            }
        }
        let mut end = self.len();
        while end > i {
            match __rsearch(self, &mut p, end) {
                Some((start, e)) if e == end && start < end && start >= i => end = start,
                _ => break,
            }
        }
        __sub(self, i, end)
    }

    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let mut p = prefix;
        match p.__match_at(self, 0) {
            Some(n) => Some(__sub(self, n, self.len())),
            None => None,
        }
    }

    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let mut p = suffix;
        match __rsearch(self, &mut p, self.len()) {
            Some((start, end)) if end == self.len() => Some(__sub(self, 0, start)),
            _ => None,
        }
    }

    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        self.replacen(from, to, usize::MAX)
    }

    pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> String {
        let mut p = pat;
        let mut out = String::new();
        let mut last = 0;
        let mut pos = 0;
        let mut skip = usize::MAX;
        let mut done = 0;
        while done < count {
            match __search(self, &mut p, pos, skip) {
                Some((start, end)) => {
                    out.push_str(__sub(self, last, start));
                    out.push_str(to);
                    last = end;
                    pos = end;
                    skip = end;
                    done += 1;
                }
                None => break,
            }
        }
        out.push_str(__sub(self, last, self.len()));
        out
    }

    pub fn to_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        let mut i = 0;
        while i < self.len() {
            let (c, n) = __decode_utf8(self.as_bytes(), i);
            __push_mapped(&mut out, true, c);
            i += n;
        }
        out
    }

    pub fn to_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        let mut i = 0;
        while i < self.len() {
            let (c, n) = __decode_utf8(self.as_bytes(), i);
            if c == 'Σ' && i > 0 && (i + n >= self.len() || !__is_cased_letter(__decode_utf8(self.as_bytes(), i + n).0)) {
                // a final sigma
                out.push('ς');
            } else {
                __push_mapped(&mut out, false, c);
            }
            i += n;
        }
        out
    }
}

fn __is_cased_letter(c: char) -> bool {
    let mut m = ['\0'; 3];
    __case_map(true, c, &mut m) > 0 || __case_map(false, c, &mut m) > 0
}



/// `s.split(pat)`: the pieces between matches.
#[derive(Clone)]
pub struct Split<P> {
    s: &str,
    pat: P,
    pos: usize,
    skip_empty_at: usize,
    limit: usize,
    finished: bool,
}

impl<P: Pattern> Iterator for Split<P> {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        if self.finished {
            return None;
        }
        if self.limit == 1 {
            self.finished = true;
            return Some(__sub(self.s, self.pos, self.s.len()));
        }
        match __search(self.s, &mut self.pat, self.pos, self.skip_empty_at) {
            Some((start, end)) => {
                let piece = __sub(self.s, self.pos, start);
                self.pos = end;
                self.skip_empty_at = end;
                if self.limit != usize::MAX {
                    self.limit -= 1;
                }
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(__sub(self.s, self.pos, self.s.len()))
            }
        }
    }
}

/// `s.matches(pat)`: the matched pieces.
pub struct Matches<P> {
    s: &str,
    pat: P,
    pos: usize,
    skip_empty_at: usize,
}

impl<P: Pattern> Iterator for Matches<P> {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        match __search(self.s, &mut self.pat, self.pos, self.skip_empty_at) {
            Some((start, end)) => {
                self.pos = end;
                self.skip_empty_at = end;
                Some(__sub(self.s, start, end))
            }
            None => None,
        }
    }
}

/// `s.split_whitespace()`: the non-empty runs between whitespace.
#[derive(Clone)]
pub struct SplitWhitespace {
    s: &str,
    pos: usize,
}

impl Iterator for SplitWhitespace {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        let b = self.s.as_bytes();
        while self.pos < self.s.len() {
            let (c, n) = __decode_utf8(b, self.pos);
            if !c.is_whitespace() {
                break;
            }
            self.pos += n;
        }
        if self.pos >= self.s.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < self.s.len() {
            let (c, n) = __decode_utf8(b, self.pos);
            if c.is_whitespace() {
                break;
            }
            self.pos += n;
        }
        Some(__sub(self.s, start, self.pos))
    }
}

/// `s.lines()`: pieces ending at `\n` (a `\r` before it is removed); no empty last line.
#[derive(Clone)]
pub struct Lines {
    s: &str,
    pos: usize,
}

impl Iterator for Lines {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        if self.pos >= self.s.len() {
            return None;
        }
        let b = self.s.as_bytes();
        let start = self.pos;
        let mut end = start;
        while end < self.s.len() && b[end] != b'\n' {
            end += 1;
        }
        self.pos = if end < self.s.len() { end + 1 } else { end };
        if end > start && b[end - 1] == b'\r' {
            end -= 1;
        }
        Some(__sub(self.s, start, end))
    }
}

impl char {
    pub fn to_uppercase(self) -> CaseMapping {
        CaseMapping::of(true, self)
    }

    pub fn to_lowercase(self) -> CaseMapping {
        CaseMapping::of(false, self)
    }
}

/// What `char::to_uppercase` and `to_lowercase` return: the characters of the mapping.
pub struct CaseMapping {
    chars: [char; 3],
    len: usize,
    pos: usize,
}

impl CaseMapping {
    fn of(upper: bool, c: char) -> CaseMapping {
        let mut chars = [c, '\0', '\0'];
        let n = __case_map(upper, c, &mut chars);
        CaseMapping { chars: chars, len: if n == 0 { 1 } else { n }, pos: 0 }
    }
}

/// What a case-mapping table (generated from rustc, see unicode.rs) maps `c` to, written to `out`: the
/// number of characters, 0 when `c` maps to itself. ASCII letters are answered without the table.
fn __case_map(upper: bool, c: char, out: &mut [char; 3]) -> usize {
    let cp = c as u32;
    let table = if upper { __UPPER_MAP } else { __LOWER_MAP };
    if cp < 0x80 {
        if upper && cp >= 0x61 && cp <= 0x7A {
            out[0] = intrinsics::char_from_u32(cp - 32);
            return 1;
        }
        if !upper && cp >= 0x41 && cp <= 0x5A {
            out[0] = intrinsics::char_from_u32(cp + 32);
            return 1;
        }
        return 0;
    }
    let b = table.as_bytes();
    let mut i = 0;
    let mut at: u32 = 0;
    while i < b.len() {
        let (gap, a) = __varint(b, i);
        at += gap;
        if at > cp {
            return 0;
        }
        let (n, z) = __varint(b, a);
        i = z;
        let mut k = 0;
        while k < n as usize {
            let (zz, y) = __varint(b, i);
            i = y;
            if at == cp {
                let d = if zz & 1 == 1 { 0 - ((zz >> 1) as i64) - 1 } else { (zz >> 1) as i64 };
                out[k] = intrinsics::char_from_u32((cp as i64 + d) as u32);
            }
            k += 1;
        }
        if at == cp {
            return n as usize;
        }
    }
    0
}

fn __push_mapped(out: &mut String, upper: bool, c: char) {
    let mut m = [c, '\0', '\0'];
    let n = __case_map(upper, c, &mut m);
    if n == 0 {
        out.push(c);
    } else {
        let mut k = 0;
        while k < n {
            out.push(m[k]);
            k += 1;
        }
    }
}

impl Iterator for CaseMapping {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            self.pos += 1;
            Some(self.chars[self.pos - 1])
        } else {
            None
        }
    }
}

impl Display for CaseMapping {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        let mut i = self.pos;
        while i < self.len {
            let mut buf = String::new();
            buf.push(self.chars[i]);
            f.write_str(&buf);
            i += 1;
        }
        Ok(())
    }
}

// ---- indexing with ranges (`&s[a..b]`, `&v[..n]`); `flags`: 1 = the end is given, 2 = it is inclusive ----

const __MAX_DISPLAY_LENGTH: usize = 256;

/// The string as panic messages show it: at most 256 bytes, cut at a character boundary, then `[...]`.
fn __shown(s: &str) -> String {
    if s.len() <= __MAX_DISPLAY_LENGTH {
        return String::from(s);
    }
    let mut end = __MAX_DISPLAY_LENGTH;
    while !__is_boundary(s, end) {
        end -= 1;
    }
    let mut out = String::from(__sub(s, 0, end));
    out.push_str("[...]");
    out
}

fn __is_boundary(s: &str, i: usize) -> bool {
    i == 0 || i == s.len() || (i < s.len() && (s.as_bytes()[i] & 0xC0) != 0x80)
}

#[track_caller]
fn __not_boundary(s: &str, which: &str, i: usize) -> ! {
    let mut start = i;
    while !__is_boundary(s, start) {
        start -= 1;
    }
    let (c, n) = __decode_utf8(s.as_bytes(), start);
    panic!("{} byte index {} is not a char boundary; it is inside {:?} (bytes {}..{}) of `{}`", which, i, c, start, start + n, __shown(s));
}

#[track_caller]
pub fn __str_index(s: &str, start: usize, end: usize, flags: u32) -> &str {
    let len = s.len();
    let mut e = if flags & 1 != 0 { end } else { len };
    if flags & 2 != 0 {
        if e == usize::MAX {
            panic!("attempted to index str up to maximum usize");
        }
        e += 1;
    }
    if start > len {
        panic!("start byte index {} is out of bounds of `{}`", start, __shown(s));
    }
    if e > len {
        panic!("end byte index {} is out of bounds of `{}`", e, __shown(s));
    }
    if start > e {
        panic!("begin > end ({} > {}) when slicing `{}`", start, e, __shown(s));
    }
    if !__is_boundary(s, start) {
        __not_boundary(s, "start", start);
    }
    if !__is_boundary(s, e) {
        __not_boundary(s, "end", e);
    }
    __sub(s, start, e)
}

#[track_caller]
fn __slice_bounds(len: usize, start: usize, end: usize, flags: u32) -> usize {
    let mut e = if flags & 1 != 0 { end } else { len };
    if flags & 2 != 0 {
        if e == usize::MAX {
            panic!("attempted to index slice up to maximum usize");
        }
        e += 1;
    }
    if start > len {
        panic!("range start index {} out of range for slice of length {}", start, len);
    }
    if e > len {
        panic!("range end index {} out of range for slice of length {}", if flags & 2 != 0 { e - 1 } else { e }, len);
    }
    if start > e {
        panic!("slice index starts at {} but ends at {}", start, e);
    }
    e
}

#[track_caller]
pub fn __slice_index<T>(s: &[T], start: usize, end: usize, flags: u32) -> &[T] {
    let e = __slice_bounds(s.len(), start, end, flags);
    intrinsics::slice_at::<T>(intrinsics::addr_of::<[T]>(s) + start * intrinsics::size_of::<T>(), e - start)
}

#[track_caller]
pub fn __slice_index_mut<T>(s: &mut [T], start: usize, end: usize, flags: u32) -> &mut [T] {
    let e = __slice_bounds(s.len(), start, end, flags);
    intrinsics::slice_mut_at::<T>(intrinsics::addr_of::<[T]>(s) + start * intrinsics::size_of::<T>(), e - start)
}

// ---- char classification beyond ASCII (tables above) ----

fn __varint(b: &[u8], at: usize) -> (u32, usize) {
    let mut n: u32 = 0;
    let mut shift = 0;
    let mut i = at;
    loop {
        let v = (b[i] - 0x23) as u32;
        i += 1;
        n = n | ((v & 31) << shift);
        shift += 5;
        if v & 32 == 0 {
            break;
        }
    }
    (n, i)
}

/// Whether `c` is in one of the range tables.
fn __in_table(table: &str, c: char) -> bool {
    let b = table.as_bytes();
    let cp = c as u32;
    let mut i = 0;
    let mut next: u32 = 0;
    while i < b.len() {
        let (gap, a) = __varint(b, i);
        let (len, z) = __varint(b, a);
        i = z;
        let lo = next + gap;
        let hi = lo + len;
        if cp < lo {
            return false;
        }
        if cp <= hi {
            return true;
        }
        next = hi + 1;
    }
    false
}

impl char {
    pub fn is_alphabetic(self) -> bool {
        if (self as u32) < 128 {
            self.is_ascii_alphabetic()
        } else {
            __in_table(__ALPHABETIC, self)
        }
    }

    pub fn is_numeric(self) -> bool {
        if (self as u32) < 128 {
            self.is_ascii_digit()
        } else {
            __in_table(__NUMERIC, self)
        }
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_lowercase(self) -> bool {
        if (self as u32) < 128 {
            self.is_ascii_lowercase()
        } else {
            __in_table(__LOWERCASE, self)
        }
    }

    pub fn is_uppercase(self) -> bool {
        if (self as u32) < 128 {
            self.is_ascii_uppercase()
        } else {
            __in_table(__UPPERCASE, self)
        }
    }

    pub fn is_control(self) -> bool {
        let u = self as u32;
        u < 0x20 || (u >= 0x7F && u < 0xA0)
    }
}

// ---- conversions (`From`, used by `?` to convert errors) ----

pub trait From<T> {
    fn from(value: T) -> Self;
}

impl From<&str> for String {
    fn from(value: &str) -> String {
        String::from(value)
    }
}

impl From<char> for String {
    fn from(value: char) -> String {
        let mut s = String::new();
        s.push(value);
        s
    }
}

impl From<&String> for String {
    fn from(value: &String) -> String {
        value.clone()
    }
}

impl char {
    /// The character with this scalar value; none for surrogates and values past U+10FFFF.
    pub fn from_u32(i: u32) -> Option<char> {
        if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
            None
        } else {
            Some(intrinsics::char_from_u32(i))
        }
    }

    #[track_caller]
    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if radix < 2 || radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num < radix {
            let n = if num < 10 { 48 + num } else { 87 + num };
            Some(intrinsics::char_from_u32(n))
        } else {
            None
        }
    }
}

impl str {
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (__str_index(self, 0, mid, 1), __str_index(self, mid, 0, 0))
    }
}

impl<T> [T] {
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        let base = intrinsics::addr_of::<[T]>(self);
        let size = intrinsics::size_of::<T>();
        (intrinsics::slice_at::<T>(base, mid), intrinsics::slice_at::<T>(base + mid * size, self.len() - mid))
    }
}

// `'a'..='z'` walks the scalar values, skipping the surrogates as rustc's `Step for char` does
impl Step for char {
    fn forward(x: char) -> char {
        let c = x as u32;
        intrinsics::char_from_u32(if c == 0xD7FF { 0xE000 } else { c + 1 })
    }

    fn backward(x: char) -> char {
        let c = x as u32;
        intrinsics::char_from_u32(if c == 0xE000 { 0xD7FF } else { c - 1 })
    }
}

// ---- `{:?}` of char and str, as rustc writes them (called by the compiler's formatting code) ----

fn __push_utf8(c: char) {
    // fmt_float.rs's encoder: the same bytes String::push appends
    let (bytes, n) = encode_utf8(c as u32);
    intrinsics::push_bytes(intrinsics::addr_of::<[u8; 4]>(&bytes), n);
}

/// One character of a `{:?}` text quoted by `quote`: the named escapes, the quote itself, `\u{..}` for
/// characters that are not printable or extend a grapheme (the generated table), anything else as it is.
pub fn __push_char_debug(c: char, quote: char) {
    let named = match c {
        '\t' => "\\t",
        '\r' => "\\r",
        '\n' => "\\n",
        '\\' => "\\\\",
        '\0' => "\\0",
        _ => "",
    };
    if named.len() > 0 {
        intrinsics::push_bytes(intrinsics::addr_of::<str>(named), named.len());
    } else if c == quote {
        __push_utf8('\\');
        __push_utf8(c);
    } else if (c as u32) >= 0x20 && (c as u32) < 0x7F {
        __push_utf8(c);
    } else if __in_table(__DEBUG_ESCAPED, c) {
        let mut digits = [0u8; 8];
        let mut n = 0;
        let mut v = c as u32;
        loop {
            let d = (v & 0xF) as u8;
            digits[n] = if d < 10 { 48 + d } else { 87 + d };
            n += 1;
            v = v >> 4;
            if v == 0 {
                break;
            }
        }
        intrinsics::push_bytes(intrinsics::addr_of::<str>("\\u{"), 3);
        while n > 0 {
            n -= 1;
            __push_utf8(digits[n] as char);
        }
        __push_utf8('}');
    } else {
        __push_utf8(c);
    }
}

/// `{:?}` of a string: quoted, each character as `__push_char_debug` writes it.
pub fn __push_str_debug(s: &str) {
    __push_utf8('"');
    for c in s.chars() {
        __push_char_debug(c, '"');
    }
    __push_utf8('"');
}
