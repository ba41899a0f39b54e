// Bubble, insertion and selection sorts: &mut [T] slices, generic T: PartialOrd + Copy, swap counting
fn bubble_sort(v: &mut Vec<i32>) -> u32 {
    let mut swaps = 0;
    let n = v.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn insertion_sort<T: PartialOrd + Copy>(v: &mut [T]) {
    for i in 1..v.len() {
        let key = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > key {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = key;
    }
}

fn selection_sort(v: &mut Vec<String>) {
    let n = v.len();
    for i in 0..n {
        let mut min = i;
        for j in (i + 1)..n {
            if v[j] < v[min] {
                min = j;
            }
        }
        if min != i {
            v.swap(i, min);
        }
    }
}

fn is_sorted<T: PartialOrd>(v: &[T]) -> bool {
    for i in 1..v.len() {
        if v[i - 1] > v[i] {
            return false;
        }
    }
    true
}

fn main() {
    let mut a = vec![5, 1, 4, 2, 8, 0, -3, 7];
    println!("before {:?} sorted? {}", a, is_sorted(&a));
    let swaps = bubble_sort(&mut a);
    println!("after  {:?} swaps={} sorted? {}", a, swaps, is_sorted(&a));
    let mut already = vec![1, 2, 3];
    println!("swaps on sorted: {}", bubble_sort(&mut already));

    let mut f = [3.5, -1.25, 9.0, 0.0, 2.75];
    insertion_sort(&mut f);
    println!("smallest {} largest {}", f[0], f[4]);
    println!("{:?}", f);
    let mut chars = ['d', 'a', 'c', 'b'];
    insertion_sort(&mut chars);
    println!("{:?}", chars);

    let mut names = vec![String::from("mallory"), String::from("alice"), String::from("eve"), String::from("bob")];
    selection_sort(&mut names);
    println!("{:?}", names);
    let mut nums = vec![10u8, 200, 3, 3, 77];
    nums.sort();
    nums.dedup();
    println!("{:?}", nums);
}
