fn f(r: Result<Option<u8>, bool>) {
    match r {
        Ok(Some(0..=9)) => {}
        Ok(None) => {}
        Err(true) => {}
    }
}
