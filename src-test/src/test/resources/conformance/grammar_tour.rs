#!/usr/bin/env run-cargo-script
//! A tour of Rust 2021 syntax: every construct the front end must parse. It compiles with rustc
//! (GrammarTourTest checks that with the native rustc), so it is valid Rust, not just parseable text.
#![allow(dead_code, unused_variables, unused_mut, unused_unsafe, unused_labels, unreachable_code)]
#![allow(clippy::all)]

extern crate core as the_core;

use std::collections::{self, HashMap as Map, hash_map::Entry};
use std::fmt::{self, Debug, Display};
use std::ops::*;

pub(crate) mod inner {
    pub(super) fn helper() -> u8 { 1 }
    pub(in crate::inner) const K: u8 = 2;
    pub mod deeper {
        pub fn up() -> u8 { super::helper() + crate::inner::K }
    }
}

/// A documented struct with a default type parameter.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point<T = i32> { pub x: T, y: T }
struct Unit;
struct Pair(pub i32, u8);
struct Wrapper<'a, T: ?Sized + 'a, const N: usize>(&'a T, [u8; N]);

#[repr(u8)]
enum Shape { Circle { r: f64 }, Square(f64), Empty = 7 }

#[repr(C)]
union Bits { i: u32, f: f32 }

pub trait Area: Debug where Self: Sized {
    type Out: Copy;
    const SIDES: u32 = 0;
    fn area(&self) -> f64;
    fn scaled<F>(&mut self, f: F) -> Self::Out where F: Fn(f64) -> f64;
    fn default_method(self: Box<Self>) {}
}

impl<T: Copy + Debug> Point<T> {
    pub const ORIGIN_NAME: &'static str = "origin";
    pub fn new(x: T, y: T) -> Self { Self { x, y } }
    fn by_ref(&self) -> &T { &self.x }
    fn by_mut(&mut self) -> &mut T { &mut self.x }
    fn by_value(self) -> T { self.y }
    fn lifetimes<'a, 'b: 'a>(&'a self, other: &'b T) -> &'a T { other }
}

impl Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }
}

unsafe impl Send for Unit {}
impl<T> From<T> for Pair where T: Into<i32> { fn from(t: T) -> Self { Pair(t.into(), 0) } }
trait Marker {}
impl dyn Marker + '_ { fn on_trait_object(&self) {} }

type Callback<'a> = Box<dyn Fn(&'a str) -> Option<usize> + Send + 'a>;
type Hrtb = for<'a> fn(&'a u8) -> &'a u8;
const LIMIT: usize = 1 << 4;
static mut COUNTER: *const u8 = 0 as *const u8;
static GREETING: &str = "hi";

extern "C" {
    fn abs(x: i32) -> i32;
    static errno: i32;
}

unsafe extern "C" fn c_callback(x: i32) -> i32 { x }
const fn square(x: u32) -> u32 { x * x }
async fn fetch() -> u8 { 3 }
async fn waits() -> u8 { fetch().await + async { 1 }.await + async move { 2 }.await }

macro_rules! twice {
    ($e:expr) => { $e + $e };
    ($($x:tt)*) => { 0 };
}

fn generic<T, U: Clone, const N: usize>(t: T, u: &[U; N]) -> impl Iterator<Item = U> + '_
where
    T: Into<u64> + Copy,
    for<'b> &'b U: Debug,
{
    u.iter().cloned()
}

fn qualified() -> u8 { <u8 as Default>::default() + <Vec<u8>>::new().len() as u8 }

fn patterns(v: &[i32], opt: Option<(i32, &str)>, s: Shape) -> i32 {
    let [first, .., last] = [1, 2, 3] else { return 0 };
    let (a, mut b, ref c, ref mut d, _) = (1, 2, 3, 4, 5);
    let Point { x, y: ref why, .. } = Point { x: 1, y: 2 };
    let n @ 1..=9 = 5 else { unreachable!() };
    match v {
        [] => 0,
        [one] | [one, _] => *one,
        [head, rest @ ..] if *head > 0 => rest.len() as i32,
        [.., 0] => -1,
        _ => match opt {
            Some((0 | 1, "a" | "b")) => 1,
            Some((i32::MIN..=-1, _)) => 2,
            Some((100.., s)) if !s.is_empty() => 3,
            Some((..=-5, _)) => 4,
            Some((_, _)) | None => 5,
            _ => match s {
                Shape::Circle { r } if r > 1.0 => 6,
                Shape::Square(side) => side as i32,
                Shape::Empty | Shape::Circle { .. } => 7,
            },
        },
    }
}

fn expressions() -> Result<i32, String> {
    let v: Vec<Vec<u8>> = vec![vec![1], vec![]];
    let t = ((1, 2), 3);
    let inner = t.0.1 + t.1;
    let n = 0xFF_u8 as i32 as i64 + 1_000i64 * -2 % 3 << 2 >> 1 & 7 | 8 ^ 9;
    let f = 1.5e3_f64 + 2. + 1e-3 + 0.5f32 as f64;
    let chars = ('a', '\n', '\'', '\u{1F600}', b'x', b'\\');
    let strs = ("tab\tquote\"", r"raw\n", r#"raw "quoted""#, b"bytes\x7f", br"raw bytes", c"c string", cr"raw c");
    let cont = "line one \
                line two";
    let r = 1..10; let ri = ..=5; let rf = 3..; let full = ..; let ro = ..2;
    let cmp = !(1 < 2) && 3 >= 2 || 4 != 5;
    let mut x = 0;
    x += 1; x -= 1; x *= 2; x /= 1; x %= 3; x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 1;
    let closure = move |a: i32, b: i32| -> i32 { a + b };
    let unit = || ();
    let nested = |x: i32| move |y: i32| x + y;
    let labeled = 'outer: loop {
        'inner: for i in 0..10 {
            if i == 3 { continue 'inner; }
            while let Some(top) = Some(1) { break 'outer top; }
        }
    };
    let block_value = 'blk: { if x > 0 { break 'blk 1; } 2 };
    let unsafe_value = unsafe { 5 };
    let const_block = const { 3 + 4 };
    let arr = [0u8; 4];
    let idx = arr[1] + v[0][0];
    let turbofish = "5".parse::<i32>().map_err(|e| e.to_string())?;
    let collected = (0..3).map(|i| i * 2).collect::<Vec<_>>();
    let point = Point::<i32> { x: 1, ..Default::default() };
    let short = Point { x, y: 3 };
    let tuple_struct = Pair(1, 2);
    let method = Point::new(1, 2).by_value();
    let path_call = std::cmp::max(1, 2);
    let as_chain = 300i32 as u8 as char;
    let deref = *&mut x;
    let raw_ref = &raw const x;
    let neg = -x;
    let twice_value = twice!(3);
    let if_let = if let Some(v) = Some(3) { v } else if x == 0 { 1 } else { 2 };
    let m = match x { 0 => "zero", _ if x < 0 => "neg", _ => "pos" };
    let ret_in_match = match x { 0 => return Ok(0), _ => 1 };
    let struct_in_paren = if (Unit {}) == (Unit {}) { 1 } else { 0 };
    #[allow(unused)]
    let attributed = 5;
    println!("{} {x:?} {:>8.3}", 1 + 2, f);
    assert!(true, "message {}", 1);
    Ok(inner + idx as i32 + turbofish)
}

impl PartialEq for Unit { fn eq(&self, _: &Unit) -> bool { true } }

fn never() -> ! { panic!("never") }

fn main() {
    let _ = expressions();
    let _ = patterns(&[1], None, Shape::Empty);
}
