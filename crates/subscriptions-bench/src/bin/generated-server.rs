//! `generated-server --listen ADDRESS`: the generated router over a minimal
//! implementation doing the floor's work, for `cargo xtask bench-report`.
//! Prints its address, serves until killed.

#[tokio::main]
async fn main() {
    let listen = std::env::args().skip_while(|a| a != "--listen").nth(1).unwrap_or_else(|| "127.0.0.1:0".to_owned());
    let listener = tokio::net::TcpListener::bind(&listen).await.expect("bind");
    println!("generated listening on http://{}/v2", listener.local_addr().expect("an address"));
    axum::serve(listener, subscriptions_bench::generated_router()).await.expect("serve");
}
