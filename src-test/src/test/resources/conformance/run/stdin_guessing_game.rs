use std::io;
use std::io::Write;

fn main() {
    println!("Guess the number!");
    let secret = 42;
    loop {
        print!("Please input your guess: ");
        io::stdout().flush().unwrap();
        let mut guess = String::new();
        let n = io::stdin()
            .read_line(&mut guess)
            .expect("Failed to read line");
        if n == 0 {
            println!("bye");
            break;
        }
        let guess: u32 = match guess.trim().parse() {
            Ok(num) => num,
            Err(_) => continue,
        };
        println!("You guessed: {guess}");
        if guess < secret {
            println!("Too small!");
        } else if guess > secret {
            println!("Too big!");
        } else {
            println!("You win!");
            break;
        }
    }
}
