// A type with no IntoIterator impl used in a `for` loop: rustc reports the blanket impl's `Iterator` bound.
struct Playlist {
    songs: Vec<String>,
}

fn main() {
    let p = Playlist { songs: vec![String::from("a")] };
    for song in p {
        println!("{}", song);
    }
}
