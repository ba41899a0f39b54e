// Matrix arithmetic with Vec<Vec<i64>>: multiplication, transpose, identity, pretty printing.
#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Vec<i64>>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        let mut data = Vec::new();
        for _ in 0..rows {
            data.push(vec![0i64; cols]);
        }
        Matrix { rows, cols, data }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m.data[i][i] = 1;
        }
        m
    }

    fn from(rows: &[[i64; 3]]) -> Matrix {
        let mut m = Matrix::zeros(rows.len(), 3);
        for r in 0..rows.len() {
            for c in 0..3 {
                m.data[r][c] = rows[r][c];
            }
        }
        m
    }

    fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut out = Matrix::zeros(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let mut sum = 0;
                for k in 0..self.cols {
                    sum += self.data[i][k] * other.data[k][j];
                }
                out.data[i][j] = sum;
            }
        }
        Some(out)
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                t.data[j][i] = self.data[i][j];
            }
        }
        t
    }

    fn print(&self) {
        for row in &self.data {
            let mut line = String::new();
            for v in row {
                line.push_str(&format!("{:>5}", v));
            }
            println!("[{}]", line);
        }
    }
}

fn main() {
    let a = Matrix::from(&[[1, 2, 3], [4, 5, 6]]);
    let b = a.transpose();
    let c = a.mul(&b).unwrap();
    c.print();
    println!("{:?}", c);
    println!("{}", a.mul(&a).is_none());
    let i = Matrix::identity(2);
    println!("{}", i.mul(&c).unwrap() == c);
    println!("{:#?}", i);
}
