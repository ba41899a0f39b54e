const K: u8 = 250;
fn main() {
    let a = 0u8 - 1;
    let b = i8::MIN - 1;
    let c = -128i8 / -1;
    let d = -5i32 % 0;
    let e = -i8::MIN;
    let f = 1u64 << 64;
    let g = K + 10;
    let h = (300i32 as u8) * 200;
    let i = 10i64 >> -1;
    let j = i32::MIN % -1;
    let x = 7;
    let k = x * 1000000000;
    let l = 3u128 * u128::MAX;
    println!("{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}");
}
