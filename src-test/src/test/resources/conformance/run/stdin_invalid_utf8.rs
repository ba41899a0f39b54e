// A line that is not UTF-8: read_line fails (and leaves the string as it was), later lines still read;
// then an error in `main`'s Result ends the program with status 1.
use std::io::{self, BufRead, Read, Write};

fn main() -> io::Result<()> {
    let mut s = String::from("kept ");
    let r = io::stdin().read_line(&mut s);
    println!("{:?} {:?}", r, s);
    if let Err(e) = &r {
        println!("{} / {:?}", e, e.kind());
    }
    let e = io::Error::new(io::ErrorKind::Other, "oops");
    println!("{} | {:?}", e, e);
    io::stdout().flush()?;
    let mut line = String::new();
    let n = io::stdin().lock().read_line(&mut line)?;
    println!("{} {:?}", n, line);
    let mut rest = String::new();
    let r = io::stdin().read_to_string(&mut rest);
    println!("{:?} {:?}", r, rest);
    let mut more = String::new();
    println!("{:?}", io::stdin().read_line(&mut more));
    r?;
    Ok(())
}
