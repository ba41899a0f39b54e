// Slicing strings, arrays, slices and vectors with every range form.

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => &s[..],
    }
}

fn sum(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn main() {
    let s = String::from("hello wide world");
    println!("[{}] [{}] [{}]", &s[0..5], &s[6..], &s[..=4]);
    println!("first word: {}", first_word(&s));
    println!("first word: {}", first_word("single"));

    let greek = "αβγδ";
    println!("{} {}", &greek[2..6], &greek[..2]);

    let a = [1, 2, 3, 4, 5, 6, 7, 8];
    println!("{:?} {:?} {:?}", &a[2..5], &a[..3], &a[5..]);
    println!("sum of middle: {}", sum(&a[2..6]));
    let empty = &a[4..4];
    println!("empty: {:?} {}", empty, empty.is_empty());

    let mut v = vec![9, 3, 7, 1, 8, 2];
    v[1..5].sort();
    println!("{:?}", v);
    v[..3].reverse();
    println!("{:?}", v);
    let tail = &v[v.len() - 2..];
    println!("tail: {:?}", tail);

    let words: Vec<&str> = s.split(' ').collect();
    let last_two = &words[1..];
    println!("{}", last_two.join("+"));

    let mut grid = [[0; 3]; 3];
    for row in grid[1..].iter_mut() {
        row[0] = 1;
    }
    println!("{:?}", grid);
}
