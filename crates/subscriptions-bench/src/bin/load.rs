//! `load METHOD URL EXPECTED_STATUS CONNECTIONS SECONDS [BODY]`: runs the
//! load generator from its own process and prints one JSON line.

use std::time::Duration;

use subscriptions_load::{Target, run};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 5 {
        eprintln!("usage: load METHOD URL EXPECTED_STATUS CONNECTIONS SECONDS [BODY]");
        std::process::exit(2);
    }
    let target = Target {
        method: args[0].clone(),
        url: args[1].clone(),
        expect: args[2].parse().expect("a status"),
        body: args.get(5).cloned(),
    };
    let measured =
        run(&target, args[3].parse().expect("connections"), Duration::from_secs_f64(args[4].parse().expect("seconds")));
    println!("{}", serde_json::to_string(&measured).expect("json"));
}
