// Grade statistics: a Vec of records, sorting, averages with float formatting and a histogram.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    score: u32,
}

fn letter(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let names = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"];
    let scores = [93, 67, 85, 71, 59, 88];
    let mut students = Vec::new();
    for i in 0..names.len() {
        students.push(Student { name: names[i].to_string(), score: scores[i] });
    }
    let mut sorted = Vec::new();
    for s in scores {
        sorted.push(s);
    }
    sorted.sort();
    println!("{:?}", sorted);
    let mut sum = 0;
    for s in &students {
        sum += s.score;
    }
    let mean = sum as f64 / students.len() as f64;
    println!("mean {:.2}", mean);
    let median = (sorted[2] + sorted[3]) as f64 / 2.0;
    println!("median {:.1}", median);
    let mut hist = [0usize; 5];
    for s in students.iter() {
        let idx = match letter(s.score) {
            'A' => 0,
            'B' => 1,
            'C' => 2,
            'D' => 3,
            _ => 4,
        };
        hist[idx] += 1;
    }
    let labels = ['A', 'B', 'C', 'D', 'F'];
    for i in 0..5 {
        println!("{} {:<6}|", labels[i], "*".repeat(hist[i]));
    }
    let mut best = &students[0];
    for s in &students {
        if s.score > best.score {
            best = s;
        }
    }
    println!("{:?}", best);
}
