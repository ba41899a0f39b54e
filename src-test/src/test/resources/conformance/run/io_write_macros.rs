use std::io::{self, BufWriter, Write};

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "locked {}", 1)?;
    write!(out, "no newline ")?;
    writeln!(out)?;
    let mut w = BufWriter::new(io::stdout());
    for i in 0..3 {
        writeln!(w, "line {}", i)?;
    }
    w.flush()?;
    writeln!(io::stderr(), "to stderr").unwrap();
    Ok(())
}
