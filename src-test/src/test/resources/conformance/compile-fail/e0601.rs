fn helper() -> i32 {
    1
}
