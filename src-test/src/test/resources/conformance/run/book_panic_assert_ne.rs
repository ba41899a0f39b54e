// Panic: assert_ne! failure when a hash-like checksum collides
fn checksum(data: &[u8]) -> u16 {
    let mut a: u16 = 1;
    let mut b: u16 = 0;
    for &d in data {
        a = (a + d as u16) % 251;
        b = (b + a) % 251;
    }
    (b << 8) | a
}

fn main() {
    let x = checksum(b"abc");
    let y = checksum(b"abd");
    println!("{:04x} {:04x}", x, y);
    assert_ne!(x, y);
    let z = checksum(b"cab");
    let w = checksum(b"cab");
    println!("{:#06x}", z);
    assert_ne!(z, w, "checksums of {:?} and {:?} collide", "cab", "cab");
}
