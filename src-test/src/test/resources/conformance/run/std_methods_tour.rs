// The standard library methods of issue 5's list, called the way learners call them, with full std paths.
fn main() {
    let mut m = std::collections::HashMap::new();
    m.insert(1, 2);
    println!("{:?}", m);
    let a: i32 = -7;
    println!("{:?} {:?} {:?} {:?}", a.checked_mul(3), a.wrapping_sub(i32::MAX), a.saturating_sub(i32::MAX), a.overflowing_add(i32::MIN));
    println!("{} {} {} {} {}", a.pow(2), a.abs(), a.min(3), a.max(3), a.clamp(-5, 5));
    println!("{} {} {:?} {:?}", a.rem_euclid(3), a.to_string(), "42".parse::<u8>(), i64::from_str_radix("-ff", 16));
    println!("{} {} {:?} {}", 'é'.is_alphabetic(), '7'.is_ascii_digit(), '7'.to_digit(10), 'q'.to_ascii_uppercase());
    println!("{} {} {} {}", 2.0f64.sqrt(), 2.7f64.floor(), 1.5f64.powi(3), (0.1f64 + 0.2));
    let mut s = String::from("Hello");
    s.push(',');
    s.push_str(" World");
    println!("{} {} {:?}", s.len(), s.chars().count(), s.bytes().take(2).collect::<Vec<u8>>());
    println!("{:?}", s.char_indices().skip(3).next());
    println!("{:?} {:?}", s.split(", ").collect::<Vec<_>>(), "  a b  ".split_whitespace().collect::<Vec<_>>());
    println!("{:?}", "l1\nl2\r\nl3".lines().collect::<Vec<_>>());
    println!("[{}] [{}] [{}]", "  x ".trim(), "  x ".trim_start(), "xxaxx".trim_end_matches('x'));
    println!("{} {:?} {} {}", s.starts_with("He"), s.find("World"), s.replace("l", "L"), s.to_uppercase());
    println!("{} {}", "ab".repeat(3), String::from("a") + "b" + &String::from("c"));
    println!("{}", &s[0..5]);
    let mut v = Vec::with_capacity(4);
    v.push(3); v.push(1); v.push(2);
    v.insert(0, 9);
    println!("{:?} {:?} {}", v.pop(), v.remove(0), v.contains(&1));
    v.extend(vec![5, 5, 4]);
    v.sort(); println!("{:?}", v);
    v.dedup(); println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a)); println!("{:?}", v);
    v.sort_by_key(|x| (*x as i32 - 3).abs()); println!("{:?}", v);
    v.sort_unstable(); v.reverse(); println!("{:?}", v);
    v.retain(|x| x % 2 == 1); println!("{:?}", v);
    println!("{:?} {:?} {:?}", v.first(), v.last(), v.get(10));
    let w = vec![1, 2, 3, 4, 5];
    println!("{:?}", w.windows(2).map(|p| p[0] + p[1]).collect::<Vec<_>>());
    println!("{:?}", w.chunks(2).collect::<Vec<_>>());
    println!("{}", vec!["a", "b"].join("/"));
    let mut z = w.clone(); z.swap(0, 4); z.truncate(3); println!("{:?}", z);
    let d: Vec<i32> = z.drain(..2).collect(); println!("{:?} {:?}", d, z);
    z.clear(); println!("{} {}", z.len(), z.is_empty());
    
    let o: Option<i32> = Some(4);
    println!("{:?} {:?} {:?} {} {:?}", o.map(|x| x * 2), o.and_then(|x| if x > 3 { Some(x) } else { None }), o.filter(|x| *x > 10), o.unwrap_or(0), o.ok_or("none"));
    let r: Result<i32, String> = Err("bad".into());
    println!("{:?} {:?} {} {:?}", r.as_ref().map(|x| x + 1), r.as_ref().map_err(|e| e.len()), r.is_err(), r.clone().unwrap_or_else(|e| e.len() as i32));

}
