fn main() {
    let café = "crème brûlée"; let x = café ä 2;
}
