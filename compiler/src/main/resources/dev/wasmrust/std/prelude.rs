// The prelude of WasmRust's standard library: compiled by WasmRust itself, in front of every program.
// Its items are visible in every module unless a program defines its own with the same name.
// `#[track_caller]` functions report panics at their caller's location, as in Rust.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Option<T> {
    None,
    Some(T),
}

impl<T> Option<T> {
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }

    pub fn is_none(&self) -> bool {
        !self.is_some()
    }

    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(v) => v,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(v) => v,
            None => panic!("{}", msg),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(v) => v,
            None => default,
        }
    }

    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err),
        }
    }

    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }

    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }

    pub fn or(self, other: Option<T>) -> Option<T> {
        match self {
            Some(v) => Some(v),
            None => other,
        }
    }

    pub fn xor(self, other: Option<T>) -> Option<T> {
        match (self, other) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }

    pub fn and<U>(self, other: Option<U>) -> Option<U> {
        match self {
            Some(_) => other,
            None => None,
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default(),
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }

    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => f(),
        }
    }

    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }

    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(err()),
        }
    }

    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        match self {
            Some(x) => {
                if predicate(&x) {
                    Some(x)
                } else {
                    None
                }
            }
            None => None,
        }
    }

    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => false,
        }
    }

    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => true,
        }
    }

    pub fn take(&mut self) -> Option<T> {
        let old = intrinsics::read::<Option<T>>(intrinsics::addr_of::<Option<T>>(self));
        intrinsics::write::<Option<T>>(intrinsics::addr_of::<Option<T>>(self), None);
        old
    }

    pub fn replace(&mut self, value: T) -> Option<T> {
        let old = intrinsics::read::<Option<T>>(intrinsics::addr_of::<Option<T>>(self));
        intrinsics::write::<Option<T>>(intrinsics::addr_of::<Option<T>>(self), Some(value));
        old
    }

    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if self.is_none() {
            *self = Some(f());
        }
        match self {
            Some(x) => x,
            None => unreachable!(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        !self.is_ok()
    }

    pub fn ok(self) -> Option<T> {
        match self {
            Ok(v) => Some(v),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: Debug,
    {
        match self {
            Ok(v) => v,
            Err(e) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", e),
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: Debug,
    {
        match self {
            Ok(v) => v,
            Err(e) => panic!("{}: {:?}", msg, e),
        }
    }

    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: Debug,
    {
        match self {
            Ok(v) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", v),
            Err(e) => e,
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(v) => v,
            Err(_) => default,
        }
    }

    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(e),
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => Ok(op(t)),
            Err(e) => Err(e),
        }
    }

    pub fn map_err<G, O: FnOnce(E) -> G>(self, op: O) -> Result<T, G> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => Err(op(e)),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(_) => default,
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => op(t),
            Err(e) => Err(e),
        }
    }

    pub fn or_else<G, O: FnOnce(E) -> Result<T, G>>(self, op: O) -> Result<T, G> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(t) => t,
            Err(e) => op(e),
        }
    }

    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(t) => f(t),
            Err(_) => false,
        }
    }

    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }
}

// ---- ordering (`std::cmp`) ----

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }

    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }

    pub fn is_eq(self) -> bool {
        self == Ordering::Equal
    }

    pub fn is_ne(self) -> bool {
        self != Ordering::Equal
    }

    pub fn is_lt(self) -> bool {
        self == Ordering::Less
    }

    pub fn is_gt(self) -> bool {
        self == Ordering::Greater
    }

    pub fn is_le(self) -> bool {
        self != Ordering::Greater
    }

    pub fn is_ge(self) -> bool {
        self != Ordering::Less
    }
}

/// `a.cmp(&b)` for every type with a total order (`Ord`).
pub fn __cmp<T>(a: &T, b: &T) -> Ordering {
    match intrinsics::three_way::<T>(a, b) {
        -1 => Ordering::Less,
        0 => Ordering::Equal,
        _ => Ordering::Greater,
    }
}

/// `Ord::max` for derived orderings: the second value when they are equal.
pub fn __ord_max<T>(a: T, b: T) -> T {
    if intrinsics::three_way::<T>(&a, &b) == 1 { a } else { b }
}

/// `Ord::min` for derived orderings: the first value when they are equal.
pub fn __ord_min<T>(a: T, b: T) -> T {
    if intrinsics::three_way::<T>(&a, &b) == 1 { b } else { a }
}

/// `Ord::clamp` for derived orderings.
#[track_caller]
pub fn __ord_clamp<T>(v: T, min: T, max: T) -> T {
    if intrinsics::three_way::<T>(&min, &max) == 1 {
        panic!("assertion failed: min <= max");
    }
    if intrinsics::three_way::<T>(&v, &min) == -1 {
        min
    } else if intrinsics::three_way::<T>(&v, &max) == 1 {
        max
    } else {
        v
    }
}

/// `a.partial_cmp(&b)`: `None` when the values are unordered (a NaN).
pub fn __partial_cmp<T>(a: &T, b: &T) -> Option<Ordering> {
    match intrinsics::three_way::<T>(a, b) {
        -1 => Some(Ordering::Less),
        0 => Some(Ordering::Equal),
        1 => Some(Ordering::Greater),
        _ => None,
    }
}

pub use Option::{None, Some};
pub use Result::{Err, Ok};

// ---- the heap: power-of-two size classes of 16 bytes to 1 GiB, each with a free list that freed blocks
// return to; new blocks come from the bump region. Its state lives at the start of the heap (above the
// shadow stack): [0, 108) free-list heads of the 27 classes, [112, 116) bump pointer, [116, 120) bump limit,
// [120, 124) the address of standard input's buffer (io.rs).

const HEAP_CLASSES: usize = 27;
const HEAP_STATE: usize = 128;
const HEAP_BUMP: usize = 28;
const HEAP_LIMIT: usize = 29;

fn heap_state(field: usize) -> usize {
    intrinsics::heap_base() + field * 4
}

fn size_class(size: usize) -> usize {
    let mut class = 0;
    let mut block = 16;
    while block < size {
        block = block * 2;
        class += 1;
    }
    class
}

fn bump(size: usize, align: usize) -> usize {
    let mut top = intrinsics::read::<usize>(heap_state(HEAP_BUMP));
    let mut limit = intrinsics::read::<usize>(heap_state(HEAP_LIMIT));
    if top == 0 {
        // the heap's first page is part of the initial memory
        top = intrinsics::heap_base() + HEAP_STATE;
        limit = intrinsics::heap_base() + 65536;
    }
    let start = (top + align - 1) / align * align;
    if start + size > limit || start + size < start {
        let needed = start + size - limit;
        let pages = (needed + 65535) / 65536;
        if intrinsics::memory_grow(pages) == usize::MAX {
            intrinsics::alloc_failed(size);
        }
        limit = limit + pages * 65536;
    }
    intrinsics::write::<usize>(heap_state(HEAP_BUMP), start + size);
    intrinsics::write::<usize>(heap_state(HEAP_LIMIT), limit);
    start
}

pub fn __rust_alloc(size: usize, align: usize) -> usize {
    if size == 0 {
        return align;
    }
    let need = if size > align { size } else { align };
    let class = size_class(need);
    if class >= HEAP_CLASSES {
        return bump(size, align);
    }
    let head = intrinsics::read::<usize>(heap_state(class));
    if head != 0 {
        intrinsics::write::<usize>(heap_state(class), intrinsics::read::<usize>(head));
        return head;
    }
    let block = 16 << class;
    // small blocks are aligned to their size; large ones need no more than any type's alignment
    bump(block, if block <= 32768 { block } else { 16 })
}

pub fn __rust_dealloc(ptr: usize, size: usize, align: usize) {
    if size == 0 {
        return;
    }
    let need = if size > align { size } else { align };
    let class = size_class(need);
    if class >= HEAP_CLASSES {
        return;
    }
    intrinsics::write::<usize>(ptr, intrinsics::read::<usize>(heap_state(class)));
    intrinsics::write::<usize>(heap_state(class), ptr);
}

/// Code run when a value goes out of scope (called by the compiler's drop glue, never directly).
pub trait Drop {
    fn drop(&mut self);
}

/// Disposes of a value: it is moved in and dropped at the end of the call.
pub fn drop<T>(_x: T) {}

/// Takes ownership of a value without running its destructor.
pub fn forget<T>(t: T) {
    intrinsics::forget::<T>(t);
}

/// How `fn main() -> Result<(), E>` ends (the lowering calls it with main's value): an `Err` is reported as
/// rustc's runtime does, `Error: ` and its Debug text on stderr, with exit status 1.
pub fn __main_result<E: Debug>(r: Result<(), E>) {
    if let Err(e) = r {
        eprintln!("Error: {:?}", e);
        std::process::exit(1);
    }
}

/// `std::cmp::max`: the greater of two values, the second when they are equal.
pub fn max<T: Ord>(v1: T, v2: T) -> T {
    match v1.cmp(&v2) {
        Ordering::Greater => v1,
        _ => v2,
    }
}

/// `std::cmp::min`: the lesser of two values, the first when they are equal.
pub fn min<T: Ord>(v1: T, v2: T) -> T {
    match v1.cmp(&v2) {
        Ordering::Greater => v2,
        _ => v1,
    }
}

impl<T> Drop for Box<T> {
    fn drop(&mut self) {
        let p = intrinsics::addr_of::<T>(self.ptr);
        intrinsics::drop_in_place::<T>(p);
        __rust_dealloc(p, intrinsics::size_of::<T>(), intrinsics::align_of::<T>());
    }
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        if intrinsics::needs_drop::<T>() {
            let mut i = 0;
            while i < self.len {
                intrinsics::drop_in_place::<T>(self.slot(i));
                i += 1;
            }
        }
        if self.cap > 0 && intrinsics::size_of::<T>() > 0 {
            __rust_dealloc(self.ptr, self.cap * intrinsics::size_of::<T>(), intrinsics::align_of::<T>());
        }
    }
}

#[lang = "owned_box"]
pub struct Box<T> {
    ptr: &'static mut T,
}

impl<T> Box<T> {
    pub fn new(value: T) -> Box<T> {
        let p = __rust_alloc(intrinsics::size_of::<T>(), intrinsics::align_of::<T>());
        intrinsics::write::<T>(p, value);
        Box { ptr: intrinsics::mut_at::<T>(p) }
    }
}

#[lang = "vec"]
pub struct Vec<T> {
    ptr: usize,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { ptr: intrinsics::align_of::<T>(), cap: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        v.reserve(capacity);
        v
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    fn slot(&self, index: usize) -> usize {
        self.ptr + index * intrinsics::size_of::<T>()
    }

    pub fn reserve(&mut self, additional: usize) {
        let size = intrinsics::size_of::<T>();
        if self.len + additional <= self.cap || size == 0 {
            return;
        }
        let mut cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        if cap < self.len + additional {
            cap = self.len + additional;
        }
        let fresh = __rust_alloc(cap * size, intrinsics::align_of::<T>());
        if self.cap > 0 {
            intrinsics::copy(fresh, self.ptr, self.len * size);
            __rust_dealloc(self.ptr, self.cap * size, intrinsics::align_of::<T>());
        }
        self.ptr = fresh;
        self.cap = cap;
    }

    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.reserve(1);
        }
        intrinsics::write::<T>(self.slot(self.len), value);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(intrinsics::read::<T>(self.slot(self.len)))
        }
    }

    #[track_caller]
    pub fn index(&self, index: usize) -> &T {
        if index >= self.len {
            panic!("index out of bounds: the len is {} but the index is {}", self.len, index);
        }
        intrinsics::ref_at::<T>(self.slot(index))
    }

    #[track_caller]
    pub fn index_mut(&mut self, index: usize) -> &mut T {
        if index >= self.len {
            panic!("index out of bounds: the len is {} but the index is {}", self.len, index);
        }
        intrinsics::mut_at::<T>(self.slot(index))
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            Some(intrinsics::ref_at::<T>(self.slot(index)))
        } else {
            None
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        if self.len == 0 {
            None
        } else {
            self.get(self.len - 1)
        }
    }

    pub fn as_slice(&self) -> &[T] {
        intrinsics::slice_at::<T>(self.ptr, self.len)
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        intrinsics::slice_mut_at::<T>(self.ptr, self.len)
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn truncate(&mut self, len: usize) {
        while len < self.len {
            self.len -= 1;
            intrinsics::drop_in_place::<T>(self.slot(self.len));
        }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        if index > self.len {
            panic!("insertion index (is {}) should be <= len (is {})", index, self.len);
        }
        if self.len == self.cap {
            self.reserve(1);
        }
        let size = intrinsics::size_of::<T>();
        intrinsics::copy(self.slot(index + 1), self.slot(index), (self.len - index) * size);
        intrinsics::write::<T>(self.slot(index), element);
        self.len += 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        if index >= self.len {
            panic!("removal index (is {}) should be < len (is {})", index, self.len);
        }
        let value = intrinsics::read::<T>(self.slot(index));
        let size = intrinsics::size_of::<T>();
        intrinsics::copy(self.slot(index), self.slot(index + 1), (self.len - index - 1) * size);
        self.len -= 1;
        value
    }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        if a >= self.len {
            panic!("index out of bounds: the len is {} but the index is {}", self.len, a);
        }
        if b >= self.len {
            panic!("index out of bounds: the len is {} but the index is {}", self.len, b);
        }
        let x = intrinsics::read::<T>(self.slot(a));
        let y = intrinsics::read::<T>(self.slot(b));
        intrinsics::write::<T>(self.slot(a), y);
        intrinsics::write::<T>(self.slot(b), x);
    }

    pub fn reverse(&mut self) {
        if self.len < 2 {
            return;
        }
        let mut i = 0;
        let mut j = self.len - 1;
        while i < j {
            self.swap(i, j);
            i += 1;
            j -= 1;
        }
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        if index >= self.len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, self.len);
        }
        let value = intrinsics::read::<T>(self.slot(index));
        self.len -= 1;
        if index != self.len {
            intrinsics::copy(self.slot(index), self.slot(self.len), intrinsics::size_of::<T>());
        }
        value
    }

    pub fn __from_elems(items: &[T]) -> Vec<T> {
        let mut v = Vec::with_capacity(items.len());
        intrinsics::copy(v.ptr, intrinsics::addr_of::<[T]>(items), items.len() * intrinsics::size_of::<T>());
        v.len = items.len();
        v
    }
}

#[lang = "string"]
pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    pub fn from(s: &str) -> String {
        let mut v = Vec::with_capacity(s.len());
        intrinsics::copy(v.ptr, intrinsics::addr_of::<str>(s), s.len());
        v.len = s.len();
        String { vec: v }
    }

    pub fn len(&self) -> usize {
        self.vec.len
    }

    pub fn is_empty(&self) -> bool {
        self.vec.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.vec.cap
    }

    pub fn as_str(&self) -> &str {
        intrinsics::str_at(self.vec.ptr, self.vec.len)
    }

    pub fn push_str(&mut self, s: &str) {
        self.vec.reserve(s.len());
        intrinsics::copy(self.vec.ptr + self.vec.len, intrinsics::addr_of::<str>(s), s.len());
        self.vec.len += s.len();
    }

    pub fn push(&mut self, c: char) {
        let code = c as u32;
        if code < 0x80 {
            self.vec.push(code as u8);
        } else if code < 0x800 {
            self.vec.push((0xC0 | (code >> 6)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else if code < 0x10000 {
            self.vec.push((0xE0 | (code >> 12)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else {
            self.vec.push((0xF0 | (code >> 18)) as u8);
            self.vec.push((0x80 | ((code >> 12) & 0x3F)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        }
    }

    pub fn clear(&mut self) {
        self.vec.len = 0;
    }

    pub fn __add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl str {
    pub fn to_string(&self) -> String {
        String::from(self)
    }

    pub fn to_owned(&self) -> String {
        String::from(self)
    }
}

impl<T> Vec<T> {
    pub fn __from_elem(elem: T, n: usize) -> Vec<T> {
        let mut v = Vec::with_capacity(n);
        let size = intrinsics::size_of::<T>();
        let src = intrinsics::addr_of::<T>(&elem);
        // as Rust's `vec![elem; n]`: n - 1 clones, then the element itself
        let mut i = 0;
        while i + 1 < n {
            intrinsics::write::<T>(v.ptr + i * size, intrinsics::clone::<T>(src));
            i += 1;
        }
        if n > 0 {
            intrinsics::write::<T>(v.ptr + i * size, elem);
        }
        v.len = n;
        v
    }
}

impl str {
    pub fn as_bytes(&self) -> &[u8] {
        intrinsics::slice_at::<u8>(intrinsics::addr_of::<str>(self), self.len())
    }

    pub fn repeat(&self, n: usize) -> String {
        let mut s = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            s.push_str(self);
            i += 1;
        }
        s
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::from(self);
        let mut i = 0;
        while i < s.vec.len {
            let b = intrinsics::read::<u8>(s.vec.ptr + i);
            if b >= b'a' && b <= b'z' {
                intrinsics::write::<u8>(s.vec.ptr + i, b - 32);
            }
            i += 1;
        }
        s
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::from(self);
        let mut i = 0;
        while i < s.vec.len {
            let b = intrinsics::read::<u8>(s.vec.ptr + i);
            if b >= b'A' && b <= b'Z' {
                intrinsics::write::<u8>(s.vec.ptr + i, b + 32);
            }
            i += 1;
        }
        s
    }
}

impl String {
    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    pub fn pop(&mut self) -> Option<char> {
        if self.vec.len == 0 {
            return None;
        }
        // back up over continuation bytes to the start of the last character
        let mut start = self.vec.len - 1;
        while start > 0 && intrinsics::read::<u8>(self.vec.ptr + start) & 0xC0 == 0x80 {
            start -= 1;
        }
        let first = intrinsics::read::<u8>(self.vec.ptr + start) as u32;
        let count = self.vec.len - start;
        let mut code = if count == 1 { first } else if count == 2 { first & 0x1F } else if count == 3 { first & 0x0F } else { first & 0x07 };
        let mut i = start + 1;
        while i < self.vec.len {
            code = (code << 6) | (intrinsics::read::<u8>(self.vec.ptr + i) as u32 & 0x3F);
            i += 1;
        }
        self.vec.len = start;
        Some(intrinsics::char_from_u32(code))
    }
}

/// Formats a float with a spec for the compiler's formatting code (`{}`, `{:?}`, `{:e}`, `{:E}`):
/// fmt_float.rs does the work, and its bytes are appended to the text being formatted.
pub fn __fmt_float(v: f64, is_f32: bool, width: usize, has_width: bool, precision: usize, has_precision: bool,
                   fill: u32, align: u8, plus: bool, zero: bool, kind: u8) {
    let mut spec = FloatSpec::new(kind);
    spec.width = width;
    spec.has_width = has_width;
    spec.precision = precision;
    spec.has_precision = has_precision;
    spec.fill = fill;
    spec.align = align;
    spec.plus = plus;
    spec.zero = zero;
    let mut out = FloatOut::new();
    if is_f32 {
        format_f32(v as f32, &spec, &mut out);
    } else {
        format_f64(v, &spec, &mut out);
    }
    intrinsics::push_bytes(intrinsics::addr_of::<[u8; FLOAT_OUT_CAP]>(&out.buf), out.len);
}

// ---- fmt: the traits a user implements to format values (`impl fmt::Display for T`) ----

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Error;

pub struct Formatter {
    __private: u8,
}

impl Formatter {
    pub fn write_str(&mut self, s: &str) -> Result<(), Error> {
        intrinsics::push_bytes(intrinsics::addr_of::<str>(s), s.len());
        Ok(())
    }
}

pub trait Display {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error>;
}

pub trait Debug {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error>;
}

impl<T> Vec<T> {
    /// A stable sort (insertion into the sorted prefix; elements only move past strictly greater ones).
    pub fn sort(&mut self)
    where
        T: PartialOrd,
    {
        let mut i = 1;
        while i < self.len {
            let mut j = i;
            while j > 0 && *intrinsics::ref_at::<T>(self.slot(j - 1)) > *intrinsics::ref_at::<T>(self.slot(j)) {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    pub fn sort_unstable(&mut self)
    where
        T: PartialOrd,
    {
        self.sort();
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        while i < self.len {
            if *intrinsics::ref_at::<T>(self.slot(i)) == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    /// Removes consecutive repeated elements.
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        if self.len < 2 {
            return;
        }
        let size = intrinsics::size_of::<T>();
        let mut kept = 1;
        let mut i = 1;
        while i < self.len {
            if *intrinsics::ref_at::<T>(self.slot(i)) != *intrinsics::ref_at::<T>(self.slot(kept - 1)) {
                intrinsics::copy(self.slot(kept), self.slot(i), size);
                kept += 1;
            } else {
                intrinsics::drop_in_place::<T>(self.slot(i));
            }
            i += 1;
        }
        self.len = kept;
    }

    pub fn extend_from_slice(&mut self, other: &[T]) {
        self.reserve(other.len());
        if intrinsics::needs_drop::<T>() {
            let base = intrinsics::addr_of::<[T]>(other);
            let mut i = 0;
            while i < other.len() {
                intrinsics::write::<T>(self.slot(self.len), intrinsics::clone::<T>(base + i * intrinsics::size_of::<T>()));
                self.len += 1;
                i += 1;
            }
        } else {
            intrinsics::copy(self.slot(self.len), intrinsics::addr_of::<[T]>(other), other.len() * intrinsics::size_of::<T>());
            self.len += other.len();
        }
    }
}

// ---- parsing integers (`"42".parse::<i32>()`) ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl Display for ParseIntError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self.kind {
            IntErrorKind::Empty => f.write_str("cannot parse integer from empty string"),
            IntErrorKind::InvalidDigit => f.write_str("invalid digit found in string"),
            IntErrorKind::PosOverflow => f.write_str("number too large to fit in target type"),
            IntErrorKind::NegOverflow => f.write_str("number too small to fit in target type"),
            IntErrorKind::Zero => f.write_str("number would be zero for non-zero type"),
        }
    }
}

// ---- char ----

impl char {
    pub fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 'A' && *self <= 'Z'
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_lowercase() || self.is_ascii_uppercase()
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        *self == ' ' || *self == '\t' || *self == '\n' || *self == '\x0C' || *self == '\r'
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        (*self >= '!' && *self <= '/') || (*self >= ':' && *self <= '@') || (*self >= '[' && *self <= '`')
            || (*self >= '{' && *self <= '~')
    }

    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 128
    }

    /// Unicode's White_Space property (a fixed, small set).
    pub fn is_whitespace(self) -> bool {
        let c = self as u32;
        (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
    }

    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { intrinsics::char_from_u32(*self as u32 - 32) } else { *self }
    }

    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { intrinsics::char_from_u32(*self as u32 + 32) } else { *self }
    }

    pub fn to_digit(self, radix: u32) -> Option<u32> {
        let c = self as u32;
        let d = if c >= 48 && c <= 57 {
            c - 48
        } else if c >= 97 && c <= 122 {
            c - 97 + 10
        } else if c >= 65 && c <= 90 {
            c - 65 + 10
        } else {
            return None;
        };
        if d < radix { Some(d) } else { None }
    }

    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }
}

/// The characters of a string, for `for c in s.chars()` (decoded from UTF-8).
pub fn __chars(s: &str) -> Vec<char> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (c, n) = __decode_utf8(b, i);
        out.push(c);
        i += n;
    }
    out
}

/// `for (i, c) in s.char_indices()`.
pub fn __char_indices(s: &str) -> Vec<(usize, char)> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (c, n) = __decode_utf8(b, i);
        out.push((i, c));
        i += n;
    }
    out
}

fn __decode_utf8(b: &[u8], i: usize) -> (char, usize) {
    let first = b[i] as u32;
    if first < 0x80 {
        return (intrinsics::char_from_u32(first), 1);
    }
    let n = if first >= 0xF0 { 4 } else if first >= 0xE0 { 3 } else { 2 };
    let mut code = if n == 2 { first & 0x1F } else if n == 3 { first & 0x0F } else { first & 0x07 };
    let mut k = 1;
    while k < n {
        code = (code << 6) | (b[i + k] as u32 & 0x3F);
        k += 1;
    }
    (intrinsics::char_from_u32(code), n)
}

// ---- Clone for the standard library's owning types (elements are cloned by the compiler's derived glue) ----

impl<T> Vec<T> {
    pub fn clone(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len);
        let mut i = 0;
        while i < self.len {
            v.push(intrinsics::clone::<T>(self.slot(i)));
            i += 1;
        }
        v
    }

    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        self.clone()
    }
}

impl String {
    pub fn clone(&self) -> String {
        String::from(self.as_str())
    }
}

impl<T> Box<T> {
    pub fn clone(&self) -> Box<T>
    where
        T: Clone,
    {
        Box::new(intrinsics::clone::<T>(intrinsics::addr_of::<T>(self.ptr)))
    }
}

// ---- parsing floats (`"2.5".parse::<f64>()`), with fmt_float.rs's correctly rounded parser ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatErrorKind {
    Empty,
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

impl Display for ParseFloatError {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        match self.kind {
            FloatErrorKind::Empty => f.write_str("cannot parse float from empty string"),
            FloatErrorKind::Invalid => f.write_str("invalid float literal"),
        }
    }
}

fn __float_parser(s: &str) -> FloatParser {
    let mut p = FloatParser::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        p.push(b[i]);
        i += 1;
    }
    p
}

impl f64 {
    pub fn __from_str(s: &str) -> Result<f64, ParseFloatError> {
        let r = __float_parser(s).finish_f64();
        if r.ok {
            Ok(r.value)
        } else if r.empty {
            Err(ParseFloatError { kind: FloatErrorKind::Empty })
        } else {
            Err(ParseFloatError { kind: FloatErrorKind::Invalid })
        }
    }
}

impl f32 {
    pub fn __from_str(s: &str) -> Result<f32, ParseFloatError> {
        let r = __float_parser(s).finish_f32();
        if r.ok {
            Ok(r.value)
        } else if r.empty {
            Err(ParseFloatError { kind: FloatErrorKind::Empty })
        } else {
            Err(ParseFloatError { kind: FloatErrorKind::Invalid })
        }
    }
}

// ---- REPL sessions: a cell's trailing value is shown with `{:?}`. The session reads the text's address and
// length at `intrinsics::value_slot()` after the cell ran (the buffer is left to the heap: it is small and the
// session keeps no pointer to it).
pub fn __session_show<T: Debug>(v: &T) {
    let s = format!("{:?}", v);
    intrinsics::write::<usize>(intrinsics::value_slot(), s.vec.ptr);
    intrinsics::write::<usize>(intrinsics::value_slot() + 4, s.len());
    intrinsics::write::<usize>(intrinsics::value_slot() + 8, 1);
    // the host reads the text after the cell returns: it must outlive this call
    forget(s);
}

// ---- `%` on floats: the exact remainder (C's fmod, after musl), with the sign of the dividend ----

pub fn __fmod_f64(x: f64, y: f64) -> f64 {
    let mut uxi = x.to_bits();
    let mut uyi = y.to_bits();
    let mut ex = ((uxi >> 52) & 0x7ff) as i32;
    let mut ey = ((uyi >> 52) & 0x7ff) as i32;
    let sx = uxi >> 63;
    if (uyi << 1) == 0 || y.is_nan() || ex == 0x7ff {
        return (x * y) / (x * y);
    }
    if (uxi << 1) <= (uyi << 1) {
        if (uxi << 1) == (uyi << 1) {
            return 0.0 * x;
        }
        return x;
    }
    if ex == 0 {
        let mut i = uxi << 12;
        while (i >> 63) == 0 {
            ex -= 1;
            i = i << 1;
        }
        uxi = uxi << ((1 - ex) as u32);
    } else {
        uxi = uxi & (u64::MAX >> 12);
        uxi = uxi | (1u64 << 52);
    }
    if ey == 0 {
        let mut i = uyi << 12;
        while (i >> 63) == 0 {
            ey -= 1;
            i = i << 1;
        }
        uyi = uyi << ((1 - ey) as u32);
    } else {
        uyi = uyi & (u64::MAX >> 12);
        uyi = uyi | (1u64 << 52);
    }
    while ex > ey {
        let i = uxi.wrapping_sub(uyi);
        if (i >> 63) == 0 {
            if i == 0 {
                return 0.0 * x;
            }
            uxi = i;
        }
        uxi = uxi << 1;
        ex -= 1;
    }
    let i = uxi.wrapping_sub(uyi);
    if (i >> 63) == 0 {
        if i == 0 {
            return 0.0 * x;
        }
        uxi = i;
    }
    while (uxi >> 52) == 0 {
        uxi = uxi << 1;
        ex -= 1;
    }
    if ex > 0 {
        uxi = uxi - (1u64 << 52);
        uxi = uxi | ((ex as u64) << 52);
    } else {
        uxi = uxi >> ((1 - ex) as u32);
    }
    uxi = uxi | (sx << 63);
    f64::from_bits(uxi)
}

pub fn __fmod_f32(x: f32, y: f32) -> f32 {
    let mut uxi = x.to_bits();
    let mut uyi = y.to_bits();
    let mut ex = ((uxi >> 23) & 0xff) as i32;
    let mut ey = ((uyi >> 23) & 0xff) as i32;
    let sx = uxi >> 31;
    if (uyi << 1) == 0 || y.is_nan() || ex == 0xff {
        return (x * y) / (x * y);
    }
    if (uxi << 1) <= (uyi << 1) {
        if (uxi << 1) == (uyi << 1) {
            return 0.0 * x;
        }
        return x;
    }
    if ex == 0 {
        let mut i = uxi << 9;
        while (i >> 31) == 0 {
            ex -= 1;
            i = i << 1;
        }
        uxi = uxi << ((1 - ex) as u32);
    } else {
        uxi = uxi & (u32::MAX >> 9);
        uxi = uxi | (1u32 << 23);
    }
    if ey == 0 {
        let mut i = uyi << 9;
        while (i >> 31) == 0 {
            ey -= 1;
            i = i << 1;
        }
        uyi = uyi << ((1 - ey) as u32);
    } else {
        uyi = uyi & (u32::MAX >> 9);
        uyi = uyi | (1u32 << 23);
    }
    while ex > ey {
        let i = uxi.wrapping_sub(uyi);
        if (i >> 31) == 0 {
            if i == 0 {
                return 0.0 * x;
            }
            uxi = i;
        }
        uxi = uxi << 1;
        ex -= 1;
    }
    let i = uxi.wrapping_sub(uyi);
    if (i >> 31) == 0 {
        if i == 0 {
            return 0.0 * x;
        }
        uxi = i;
    }
    while (uxi >> 23) == 0 {
        uxi = uxi << 1;
        ex -= 1;
    }
    if ex > 0 {
        uxi = uxi - (1u32 << 23);
        uxi = uxi | ((ex as u32) << 23);
    } else {
        uxi = uxi >> ((1 - ex) as u32);
    }
    uxi = uxi | (sx << 31);
    f32::from_bits(uxi)
}
