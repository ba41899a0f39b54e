// Text justification with width specs: words array, greedy line breaking, String building, {:^w} / {:>w} / {:<w}
fn break_lines<'a>(words: &[&'a str], width: usize) -> Vec<Vec<&'a str>> {
    let mut lines: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut len = 0;
    for &w in words {
        let extra = if current.is_empty() { w.len() } else { w.len() + 1 };
        if len + extra > width && !current.is_empty() {
            lines.push(current);
            current = Vec::new();
            len = 0;
        }
        len += if current.is_empty() { w.len() } else { w.len() + 1 };
        current.push(w);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn full_justify(line: &Vec<&str>, width: usize) -> String {
    if line.len() == 1 {
        return pad_right(line[0], width);
    }
    let mut letters = 0;
    for w in line {
        letters += w.len();
    }
    let gaps = line.len() - 1;
    let spaces = width - letters;
    let base = spaces / gaps;
    let extra = spaces % gaps;
    let mut s = String::new();
    for i in 0..line.len() {
        s.push_str(line[i]);
        if i < gaps {
            let n = base + if i < extra { 1 } else { 0 };
            s.push_str(&" ".repeat(n));
        }
    }
    s
}

fn join(line: &Vec<&str>) -> String {
    let mut s = String::new();
    for w in line {
        if !s.is_empty() {
            s += " ";
        }
        s += *w;
    }
    s
}

fn pad_right(s: &str, width: usize) -> String {
    let mut out = String::from(s);
    while out.len() < width {
        out.push(' ');
    }
    out
}

fn main() {
    let words = ["This", "is", "an", "example", "of", "text", "justification,", "where", "every",
        "line", "is", "exactly", "the", "same", "width", "except", "the", "last", "one."];
    for width in [16, 24] {
        let lines = break_lines(&words, width);
        println!("+{}+", "-".repeat(width));
        for i in 0..lines.len() {
            let body = if i + 1 == lines.len() {
                pad_right(&join(&lines[i]), width)
            } else {
                full_justify(&lines[i], width)
            };
            println!("|{}|", body);
        }
        println!("+{}+", "-".repeat(width));
    }
    let lines = break_lines(&words, 20);
    for l in &lines {
        let j = join(l);
        println!("[{:^20}] [{:>20}] [{:*<20}]", j, j, j);
    }
    println!("{} lines, first has {} words", lines.len(), lines[0].len());
}
