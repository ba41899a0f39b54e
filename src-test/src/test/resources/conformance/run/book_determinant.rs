// Matrix determinant: 2D arrays, recursion over Vec<Vec<f64>>, Gaussian elimination, float formatting
fn det_recursive(m: &Vec<Vec<i64>>) -> i64 {
    let n = m.len();
    if n == 1 {
        return m[0][0];
    }
    if n == 2 {
        return m[0][0] * m[1][1] - m[0][1] * m[1][0];
    }
    let mut total = 0;
    for col in 0..n {
        let mut minor: Vec<Vec<i64>> = Vec::new();
        for r in 1..n {
            let mut row = Vec::new();
            for c in 0..n {
                if c != col {
                    row.push(m[r][c]);
                }
            }
            minor.push(row);
        }
        let sign = if col % 2 == 0 { 1 } else { -1 };
        total += sign * m[0][col] * det_recursive(&minor);
    }
    total
}

fn det_gauss(mut a: [[f64; 3]; 3]) -> f64 {
    let mut det = 1.0;
    for i in 0..3 {
        let mut pivot = i;
        for r in (i + 1)..3 {
            if a[r][i].abs() > a[pivot][i].abs() {
                pivot = r;
            }
        }
        if a[pivot][i] == 0.0 {
            return 0.0;
        }
        if pivot != i {
            let tmp = a[pivot];
            a[pivot] = a[i];
            a[i] = tmp;
            det = -det;
        }
        det *= a[i][i];
        for r in (i + 1)..3 {
            let factor = a[r][i] / a[i][i];
            for c in i..3 {
                a[r][c] -= factor * a[i][c];
            }
        }
    }
    det
}

fn main() {
    let m = vec![vec![2, -3, 1], vec![2, 0, -1], vec![1, 4, 5]];
    println!("det = {}", det_recursive(&m));
    let m4 = vec![
        vec![1, 0, 2, -1],
        vec![3, 0, 0, 5],
        vec![2, 1, 4, -3],
        vec![1, 0, 5, 0],
    ];
    println!("det4 = {}", det_recursive(&m4));
    let a = [[2.0, -3.0, 1.0], [2.0, 0.0, -1.0], [1.0, 4.0, 5.0]];
    let d = det_gauss(a);
    println!("gauss det = {} ({:.4})", d, d);
    let singular = [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [0.5, 1.0, 7.0]];
    println!("singular det = {:?}", det_gauss(singular));
    let h = [[1.0, 0.5, 1.0 / 3.0], [0.5, 1.0 / 3.0, 0.25], [1.0 / 3.0, 0.25, 0.2]];
    println!("hilbert det = {} = {:e}", det_gauss(h), det_gauss(h));
    println!("{:?}", h[1]);
}
