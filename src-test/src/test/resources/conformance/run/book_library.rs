// Library catalogue: structs, enums, Vec of structs, Option returns, Clone, ..base syntax
#[derive(Debug, PartialEq)]
enum Status {
    Available,
    OnLoan { borrower: String, days: u32 },
    Lost,
}

#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    year: u16,
    status: Status,
}

struct Catalogue {
    books: Vec<Book>,
}

impl Catalogue {
    fn add(&mut self, title: &str, author: &str, year: u16) {
        let b = Book {
            title: title.to_string(),
            author: author.to_string(),
            year,
            status: Status::Available,
        };
        self.books.push(b);
    }

    fn find_index(&self, title: &str) -> Option<usize> {
        for i in 0..self.books.len() {
            if self.books[i].title == title {
                return Some(i);
            }
        }
        None
    }

    fn lend(&mut self, title: &str, who: &str) -> Result<(), String> {
        let idx = self.find_index(title).ok_or(format!("no such book: {}", title))?;
        let book = &mut self.books[idx];
        match &book.status {
            Status::Available => {
                book.status = Status::OnLoan { borrower: who.to_string(), days: 14 };
                Ok(())
            }
            Status::OnLoan { borrower, .. } => Err(format!("'{}' already lent to {}", title, borrower)),
            Status::Lost => Err(format!("'{}' is lost", title)),
        }
    }

    fn count_available(&self) -> usize {
        let mut n = 0;
        for b in &self.books {
            if b.status == Status::Available {
                n += 1;
            }
        }
        n
    }
}

fn main() {
    let mut cat = Catalogue { books: Vec::new() };
    cat.add("Dune", "Herbert", 1965);
    cat.add("Neuromancer", "Gibson", 1984);
    cat.add("Foundation", "Asimov", 1951);
    let template = Book {
        title: String::new(),
        author: String::from("Asimov"),
        year: 1951,
        status: Status::Available,
    };
    let sequel = Book { title: String::from("Foundation and Empire"), year: 1952, ..template };
    cat.books.push(sequel);

    println!("available: {}", cat.count_available());
    println!("{:?}", cat.lend("Dune", "ann"));
    println!("{:?}", cat.lend("Dune", "bob"));
    println!("{:?}", cat.lend("Snow Crash", "bob"));
    cat.books[1].status = Status::Lost;
    println!("{:?}", cat.lend("Neuromancer", "cy"));
    println!("available: {}", cat.count_available());

    for b in cat.books.iter() {
        let s = match &b.status {
            Status::Available => String::from("on shelf"),
            Status::OnLoan { borrower, days } => format!("with {} for {} days", borrower, days),
            Status::Lost => "LOST".to_string(),
        };
        println!("{:<24}{:<10}{:>5}  {}", b.title, b.author, b.year, s);
    }
    if let Some(i) = cat.find_index("Foundation and Empire") {
        println!("{:#?}", cat.books[i]);
    }
}
