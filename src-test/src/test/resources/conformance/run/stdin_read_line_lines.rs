use std::io::{self, BufRead, Read};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut first = String::new();
    stdin.read_line(&mut first)?;
    let n: usize = first.trim().parse().unwrap();
    let mut total = 0i64;
    {
        let mut lines = stdin.lock().lines();
        for _ in 0..n {
            let line = lines.next().unwrap()?;
            for w in line.split_whitespace() {
                total += w.parse::<i64>().unwrap();
            }
        }
    }
    println!("total {}", total);
    let mut rest = String::new();
    io::stdin().read_to_string(&mut rest)?;
    println!("rest {:?}", rest);
    Ok(())
}
