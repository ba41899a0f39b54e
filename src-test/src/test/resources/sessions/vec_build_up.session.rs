// A Vec built up over several cells: push, extend, sort, iterate.
// -- cell
let mut scores: Vec<i32> = Vec::new();
scores.push(70);
// -- cell
scores.push(95);
scores.push(82);
scores
// -- cell
scores.extend([60, 88]);
scores.len()
// -- cell
scores.sort();
println!("sorted: {:?}", scores);
// -- cell
for s in &scores {
    if *s >= 85 {
        println!("high score: {}", s);
    }
}
// -- cell
let best = scores[scores.len() - 1];
let worst = scores[0];
(worst, best)
// -- cell
scores.retain(|&s| s != 60);
scores.iter().sum::<i32>()
// -- cell
scores.pop()
// -- cell
scores
