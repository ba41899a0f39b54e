fn main() {
	let s = "héllo wörld 🦀";
	let n = s.len() 1;
}
