// ---- std::collections: HashMap and HashSet ----
//
// A hash map keeps its entries in a vector, in insertion order (a removal moves the last entry into the
// hole), and finds them through an open-addressing table of entry numbers (0 = empty, usize::MAX = removed,
// else index + 1). Hashing is deterministic (`intrinsics::hash`, structural); Rust's `RandomState` is
// random, so the iteration order of a HashMap is unspecified in Rust and no program can depend on it.

/// The hash of a key or of a borrowed form of it (references are transparent to the hash, `String` hashes
/// as its `str` and `Vec<T>` as its `[T]`, so `K` and every `Q` that `K: Borrow<Q>` allows agree).
fn __hash_key<Q: ?Sized>(key: &Q) -> usize {
    let mut h = intrinsics::hash::<&Q>(intrinsics::addr_of::<&Q>(&key));
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h as usize
}

const __REMOVED: usize = usize::MAX;

pub struct HashMap<K, V> {
    entries: Vec<(K, V)>,
    slots: Vec<usize>,
    removed: usize,
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap { entries: Vec::new(), slots: Vec::new(), removed: 0 }
    }

    pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
        let mut m = HashMap::new();
        m.entries.reserve(capacity);
        m
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.entries.capacity()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.slots.clear();
        self.removed = 0;
    }

    fn __key(&self, index: usize) -> &K {
        &self.entries[index].0
    }

    /// The table position holding `key`'s entry number, or the one where it would go (and false).
    fn __find<Q: ?Sized>(&self, key: &Q) -> (usize, bool)
    where
        K: Borrow<Q>,
    {
        let mask = self.slots.len() - 1;
        let mut pos = __hash_key(key) & mask;
        let mut free = usize::MAX;
        loop {
            let s = self.slots[pos];
            if s == 0 {
                return (if free == usize::MAX { pos } else { free }, false);
            }
            if s == __REMOVED {
                if free == usize::MAX {
                    free = pos;
                }
            } else if intrinsics::borrow_eq::<K, Q>(self.__key(s - 1), key) {
                return (pos, true);
            }
            pos = (pos + 1) & mask;
        }
    }

    fn __index_of<Q: ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        if self.entries.len() == 0 {
            return None;
        }
        let (pos, found) = self.__find(key);
        if found { Some(self.slots[pos] - 1) } else { None }
    }

    fn __grow(&mut self)
    where
        K: Borrow<K>,
    {
        let mut size = if self.slots.len() == 0 { 8 } else { self.slots.len() };
        while (self.entries.len() + 1) * 4 > size * 3 {
            size = size * 2;
        }
        self.slots.clear();
        let mut i = 0;
        while i < size {
            self.slots.push(0);
            i += 1;
        }
        self.removed = 0;
        let mut e = 0;
        while e < self.entries.len() {
            let (pos, _) = self.__find(self.__key(e));
            self.slots[pos] = e + 1;
            e += 1;
        }
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V>
    where
        K: Borrow<K>,
    {
        if let Some(i) = self.__index_of(&key) {
            return Some(replace(&mut self.entries[i].1, value));
        }
        self.__push(key, value);
        None
    }

    fn __push(&mut self, key: K, value: V) -> usize
    where
        K: Borrow<K>,
    {
        if (self.entries.len() + self.removed + 1) * 4 > self.slots.len() * 3 {
            self.__grow();
        }
        let (pos, _) = self.__find(&key);
        if self.slots[pos] == __REMOVED {
            self.removed -= 1;
        }
        self.entries.push((key, value));
        self.slots[pos] = self.entries.len();
        self.entries.len() - 1
    }

    pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        match self.__index_of(key) {
            Some(i) => Some(&self.entries[i].1),
            None => None,
        }
    }

    pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match self.__index_of(key) {
            Some(i) => Some(&mut self.entries[i].1),
            None => None,
        }
    }

    pub fn get_key_value<Q: ?Sized>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        match self.__index_of(key) {
            Some(i) => Some((&self.entries[i].0, &self.entries[i].1)),
            None => None,
        }
    }

    pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.__index_of(key).is_some()
    }

    pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        match self.remove_entry(key) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    pub fn remove_entry<Q: ?Sized>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        if self.entries.len() == 0 {
            return None;
        }
        let (pos, found) = self.__find(key);
        if !found {
            return None;
        }
        let index = self.slots[pos] - 1;
        self.slots[pos] = __REMOVED;
        self.removed += 1;
        let last = self.entries.len() - 1;
        if index != last {
            // the last entry moves into the hole: its table position now names the new index
            let (lpos, _) = self.__find(self.__key(last));
            self.slots[lpos] = index + 1;
        }
        Some(self.entries.swap_remove(index))
    }

    pub fn entry(&mut self, key: K) -> Entry<K, V>
    where
        K: Borrow<K>,
    {
        let index = match self.__index_of(&key) {
            Some(i) => i + 1,
            None => 0,
        };
        Entry { map: intrinsics::addr_of::<HashMap<K, V>>(self), key: Some(key), index: index }
    }

    pub fn iter(&self) -> MapIter<K, V> {
        MapIter { inner: self.entries.iter() }
    }

    pub fn iter_mut(&mut self) -> MapIterMut<K, V> {
        MapIterMut { inner: self.entries.iter_mut() }
    }

    pub fn keys(&self) -> Keys<K, V> {
        Keys { inner: self.entries.iter() }
    }

    pub fn values(&self) -> Values<K, V> {
        Values { inner: self.entries.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<K, V> {
        ValuesMut { inner: self.entries.iter_mut() }
    }

    pub fn into_iter(self) -> IntoIter<(K, V)> {
        self.entries.into_iter()
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.entries.into_iter() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.entries.into_iter() }
    }

    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F)
    where
        K: Borrow<K>,
    {
        let mut kept: Vec<(K, V)> = Vec::new();
        let old = replace::<Vec<(K, V)>>(&mut self.entries, Vec::new());
        for (k, mut v) in old {
            if f(&k, &mut v) {
                kept.push((k, v));
            }
        }
        self.entries = kept;
        self.slots.clear();
        self.removed = 0;
        if self.entries.len() > 0 {
            self.__grow();
        }
    }
}

pub struct IntoKeys<K, V> {
    inner: IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

pub struct IntoValues<K, V> {
    inner: IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

impl<K: Borrow<K>, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> HashMap<K, V> {
        let mut m: HashMap<K, V> = HashMap::new();
        m.extend(iter);
        m
    }
}

impl<K: Clone, V: Clone> HashMap<K, V> {
    pub fn clone(&self) -> HashMap<K, V> {
        HashMap { entries: self.entries.clone(), slots: self.slots.clone(), removed: self.removed }
    }
}

impl<K: Debug, V: Debug> Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("{")?;
        let mut first = true;
        for (k, v) in self.entries.iter() {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "{:?}: {:?}", k, v)?;
        }
        f.write_str("}")
    }
}

/// `map.entry(key)`: the place for `key`, found or not.
pub struct Entry<K, V> {
    map: usize,
    key: Option<K>,
    index: usize,
}

impl<K, V> Entry<K, V> {
    fn __map(&self) -> &mut HashMap<K, V> {
        intrinsics::mut_at::<HashMap<K, V>>(self.map)
    }

    pub fn key(&self) -> &K {
        match &self.key {
            Some(k) => k,
            None => panic!("entry without a key"),
        }
    }

    pub fn or_insert(mut self, default: V) -> &mut V
    where
        K: Borrow<K>,
    {
        let map = self.__map();
        let i = if self.index > 0 { self.index - 1 } else { map.__push(self.key.take().unwrap(), default) };
        &mut map.entries[i].1
    }

    pub fn or_insert_with<F: FnOnce() -> V>(mut self, f: F) -> &mut V
    where
        K: Borrow<K>,
    {
        let map = self.__map();
        let i = if self.index > 0 { self.index - 1 } else { map.__push(self.key.take().unwrap(), f()) };
        &mut map.entries[i].1
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(mut self, f: F) -> &mut V
    where
        K: Borrow<K>,
    {
        let map = self.__map();
        let i = if self.index > 0 {
            self.index - 1
        } else {
            let k = self.key.take().unwrap();
            let v = f(&k);
            map.__push(k, v)
        };
        &mut map.entries[i].1
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<K, V> {
        if self.index > 0 {
            let map = self.__map();
            f(&mut map.entries[self.index - 1].1);
        }
        self
    }
}

#[derive(Clone)]
pub struct MapIter<K, V> {
    inner: Iter<(K, V)>,
}

impl<K, V> Iterator for MapIter<K, V> {
    type Item = (&K, &V);

    fn next(&mut self) -> Option<(&K, &V)> {
        match self.inner.next() {
            Some(pair) => Some((&pair.0, &pair.1)),
            None => None,
        }
    }
}

pub struct MapIterMut<K, V> {
    inner: IterMut<(K, V)>,
}

impl<K, V> Iterator for MapIterMut<K, V> {
    type Item = (&K, &mut V);

    fn next(&mut self) -> Option<(&K, &mut V)> {
        match self.inner.next() {
            Some(pair) => Some((&pair.0, &mut pair.1)),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Keys<K, V> {
    inner: Iter<(K, V)>,
}

impl<K, V> Iterator for Keys<K, V> {
    type Item = &K;

    fn next(&mut self) -> Option<&K> {
        match self.inner.next() {
            Some(pair) => Some(&pair.0),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Values<K, V> {
    inner: Iter<(K, V)>,
}

impl<K, V> Iterator for Values<K, V> {
    type Item = &V;

    fn next(&mut self) -> Option<&V> {
        match self.inner.next() {
            Some(pair) => Some(&pair.1),
            None => None,
        }
    }
}

pub struct ValuesMut<K, V> {
    inner: IterMut<(K, V)>,
}

impl<K, V> Iterator for ValuesMut<K, V> {
    type Item = &mut V;

    fn next(&mut self) -> Option<&mut V> {
        match self.inner.next() {
            Some(pair) => Some(&mut pair.1),
            None => None,
        }
    }
}

// ---- HashSet: a HashMap whose values are () ----

pub struct HashSet<T> {
    map: HashMap<T, ()>,
}

impl<T> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet { map: HashMap::new() }
    }

    pub fn with_capacity(capacity: usize) -> HashSet<T> {
        HashSet { map: HashMap::with_capacity(capacity) }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    pub fn insert(&mut self, value: T) -> bool
    where
        T: Borrow<T>,
    {
        if self.map.contains_key(&value) {
            return false;
        }
        self.map.__push(value, ());
        true
    }

    pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    pub fn get<Q: ?Sized>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        match self.map.__index_of(value) {
            Some(i) => Some(&self.map.entries[i].0),
            None => None,
        }
    }

    pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    pub fn take<Q: ?Sized>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn iter(&self) -> Keys<T, ()> {
        self.map.keys()
    }

    pub fn into_iter(self) -> IntoKeys<T, ()> {
        self.map.into_keys()
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F)
    where
        T: Borrow<T>,
    {
        self.map.retain(|k, _| f(k));
    }

    pub fn is_subset(&self, other: &HashSet<T>) -> bool
    where
        T: Borrow<T>,
    {
        for v in self.map.keys() {
            if !other.contains(v) {
                return false;
            }
        }
        true
    }

    pub fn is_superset(&self, other: &HashSet<T>) -> bool
    where
        T: Borrow<T>,
    {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool
    where
        T: Borrow<T>,
    {
        for v in self.map.keys() {
            if other.contains(v) {
                return false;
            }
        }
        true
    }

    /// The values in both sets (references into `self`).
    pub fn intersection(&self, other: &HashSet<T>) -> IntoIter<&T>
    where
        T: Borrow<T>,
    {
        let mut out: Vec<&T> = Vec::new();
        for v in self.map.keys() {
            if other.contains(v) {
                out.push(v);
            }
        }
        out.into_iter()
    }

    pub fn union(&self, other: &HashSet<T>) -> IntoIter<&T>
    where
        T: Borrow<T>,
    {
        let mut out: Vec<&T> = Vec::new();
        for v in self.map.keys() {
            out.push(v);
        }
        for v in other.map.keys() {
            if !self.contains(v) {
                out.push(v);
            }
        }
        out.into_iter()
    }

    pub fn difference(&self, other: &HashSet<T>) -> IntoIter<&T>
    where
        T: Borrow<T>,
    {
        let mut out: Vec<&T> = Vec::new();
        for v in self.map.keys() {
            if !other.contains(v) {
                out.push(v);
            }
        }
        out.into_iter()
    }

    pub fn symmetric_difference(&self, other: &HashSet<T>) -> IntoIter<&T>
    where
        T: Borrow<T>,
    {
        let mut out: Vec<&T> = Vec::new();
        for v in self.map.keys() {
            if !other.contains(v) {
                out.push(v);
            }
        }
        for v in other.map.keys() {
            if !self.contains(v) {
                out.push(v);
            }
        }
        out.into_iter()
    }
}

impl<T: Borrow<T>> FromIterator<T> for HashSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T> {
        let mut s: HashSet<T> = HashSet::new();
        s.extend(iter);
        s
    }
}

impl<T: Clone> HashSet<T> {
    pub fn clone(&self) -> HashSet<T> {
        HashSet { map: self.map.clone() }
    }
}

impl<T: Debug> Debug for HashSet<T> {
    fn fmt(&self, f: &mut Formatter) -> Result<(), Error> {
        f.write_str("{")?;
        let mut first = true;
        for (k, _) in self.map.entries.iter() {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "{:?}", k)?;
        }
        f.write_str("}")
    }
}

/// A borrowed form of a value: `map.get("key")` finds a `String` key. The compiler supplies the standard
/// library's impls (`T: Borrow<T>`, `&T: Borrow<T>`, `String: Borrow<str>`, `Vec<T>: Borrow<[T]>`,
/// `Box<T>: Borrow<T>`) and compares the forms with `intrinsics::borrow_eq`.
pub trait Borrow<Q: ?Sized> {}

impl<K, V> HashMap<K, V> {
    /// `map[&key]`: the value, or a panic when the key is missing.
    pub fn index<Q: ?Sized>(&self, key: &Q) -> &V
    where
        K: Borrow<Q>,
    {
        match self.__index_of(key) {
            Some(i) => &self.entries[i].1,
            None => panic!("no entry found for key"),
        }
    }
}

// ---- std::mem ----

/// Moves `src` into `*dest` and returns the value that was there (nothing is dropped).
pub fn replace<T>(dest: &mut T, src: T) -> T {
    let at = intrinsics::addr_of::<T>(dest);
    let old = intrinsics::read::<T>(at);
    intrinsics::write::<T>(at, src);
    old
}

/// Exchanges the values of two places (nothing is dropped).
pub fn swap<T>(a: &mut T, b: &mut T) {
    let pa = intrinsics::addr_of::<T>(a);
    let pb = intrinsics::addr_of::<T>(b);
    let x = intrinsics::read::<T>(pa);
    let y = intrinsics::read::<T>(pb);
    intrinsics::write::<T>(pa, y);
    intrinsics::write::<T>(pb, x);
}
