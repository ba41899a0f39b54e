fn main() {
    let x: i32 = -1;
    println!("{} {} {} {}", x as u8, x as u16, x as u32, x as u64);
    println!("{} {}", x as i8, x as i128);
    let y: u32 = 4_000_000_000;
    println!("{} {} {}", y as i32, y as i16, y as u8);
    println!("{} {}", 300i32 as u8, -129i32 as i8);
    println!("{} {}", true as i32, false as u8);
    println!("{} {}", 'A' as u32, 'é' as u8);
    println!("{}", 97u8 as char);
    println!("{}", (65u8 + 25) as char);
    let big: u64 = 0x1_0000_0001;
    println!("{} {}", big as u32, big as i64);
    println!("{}", 255u8 as i8 as i32);
    println!("{}", -2i8 as u128);
    println!("{}", usize::MAX as u8);
}
