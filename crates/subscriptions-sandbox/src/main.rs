//! `subscriptions-sandbox --listen 127.0.0.1:PORT [--token TOKEN] [--public-url URL]`:
//! runs the in-memory sandbox of the API until interrupted, with the HTTP
//! server's timeouts and limits (`subscriptions_server::serve`).

use std::net::SocketAddr;
use std::process::ExitCode;

use subscriptions_sandbox::Sandbox;

const USAGE: &str = "\
usage: subscriptions-sandbox [--listen ADDRESS] [--token TOKEN] [--public-url URL]

  --listen ADDRESS    where to listen (default 127.0.0.1:8080; port 0 picks a free port)
  --token TOKEN       accept only this bearer token (default: any non-empty token)
  --public-url URL    the URL clients reach the sandbox at, for pagination links
                      (default: http://ADDRESS, the address listened on)";

fn main() -> ExitCode {
    let mut listen: SocketAddr = "127.0.0.1:8080".parse().expect("a socket address");
    let mut token: Option<String> = None;
    let mut public_url: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--listen", Some(value)) => match value.parse() {
                Ok(address) => listen = address,
                Err(e) => {
                    eprintln!("error: --listen {value}: {e}\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            ("--token", Some(value)) => token = Some(value),
            ("--public-url", Some(value)) => public_url = Some(value),
            ("--help" | "-h", _) => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => {
                eprintln!("error: unexpected `{arg}`\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let mut sandbox = Sandbox::new();
        if let Some(token) = &token {
            sandbox = sandbox.with_token(token);
        }
        if let Some(url) = &public_url {
            sandbox = match sandbox.with_public_url(url) {
                Ok(sandbox) => sandbox,
                Err(e) => {
                    eprintln!("error: --public-url: {e}\n{USAGE}");
                    return ExitCode::from(2);
                }
            };
        }
        let running = match subscriptions_sandbox::serve_on(sandbox, listen).await {
            Ok(running) => running,
            Err(e) => {
                eprintln!("error: cannot listen on {listen}: {e}");
                return ExitCode::FAILURE;
            }
        };
        println!("sandbox listening on {} (spec at http://{}/openapi.json)", running.base_url(), running.address());
        let _ = tokio::signal::ctrl_c().await;
        running.stop().await;
        ExitCode::SUCCESS
    })
}
