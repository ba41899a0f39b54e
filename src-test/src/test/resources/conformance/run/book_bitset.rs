// Simple bitset: struct over Vec<u64>, shifts, bit ops, count_ones, leading_zeros, {:b}/{:x} formatting
struct BitSet {
    words: Vec<u64>,
    capacity: usize,
}

impl BitSet {
    fn new(capacity: usize) -> BitSet {
        let n = (capacity + 63) / 64;
        BitSet { words: vec![0; n], capacity }
    }

    fn insert(&mut self, i: usize) -> bool {
        assert!(i < self.capacity, "bit {} out of range", i);
        let mask = 1u64 << (i % 64);
        let was = self.words[i / 64] & mask != 0;
        self.words[i / 64] |= mask;
        !was
    }

    fn remove(&mut self, i: usize) {
        self.words[i / 64] &= !(1u64 << (i % 64));
    }

    fn contains(&self, i: usize) -> bool {
        i < self.capacity && (self.words[i / 64] >> (i % 64)) & 1 == 1
    }

    fn len(&self) -> u32 {
        let mut total = 0;
        for w in &self.words {
            total += w.count_ones();
        }
        total
    }

    fn union_with(&mut self, other: &BitSet) {
        for i in 0..self.words.len() {
            if i < other.words.len() {
                self.words[i] |= other.words[i];
            }
        }
    }

    fn highest(&self) -> Option<usize> {
        let mut i = self.words.len();
        while i > 0 {
            i -= 1;
            let w = self.words[i];
            if w != 0 {
                return Some(i * 64 + 63 - w.leading_zeros() as usize);
            }
        }
        None
    }
}

fn main() {
    let mut a = BitSet::new(150);
    for i in [1, 3, 5, 64, 65, 130] {
        a.insert(i);
    }
    println!("insert 3 again -> {}", a.insert(3));
    println!("len {} highest {:?}", a.len(), a.highest());
    println!("word0 = {:#066b}", a.words[0]);
    println!("words hex = {:x} {:x} {:x}", a.words[0], a.words[1], a.words[2]);
    let mut b = BitSet::new(150);
    b.insert(2);
    b.insert(149);
    a.union_with(&b);
    a.remove(64);
    let mut members = Vec::new();
    for i in 0..150 {
        if a.contains(i) {
            members.push(i);
        }
    }
    println!("members {:?}", members);
    println!("contains 500? {}", a.contains(500));
    println!("highest {:?} empty highest {:?}", a.highest(), BitSet::new(10).highest());
    println!("{:016X}", a.words[2]);
}
