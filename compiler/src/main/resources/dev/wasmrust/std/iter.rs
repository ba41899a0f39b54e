// Iterators (`core::iter`): the Iterator trait with its adaptors and consumers, ranges, and the
// iterators of slices and strings. Compiled by WasmRust like any crate; only `intrinsics::*` is special.

// E0277's wording when a type is not an iterator, as rustc's library gives it
#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator",
                          integer_note = "if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`")]
pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }

    fn last(mut self) -> Option<Self::Item> {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if i == n {
                return Some(x);
            }
            i += 1;
        }
        None
    }

    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> {
        Map { iter: self, f: f }
    }

    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> {
        Filter { iter: self, predicate: predicate }
    }

    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
        FilterMap { iter: self, f: f }
    }

    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }

    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, n: n }
    }

    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, n: n }
    }

    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> {
        TakeWhile { iter: self, predicate: predicate, done: false }
    }

    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> {
        SkipWhile { iter: self, predicate: predicate, started: false }
    }

    fn step_by(self, step: usize) -> StepBy<Self> {
        if step == 0 {
            panic!("assertion failed: step != 0");
        }
        StepBy { iter: self, step: step - 1, first: true }
    }

    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
        Zip { a: self, b: other.into_iter() }
    }

    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> {
        Chain { a: self, b: other.into_iter(), first_done: false }
    }

    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U::IntoIter, F> {
        FlatMap { iter: self, f: f, front: None }
    }

    fn flatten(self) -> Flatten<Self, <Self::Item as IntoIterator>::IntoIter>
    where
        Self::Item: IntoIterator,
    {
        Flatten { iter: self, front: None }
    }

    fn rev(self) -> Rev<Self> {
        Rev { iter: self }
    }

    fn cloned(self) -> Cloned<Self> {
        Cloned { iter: self }
    }

    fn copied(self) -> Copied<Self> {
        Copied { iter: self }
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) {
        while let Some(x) = self.next() {
            f(x);
        }
    }

    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            if let Some(y) = f(x) {
                return Some(y);
            }
        }
        None
    }

    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The last maximum, as Rust's `max` returns (compared with `Ord`).
    fn max(mut self) -> Option<Self::Item> {
        let mut best = self.next();
        while let Some(x) = self.next() {
            if let Some(b) = &best {
                if __cmp(&x, b) != Ordering::Less {
                    best = Some(x);
                }
            }
        }
        best
    }

    /// The first minimum.
    fn min(mut self) -> Option<Self::Item> {
        let mut best = self.next();
        while let Some(x) = self.next() {
            if let Some(b) = &best {
                if __cmp(&x, b) == Ordering::Less {
                    best = Some(x);
                }
            }
        }
        best
    }

    fn max_by_key<B, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = None;
        let mut best_key = None;
        while let Some(x) = self.next() {
            let k = f(&x);
            let better = match &best_key {
                Some(bk) => __cmp(&k, bk) != Ordering::Less,
                None => true,
            };
            if better {
                best = Some(x);
                best_key = Some(k);
            }
        }
        best
    }

    fn min_by_key<B, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = None;
        let mut best_key = None;
        while let Some(x) = self.next() {
            let k = f(&x);
            let better = match &best_key {
                Some(bk) => __cmp(&k, bk) == Ordering::Less,
                None => true,
            };
            if better {
                best = Some(x);
                best_key = Some(k);
            }
        }
        best
    }

    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(mut self, mut compare: F) -> Option<Self::Item> {
        let mut best = self.next();
        while let Some(x) = self.next() {
            if let Some(b) = &best {
                if compare(&x, b) != Ordering::Less {
                    best = Some(x);
                }
            }
        }
        best
    }

    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(mut self, mut compare: F) -> Option<Self::Item> {
        let mut best = self.next();
        while let Some(x) = self.next() {
            if let Some(b) = &best {
                if compare(&x, b) == Ordering::Less {
                    best = Some(x);
                }
            }
        }
        best
    }

    fn sum<S: Sum<Self::Item>>(self) -> S {
        S::sum(self)
    }

    fn product<P: Product<Self::Item>>(self) -> P {
        P::product(self)
    }

    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::from_iter(self)
    }
}

/// Iterators that can also be walked from the back (`rev`).
pub trait DoubleEndedIterator {
    fn next_back(&mut self) -> Option<Self::Item>;
}

/// Iterators that know how many items are left (`len`).
pub trait ExactSizeIterator {
    fn len(&self) -> usize;
}

/// The number of `size`-byte elements between two addresses (none for zero-sized elements).
fn __elements_between(ptr: usize, end: usize, size: usize) -> usize {
    if size == 0 { 0 } else { (end - ptr) / size }
}

pub trait FromIterator<A> {
    fn from_iter<I: IntoIterator<Item = A>>(iter: I) -> Self;
}

pub trait Sum<A> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

pub trait Product<A> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// The integer types' successor and predecessor, for ranges.
pub trait Step {
    fn forward(x: Self) -> Self;
    fn backward(x: Self) -> Self;
}

// ---- adaptors ----

#[derive(Clone)]
pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<B, I: Iterator + DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<B, I: Iterator + ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

#[derive(Clone)]
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<I: Iterator + DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

#[derive(Clone)]
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);

    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count += 1;
                Some((i, x))
            }
            None => None,
        }
    }
}

// Counting from the back needs the number of items left: rustc asks for ExactSizeIterator too.
impl<I: Iterator + ExactSizeIterator + DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next_back() {
            Some(x) => {
                let left = self.iter.len();
                Some((self.count + left, x))
            }
            None => None,
        }
    }
}

impl<I: Iterator + ExactSizeIterator> ExactSizeIterator for Enumerate<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

#[derive(Clone)]
pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            self.iter.next()
        }
    }
}

// Taking from the back first drops the items beyond the first `n`.
impl<I: Iterator + DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        let len = self.iter.len();
        let mut beyond = if len > self.n { len - self.n } else { 0 };
        self.n -= 1;
        while beyond > 0 {
            self.iter.next_back();
            beyond -= 1;
        }
        self.iter.next_back()
    }
}

impl<I: Iterator + ExactSizeIterator> ExactSizeIterator for Take<I> {
    fn len(&self) -> usize {
        let len = self.iter.len();
        if len < self.n { len } else { self.n }
    }
}

#[derive(Clone)]
pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while self.n > 0 {
            self.n -= 1;
            if self.iter.next().is_none() {
                return None;
            }
        }
        self.iter.next()
    }
}

impl<I: Iterator + DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Skip<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.len() > 0 { self.iter.next_back() } else { None }
    }
}

impl<I: Iterator + ExactSizeIterator> ExactSizeIterator for Skip<I> {
    fn len(&self) -> usize {
        let len = self.iter.len();
        if len > self.n { len - self.n } else { 0 }
    }
}

pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                if (self.predicate)(&x) {
                    Some(x)
                } else {
                    self.done = true;
                    None
                }
            }
            None => None,
        }
    }
}

pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
    started: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.started || !(self.predicate)(&x) {
                self.started = true;
                return Some(x);
            }
        }
        None
    }
}

#[derive(Clone)]
pub struct StepBy<I> {
    iter: I,
    step: usize,
    first: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.first {
            self.first = false;
            return self.iter.next();
        }
        self.iter.nth(self.step)
    }
}

#[derive(Clone)]
pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Chain<A, B> {
    a: A,
    b: B,
    first_done: bool,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        if !self.first_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.first_done = true,
            }
        }
        self.b.next()
    }
}

/// `flat_map`: the items of the iterables `f` makes of each item, in order.
pub struct FlatMap<I, J, F> {
    iter: I,
    f: F,
    front: Option<J>,
}

impl<I: Iterator, U: IntoIterator<IntoIter = J>, J: Iterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, J, F> {
    type Item = J::Item;

    fn next(&mut self) -> Option<J::Item> {
        loop {
            if let Some(inner) = self.front.as_mut() {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(v) => self.front = Some((self.f)(v).into_iter()),
                None => return None,
            }
        }
    }
}

/// `flatten`: the items of each item, itself iterable, in order.
pub struct Flatten<I, J> {
    iter: I,
    front: Option<J>,
}

impl<I: Iterator<Item = U>, U: IntoIterator<IntoIter = J>, J: Iterator> Iterator for Flatten<I, J> {
    type Item = J::Item;

    fn next(&mut self) -> Option<J::Item> {
        loop {
            if let Some(inner) = self.front.as_mut() {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(v) => self.front = Some(v.into_iter()),
                None => return None,
            }
        }
    }
}

#[derive(Clone)]
pub struct Cloned<I> {
    iter: I,
}

impl<T: Clone, I: Iterator<Item = &T>> Iterator for Cloned<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<T: Clone, I: Iterator<Item = &T> + DoubleEndedIterator> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<T: Clone, I: Iterator<Item = &T> + ExactSizeIterator> ExactSizeIterator for Cloned<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

#[derive(Clone)]
pub struct Copied<I> {
    iter: I,
}

impl<T, I: Iterator<Item = &T>> Iterator for Copied<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<T, I: Iterator<Item = &T> + DoubleEndedIterator> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<T, I: Iterator<Item = &T> + ExactSizeIterator> ExactSizeIterator for Copied<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

#[derive(Clone)]
pub struct Rev<I> {
    iter: I,
}

impl<I: Iterator + DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}

impl<I: Iterator + DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

impl<I: Iterator + DoubleEndedIterator + ExactSizeIterator> ExactSizeIterator for Rev<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

// ---- ranges ----

/// `a..`: counting up without end (an overflow panics, as in a debug build).
#[derive(Clone)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

impl<A: Step + Copy> Iterator for RangeFrom<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        let n = self.start;
        self.start = A::forward(n);
        Some(n)
    }
}

/// `..b`.
#[derive(Clone, Copy)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

/// `..`.
#[derive(Clone, Copy)]
pub struct RangeFull;

/// The ranges `drain` takes, as start and end positions in a sequence of `len` elements.
pub trait __RangeArg {
    fn __bounds(&self, len: usize) -> (usize, usize);
}

impl __RangeArg for Range<usize> {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (self.start, self.end)
    }
}

impl __RangeArg for RangeInclusive<usize> {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (self.start, self.end + 1)
    }
}

impl __RangeArg for RangeFrom<usize> {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (self.start, len)
    }
}

impl __RangeArg for RangeTo<usize> {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (0, self.end)
    }
}

impl __RangeArg for RangeFull {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (0, len)
    }
}

#[derive(Clone)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

impl<A: Step + PartialOrd + Copy> Iterator for Range<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = self.start;
            self.start = A::forward(n);
            Some(n)
        } else {
            None
        }
    }
}

impl<A: Step + PartialOrd + Copy> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = A::backward(self.end);
            Some(self.end)
        } else {
            None
        }
    }
}

#[derive(Clone)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive { start: start, end: end, exhausted: false }
    }
}

impl<A: Step + PartialOrd + Copy> Iterator for RangeInclusive<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.start;
        if self.start < self.end {
            self.start = A::forward(n);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

impl<A: Step + PartialOrd + Copy> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.end;
        if self.start < self.end {
            self.end = A::backward(n);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

// ---- slices ----

/// `slice.iter()`: shared references to the elements in order.
#[derive(Clone)]
pub struct Iter<T> {
    ptr: usize,
    end: usize,
    marker: Option<T>,
}

impl<T> Iter<T> {
    pub fn __new(ptr: usize, len: usize) -> Iter<T> {
        Iter { ptr: ptr, end: ptr + len * intrinsics::size_of::<T>(), marker: None }
    }
}

impl<T> Iterator for Iter<T> {
    type Item = &T;

    fn next(&mut self) -> Option<&T> {
        if self.ptr >= self.end {
            None
        } else {
            let p = self.ptr;
            self.ptr = p + intrinsics::size_of::<T>();
            Some(intrinsics::ref_at::<T>(p))
        }
    }
}

impl<T> DoubleEndedIterator for Iter<T> {
    fn next_back(&mut self) -> Option<&T> {
        if self.ptr >= self.end {
            None
        } else {
            self.end = self.end - intrinsics::size_of::<T>();
            Some(intrinsics::ref_at::<T>(self.end))
        }
    }
}

impl<T> ExactSizeIterator for Iter<T> {
    fn len(&self) -> usize {
        __elements_between(self.ptr, self.end, intrinsics::size_of::<T>())
    }
}

/// `slice.iter_mut()`.
pub struct IterMut<T> {
    ptr: usize,
    end: usize,
    marker: Option<T>,
}

impl<T> IterMut<T> {
    pub fn __new(ptr: usize, len: usize) -> IterMut<T> {
        IterMut { ptr: ptr, end: ptr + len * intrinsics::size_of::<T>(), marker: None }
    }
}

impl<T> Iterator for IterMut<T> {
    type Item = &mut T;

    fn next(&mut self) -> Option<&mut T> {
        if self.ptr >= self.end {
            None
        } else {
            let p = self.ptr;
            self.ptr = p + intrinsics::size_of::<T>();
            Some(intrinsics::mut_at::<T>(p))
        }
    }
}

impl<T> DoubleEndedIterator for IterMut<T> {
    fn next_back(&mut self) -> Option<&mut T> {
        if self.ptr >= self.end {
            None
        } else {
            self.end = self.end - intrinsics::size_of::<T>();
            Some(intrinsics::mut_at::<T>(self.end))
        }
    }
}

impl<T> ExactSizeIterator for IterMut<T> {
    fn len(&self) -> usize {
        __elements_between(self.ptr, self.end, intrinsics::size_of::<T>())
    }
}

/// `vec.into_iter()`: the elements by value.
pub struct IntoIter<T> {
    ptr: usize,
    end: usize,
    buf: usize,
    cap: usize,
    marker: Option<T>,
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        let size = intrinsics::size_of::<T>();
        while self.ptr < self.end {
            intrinsics::drop_in_place::<T>(self.ptr);
            self.ptr = self.ptr + size;
        }
        if self.cap > 0 && size > 0 {
            __rust_dealloc(self.buf, self.cap * size, intrinsics::align_of::<T>());
        }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.ptr >= self.end {
            None
        } else {
            let p = self.ptr;
            self.ptr = p + intrinsics::size_of::<T>();
            Some(intrinsics::read::<T>(p))
        }
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.ptr >= self.end {
            None
        } else {
            self.end = self.end - intrinsics::size_of::<T>();
            Some(intrinsics::read::<T>(self.end))
        }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {
    fn len(&self) -> usize {
        __elements_between(self.ptr, self.end, intrinsics::size_of::<T>())
    }
}

impl<T> Vec<T> {
    pub fn iter(&self) -> Iter<T> {
        Iter::__new(self.ptr, self.len)
    }

    pub fn iter_mut(&mut self) -> IterMut<T> {
        IterMut::__new(self.ptr, self.len)
    }

    pub fn into_iter(self) -> IntoIter<T> {
        let it = IntoIter { ptr: self.ptr, end: self.ptr + self.len * intrinsics::size_of::<T>(), buf: self.ptr, cap: self.cap, marker: None };
        forget(self);
        it
    }

    /// Removes the elements in `range` and returns them in order (eagerly: what the iterator does not
    /// yield is dropped with it, as with rustc's `Drain`).
    pub fn drain<R: __RangeArg>(&mut self, range: R) -> IntoIter<T> {
        let (start, end) = range.__bounds(self.len);
        if end > self.len {
            panic!("range end index {} out of range for slice of length {}", end, self.len);
        }
        if start > end {
            panic!("slice index starts at {} but ends at {}", start, end);
        }
        let size = intrinsics::size_of::<T>();
        let mut out: Vec<T> = Vec::with_capacity(end - start);
        let mut i = start;
        while i < end {
            out.push(intrinsics::read::<T>(self.slot(i)));
            i += 1;
        }
        intrinsics::copy(self.slot(start), self.slot(end), (self.len - end) * size);
        self.len -= end - start;
        out.into_iter()
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let size = intrinsics::size_of::<T>();
        let mut kept = 0;
        let mut i = 0;
        while i < self.len {
            if f(intrinsics::ref_at::<T>(self.slot(i))) {
                if kept != i {
                    intrinsics::copy(self.slot(kept), self.slot(i), size);
                }
                kept += 1;
            } else {
                intrinsics::drop_in_place::<T>(self.slot(i));
            }
            i += 1;
        }
        self.len = kept;
    }

    /// A stable insertion sort by a comparator.
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        let mut i = 1;
        while i < self.len {
            let mut j = i;
            while j > 0 && compare(intrinsics::ref_at::<T>(self.slot(j - 1)), intrinsics::ref_at::<T>(self.slot(j))) == Ordering::Greater {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let mut i = 1;
        while i < self.len {
            let mut j = i;
            while j > 0 && __cmp(&f(intrinsics::ref_at::<T>(self.slot(j - 1))), &f(intrinsics::ref_at::<T>(self.slot(j)))) == Ordering::Greater {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        self.sort_by(compare);
    }

    pub fn sort_unstable_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F) {
        self.sort_by_key(f);
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        if self.len < 2 {
            return;
        }
        let size = intrinsics::size_of::<T>();
        let mut kept = 1;
        let mut i = 1;
        while i < self.len {
            if key(intrinsics::mut_at::<T>(self.slot(i))) != key(intrinsics::mut_at::<T>(self.slot(kept - 1))) {
                if kept != i {
                    intrinsics::copy(self.slot(kept), self.slot(i), size);
                }
                kept += 1;
            } else {
                intrinsics::drop_in_place::<T>(self.slot(i));
            }
            i += 1;
        }
        self.len = kept;
    }

}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        let mut it = iter.into_iter();
        while let Some(x) = it.next() {
            v.push(x);
        }
        v
    }
}

// ---- strings ----

/// `s.chars()`: the characters, decoded from UTF-8.
#[derive(Clone)]
pub struct Chars {
    ptr: usize,
    end: usize,
}

impl Iterator for Chars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.ptr >= self.end {
            return None;
        }
        let b = intrinsics::slice_at::<u8>(self.ptr, self.end - self.ptr);
        let (c, n) = __decode_utf8(b, 0);
        self.ptr += n;
        Some(c)
    }
}

impl Chars {
    /// The part of the string not yet walked.
    pub fn as_str(&self) -> &str {
        intrinsics::str_at(self.ptr, self.end - self.ptr)
    }
}

impl DoubleEndedIterator for Chars {
    fn next_back(&mut self) -> Option<char> {
        if self.ptr >= self.end {
            return None;
        }
        let mut start = self.end - 1;
        while (*intrinsics::ref_at::<u8>(start) & 0xC0) == 0x80 {
            start -= 1;
        }
        let b = intrinsics::slice_at::<u8>(start, self.end - start);
        let (c, _) = __decode_utf8(b, 0);
        self.end = start;
        Some(c)
    }
}

/// `s.char_indices()`.
#[derive(Clone)]
pub struct CharIndices {
    base: usize,
    chars: Chars,
}

impl Iterator for CharIndices {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let at = self.chars.ptr - self.base;
        match self.chars.next() {
            Some(c) => Some((at, c)),
            None => None,
        }
    }
}

/// `s.bytes()`.
#[derive(Clone)]
pub struct Bytes {
    ptr: usize,
    end: usize,
}

impl Iterator for Bytes {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.ptr >= self.end {
            None
        } else {
            let b = *intrinsics::ref_at::<u8>(self.ptr);
            self.ptr += 1;
            Some(b)
        }
    }
}

impl str {
    pub fn chars(&self) -> Chars {
        let p = intrinsics::addr_of::<str>(self);
        Chars { ptr: p, end: p + self.len() }
    }

    pub fn char_indices(&self) -> CharIndices {
        let p = intrinsics::addr_of::<str>(self);
        CharIndices { base: p, chars: Chars { ptr: p, end: p + self.len() } }
    }

    pub fn bytes(&self) -> Bytes {
        let p = intrinsics::addr_of::<str>(self);
        Bytes { ptr: p, end: p + self.len() }
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(c) = it.next() {
            s.push(c);
        }
        s
    }
}

impl FromIterator<&char> for String {
    fn from_iter<I: Iterator<Item = &char>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter;
        while let Some(c) = it.next() {
            s.push(*c);
        }
        s
    }
}

impl FromIterator<&str> for String {
    fn from_iter<I: IntoIterator<Item = &str>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(p) = it.next() {
            s.push_str(p);
        }
        s
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(p) = it.next() {
            s.push_str(&p);
        }
        s
    }
}

// ---- slices (arrays and vectors reach these through unsizing and `Deref`) ----

impl<T> [T] {
    pub fn iter(&self) -> Iter<T> {
        Iter::__new(intrinsics::addr_of::<[T]>(self), self.len())
    }

    pub fn iter_mut(&mut self) -> IterMut<T> {
        IterMut::__new(intrinsics::addr_of::<[T]>(self), self.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn first(&self) -> Option<&T> {
        if self.len() == 0 {
            None
        } else {
            Some(&self[0])
        }
    }

    pub fn last(&self) -> Option<&T> {
        if self.len() == 0 {
            None
        } else {
            Some(&self[self.len() - 1])
        }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() {
            Some(&self[index])
        } else {
            None
        }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        while i < self.len() {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        let len = self.len();
        if a >= len {
            panic!("index out of bounds: the len is {} but the index is {}", len, a);
        }
        if b >= len {
            panic!("index out of bounds: the len is {} but the index is {}", len, b);
        }
        let base = intrinsics::addr_of::<[T]>(self);
        let size = intrinsics::size_of::<T>();
        let x = intrinsics::read::<T>(base + a * size);
        let y = intrinsics::read::<T>(base + b * size);
        intrinsics::write::<T>(base + a * size, y);
        intrinsics::write::<T>(base + b * size, x);
    }

    pub fn reverse(&mut self) {
        let len = self.len();
        if len < 2 {
            return;
        }
        let mut i = 0;
        let mut j = len - 1;
        while i < j {
            self.swap(i, j);
            i += 1;
            j -= 1;
        }
    }

    /// A stable sort (insertion into the sorted prefix).
    pub fn sort(&mut self)
    where
        T: PartialOrd,
    {
        let mut i = 1;
        while i < self.len() {
            let mut j = i;
            while j > 0 && self[j - 1] > self[j] {
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

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        let mut i = 1;
        while i < self.len() {
            let mut j = i;
            while j > 0 && compare(&self[j - 1], &self[j]) == Ordering::Greater {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let mut i = 1;
        while i < self.len() {
            let mut j = i;
            while j > 0 && __cmp(&f(&self[j - 1]), &f(&self[j])) == Ordering::Greater {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len());
        let mut i = 0;
        while i < self.len() {
            v.push(self[i].clone());
            i += 1;
        }
        v
    }

    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows { ptr: intrinsics::addr_of::<[T]>(self), len: self.len(), size: size, marker: None }
    }

    #[track_caller]
    pub fn chunks(&self, size: usize) -> Chunks<T> {
        if size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { ptr: intrinsics::addr_of::<[T]>(self), len: self.len(), size: size, marker: None }
    }

    pub fn join(&self, sep: &str) -> String
    where
        T: __AsStr,
    {
        let mut s = String::new();
        let mut i = 0;
        while i < self.len() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(self[i].__as_str());
            i += 1;
        }
        s
    }

    /// Strings concatenate to a `String`, vectors and slices to a `Vec` (rustc's `Concat` impls).
    pub fn concat(&self) -> T::Output
    where
        T: __Concat,
    {
        T::__concat(self)
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match __cmp(&self[mid], x) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }
}

/// What `join` and `concat` put together: string slices and strings.
/// What `[T]::concat` makes of a slice of `T`.
pub trait __Concat {
    type Output;
    fn __concat(items: &[Self]) -> Self::Output;
}

impl __Concat for &str {
    type Output = String;
    fn __concat(items: &[&str]) -> String {
        items.join("")
    }
}

impl __Concat for String {
    type Output = String;
    fn __concat(items: &[String]) -> String {
        items.join("")
    }
}

impl<U: Clone> __Concat for Vec<U> {
    type Output = Vec<U>;
    fn __concat(items: &[Vec<U>]) -> Vec<U> {
        let mut out = Vec::new();
        for v in items.iter() {
            out.extend_from_slice(v);
        }
        out
    }
}

impl<U: Clone> __Concat for &[U] {
    type Output = Vec<U>;
    fn __concat(items: &[&[U]]) -> Vec<U> {
        let mut out = Vec::new();
        for v in items.iter() {
            out.extend_from_slice(v);
        }
        out
    }
}

pub trait __AsStr {
    fn __as_str(&self) -> &str;
}

impl __AsStr for &str {
    fn __as_str(&self) -> &str {
        *self
    }
}

impl __AsStr for String {
    fn __as_str(&self) -> &str {
        self.as_str()
    }
}

/// `slice.windows(n)`: overlapping subslices of length `n`.
#[derive(Clone)]
pub struct Windows<T> {
    ptr: usize,
    len: usize,
    size: usize,
    marker: Option<T>,
}

impl<T> Iterator for Windows<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.size > self.len {
            None
        } else {
            let w = intrinsics::slice_at::<T>(self.ptr, self.size);
            self.ptr = self.ptr + intrinsics::size_of::<T>();
            self.len -= 1;
            Some(w)
        }
    }
}

/// `slice.chunks(n)`: consecutive subslices of length `n` (the last may be shorter).
#[derive(Clone)]
pub struct Chunks<T> {
    ptr: usize,
    len: usize,
    size: usize,
    marker: Option<T>,
}

impl<T> Iterator for Chunks<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.len == 0 {
            None
        } else {
            let n = if self.len < self.size { self.len } else { self.size };
            let c = intrinsics::slice_at::<T>(self.ptr, n);
            self.ptr = self.ptr + n * intrinsics::size_of::<T>();
            self.len -= n;
            Some(c)
        }
    }
}

// ---- sums and products of floats ----

impl Sum<f64> for f64 {
    fn sum<I: Iterator<Item = f64>>(iter: I) -> f64 {
        let mut it = iter;
        let mut acc = -0.0;
        while let Some(x) = it.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&f64> for f64 {
    fn sum<I: Iterator<Item = &f64>>(iter: I) -> f64 {
        let mut it = iter;
        let mut acc = -0.0;
        while let Some(x) = it.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Sum<f32> for f32 {
    fn sum<I: Iterator<Item = f32>>(iter: I) -> f32 {
        let mut it = iter;
        let mut acc: f32 = -0.0;
        while let Some(x) = it.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&f32> for f32 {
    fn sum<I: Iterator<Item = &f32>>(iter: I) -> f32 {
        let mut it = iter;
        let mut acc: f32 = -0.0;
        while let Some(x) = it.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<f64> for f64 {
    fn product<I: Iterator<Item = f64>>(iter: I) -> f64 {
        let mut it = iter;
        let mut acc = 1.0;
        while let Some(x) = it.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&f64> for f64 {
    fn product<I: Iterator<Item = &f64>>(iter: I) -> f64 {
        let mut it = iter;
        let mut acc = 1.0;
        while let Some(x) = it.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl<T> Option<&T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(x) => Some(intrinsics::read::<T>(intrinsics::addr_of::<T>(x))),
            None => None,
        }
    }

    pub fn cloned(self) -> Option<T>
    where
        T: Clone,
    {
        match self {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

// ---- ranges shown with `{:?}` as rustc writes them ----

impl<Idx: Debug> Debug for Range<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        write!(f, "{:?}..{:?}", self.start, self.end)
    }
}

impl<Idx: Debug> Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        write!(f, "{:?}..={:?}", self.start, self.end)?;
        if self.exhausted {
            f.write_str(" (exhausted)")?;
        }
        Ok(())
    }
}

impl<Idx: Debug> Debug for RangeFrom<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        write!(f, "{:?}..", self.start)
    }
}

impl<Idx: Debug> Debug for RangeTo<Idx> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        write!(f, "..{:?}", self.end)
    }
}

impl Debug for RangeFull {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("..")
    }
}
