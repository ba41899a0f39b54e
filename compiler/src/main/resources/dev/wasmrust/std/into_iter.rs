// `IntoIterator` and `Extend` (`core::iter::traits::collect`): what `for` loops, `extend`, `zip` and `chain`
// take. Every iterator is IntoIterator through the blanket impl; collections have their own impls (rustc's
// coherence rules keep them apart: no collection is an Iterator).

#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator",
                          integer_note = "if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`")]
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;

    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;

    fn into_iter(self) -> I {
        self
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        self.into_iter()
    }
}

impl<T> IntoIterator for &Vec<T> {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T> IntoIterator for &mut Vec<T> {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

impl<T> IntoIterator for &[T] {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T> IntoIterator for &mut [T] {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

// arrays of every length: `N` is bound by matching the header against the array type
impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        // the elements move into the vector bit for bit, so the array itself must not be dropped
        let v = Vec::__from_elems(&self);
        forget(self);
        v.into_iter()
    }
}

impl<T, const N: usize> IntoIterator for &[T; N] {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T, const N: usize> IntoIterator for &mut [T; N] {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<(K, V)>;

    fn into_iter(self) -> IntoIter<(K, V)> {
        self.into_iter()
    }
}

impl<K, V> IntoIterator for &HashMap<K, V> {
    type Item = (&K, &V);
    type IntoIter = MapIter<K, V>;

    fn into_iter(self) -> MapIter<K, V> {
        self.iter()
    }
}

impl<K, V> IntoIterator for &mut HashMap<K, V> {
    type Item = (&K, &mut V);
    type IntoIter = MapIterMut<K, V>;

    fn into_iter(self) -> MapIterMut<K, V> {
        self.iter_mut()
    }
}

impl<T> IntoIterator for HashSet<T> {
    type Item = T;
    type IntoIter = IntoKeys<T, ()>;

    fn into_iter(self) -> IntoKeys<T, ()> {
        self.into_iter()
    }
}

impl<T> IntoIterator for &HashSet<T> {
    type Item = &T;
    type IntoIter = Keys<T, ()>;

    fn into_iter(self) -> Keys<T, ()> {
        self.iter()
    }
}

// ---- Extend ----

pub trait Extend<A> {
    fn extend<I: IntoIterator<Item = A>>(&mut self, iter: I);
}

impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

impl<T: Copy> Extend<&T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &T>>(&mut self, iter: I) {
        for x in iter {
            self.push(*x);
        }
    }
}

impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        for c in iter {
            self.push(c);
        }
    }
}

impl Extend<&char> for String {
    fn extend<I: IntoIterator<Item = &char>>(&mut self, iter: I) {
        for c in iter {
            self.push(*c);
        }
    }
}

impl Extend<&str> for String {
    fn extend<I: IntoIterator<Item = &str>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s);
        }
    }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

impl<K: Borrow<K>, V> Extend<(K, V)> for HashMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Borrow<K> + Copy, V: Copy> Extend<(&K, &V)> for HashMap<K, V> {
    fn extend<I: IntoIterator<Item = (&K, &V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<T: Borrow<T>> Extend<T> for HashSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}

impl<T: Borrow<T> + Copy> Extend<&T> for HashSet<T> {
    fn extend<I: IntoIterator<Item = &T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(*x);
        }
    }
}

// ---- conversions from arrays (`Vec::from([1, 2])`, `HashMap::from([(k, v)])`) ----

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(items: [T; N]) -> Vec<T> {
        let v = Vec::__from_elems(&items);
        forget(items);
        v
    }
}

impl<K: Borrow<K>, V, const N: usize> From<[(K, V); N]> for HashMap<K, V> {
    fn from(items: [(K, V); N]) -> HashMap<K, V> {
        let mut m: HashMap<K, V> = HashMap::new();
        m.extend(items);
        m
    }
}

impl<T: Borrow<T>, const N: usize> From<[T; N]> for HashSet<T> {
    fn from(items: [T; N]) -> HashSet<T> {
        let mut s: HashSet<T> = HashSet::new();
        s.extend(items);
        s
    }
}

/// `Option`'s iterator (`option::IntoIter`): its value, if it has one, once.
#[derive(Clone)]
pub struct OptionIter<T> {
    inner: Option<T>,
}

impl<T> Iterator for OptionIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.take()
    }
}

impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = OptionIter<T>;

    fn into_iter(self) -> OptionIter<T> {
        OptionIter { inner: self }
    }
}

impl<T> Option<T> {
    pub fn iter(&self) -> OptionIter<&T> {
        OptionIter { inner: self.as_ref() }
    }
}

impl<T> IntoIterator for &Option<T> {
    type Item = &T;
    type IntoIter = OptionIter<&T>;

    fn into_iter(self) -> OptionIter<&T> {
        self.iter()
    }
}

impl<T> Option<Option<T>> {
    /// `Some(Some(x))` is `Some(x)`; anything else is `None`.
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

// `collect::<Result<Vec<_>, _>>()`: the first `Err` is the answer; otherwise the `Ok` values collected
// (taken in order up to that error, as rustc's adapter does, then given to the target's FromIterator).
impl<A, V: FromIterator<A>, E> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        let mut values: Vec<A> = Vec::new();
        let mut it = iter.into_iter();
        while let Some(x) = it.next() {
            match x {
                Ok(v) => values.push(v),
                Err(e) => return Err(e),
            }
        }
        Ok(V::from_iter(values.into_iter()))
    }
}

// `collect::<Option<Vec<_>>>()`: `None` as soon as an item is `None`.
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        let mut values: Vec<A> = Vec::new();
        let mut it = iter.into_iter();
        while let Some(x) = it.next() {
            match x {
                Some(v) => values.push(v),
                None => return None,
            }
        }
        Some(V::from_iter(values.into_iter()))
    }
}
