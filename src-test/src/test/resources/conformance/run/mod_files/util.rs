pub fn banner(title: &str) -> String {
    format!("== {} ==", title)
}

pub fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        panic!("division of {} by zero", a);
    }
    a / b
}
