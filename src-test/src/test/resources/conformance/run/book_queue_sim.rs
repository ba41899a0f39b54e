// Queue simulation: Vec as FIFO with remove(0), structs, a simple LCG random, u32 wrapping math
#[derive(Debug, Clone, Copy)]
struct Customer {
    id: u32,
    arrival: u32,
    service: u32,
}

struct Lcg {
    state: u32,
}

impl Lcg {
    fn next(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(1103515245).wrapping_add(12345);
        (self.state >> 16) & 0x7fff
    }
}

fn main() {
    let mut rng = Lcg { state: 42 };
    let mut queue: Vec<Customer> = Vec::new();
    let mut next_id = 1;
    let mut busy_until = 0u32;
    let mut served = 0;
    let mut total_wait = 0u32;
    let mut max_len = 0usize;

    for tick in 0..40u32 {
        if rng.next() % 3 == 0 {
            let c = Customer { id: next_id, arrival: tick, service: 1 + rng.next() % 4 };
            next_id += 1;
            queue.push(c);
            println!("t={:>2} arrive #{} (needs {})", tick, c.id, c.service);
        }
        if queue.len() > max_len {
            max_len = queue.len();
        }
        if tick >= busy_until && !queue.is_empty() {
            let c = queue.remove(0);
            let wait = tick - c.arrival;
            total_wait += wait;
            served += 1;
            busy_until = tick + c.service;
            println!("t={:>2} serve  #{} waited {}", tick, c.id, wait);
        }
    }
    println!("served {} customers, {} still waiting", served, queue.len());
    println!("max queue length {}", max_len);
    if served > 0 {
        println!("average wait {:.3}", total_wait as f64 / served as f64);
    }
    println!("left: {:?}", queue);
}
