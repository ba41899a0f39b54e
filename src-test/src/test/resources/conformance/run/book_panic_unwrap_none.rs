// Panic: unwrap on None while looking up a student's grade (Option::unwrap location at caller)
struct Student {
    name: &'static str,
    grade: Option<u32>,
}

fn find<'a>(students: &'a [Student], name: &str) -> Option<&'a Student> {
    for s in students {
        if s.name == name {
            return Some(s);
        }
    }
    None
}

fn main() {
    let class = [
        Student { name: "ada", grade: Some(91) },
        Student { name: "bo", grade: None },
        Student { name: "cy", grade: Some(78) },
    ];
    for n in ["ada", "cy"] {
        let s = find(&class, n).unwrap();
        println!("{} scored {}", s.name, s.grade.unwrap());
    }
    let bo = find(&class, "bo").unwrap();
    println!("found {}", bo.name);
    let g = bo.grade.unwrap();
    println!("unreachable {}", g);
}
