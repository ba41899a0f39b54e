fn main() {
    let arr: [i32; 3] = [1, 2, 3];
    let first = arr[0;
}
