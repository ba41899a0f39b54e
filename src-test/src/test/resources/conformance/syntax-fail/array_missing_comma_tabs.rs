fn main() {
	if true {
		let x = [1, 2 3];
	}
}
