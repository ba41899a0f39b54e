// Nested repetitions in matchers and transcribers, and a variable of an outer repetition used inside an inner one.
macro_rules! matrix {
    ($([$($x:expr),*]),*) => {
        vec![$(vec![$($x),*]),*]
    };
}

macro_rules! table {
    ($($row:ident: $($cell:expr),+);+) => {{
        let mut lines = Vec::new();
        $(
            let mut line = String::from(stringify_row(stringify_rows::$row));
            $(line.push_str(&format!(" {}", $cell));)+
            lines.push(line);
        )+
        lines
    }};
}

mod stringify_rows {
    pub const first: &str = "first:";
    pub const second: &str = "second:";
}

fn stringify_row(s: &str) -> &str {
    s
}

macro_rules! tagged {
    ($tag:expr; $($group:ident [$($n:expr),*])*) => {{
        let mut out: Vec<String> = Vec::new();
        $($(out.push(format!("{}-{}-{}", $tag, stringify_group(stringify_groups::$group), $n));)*)*
        out
    }};
}

mod stringify_groups {
    pub const a: &str = "a";
    pub const b: &str = "b";
}

fn stringify_group(s: &str) -> &str {
    s
}

fn main() {
    let m = matrix!([1, 2, 3], [4, 5, 6], [7, 8, 9]);
    println!("{:?}", m);
    let diag: Vec<i32> = (0..3).map(|i| m[i][i]).collect();
    println!("diagonal {:?}", diag);
    let empty: Vec<Vec<i32>> = matrix!();
    println!("empty {:?}", empty);
    for line in table!(first: 1, 2, 3; second: 10, 20) {
        println!("{}", line);
    }
    println!("{:?}", tagged!("t"; a [1, 2] b [3]));
}
