//! `elasticpath-subscriptions-sandbox`: runs the sandbox of the API until interrupted,
//! on the system clock (schedules fire and jobs run as real time passes),
//! with the HTTP server's timeouts and limits (`elasticpath_subscriptions_server::serve`).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use elasticpath_subscriptions_sandbox::{RunSettings, Sandbox};

const USAGE: &str = "\
usage: elasticpath-subscriptions-sandbox [--listen ADDRESS] [--token TOKEN | --client-id ID --client-secret SECRET]
                             [--token-lifetime SECONDS] [--rate-limit PER_SECOND] [--public-url URL]
                             [--job-start-after SECONDS] [--job-run-for SECONDS]

  --listen ADDRESS          where to listen (default 127.0.0.1:8080; port 0 picks a free port)
  --token TOKEN             accept this bearer token and no other; POST /oauth/access_token
                            issues no token
  --client-id ID            with --client-secret: POST /oauth/access_token issues tokens to these
  --client-secret SECRET      client credentials only, and only its tokens are accepted, until
                            they expire
                            (with neither: any non-empty bearer token is accepted, and
                            POST /oauth/access_token issues none)
  --token-lifetime SECONDS  how long issued tokens last (default 3600)
  --rate-limit PER_SECOND   answer 429 past this many requests a second (Elastic Path: 100 in
                            production, 25 in development; default: no limit)
  --public-url URL          the URL clients reach the sandbox at, for links
                            (default: http://ADDRESS, the address listened on)
  --job-start-after SECONDS how long a new job waits before it may start (default 1)
  --job-run-for SECONDS     how long every job runs (default 60 for billing and payment
                            runs, 30 for the others)

Admin endpoints (clock, faults, journal, job outcomes) are under /__sandbox: never expose it.";

/// The command line, read.
#[derive(Debug, Default)]
struct Options {
    listen: Option<SocketAddr>,
    token: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    token_lifetime: Option<u64>,
    rate_limit: Option<u32>,
    public_url: Option<String>,
    job_start_after: Option<u64>,
    job_run_for: Option<u64>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(None);
        }
        let value = args.next().ok_or_else(|| format!("`{arg}` needs a value"))?;
        let number = |what: &str| value.parse::<u64>().map_err(|e| format!("{what} {value}: {e}"));
        match arg.as_str() {
            "--listen" => options.listen = Some(value.parse().map_err(|e| format!("--listen {value}: {e}"))?),
            "--token" => options.token = Some(value),
            "--client-id" => options.client_id = Some(value),
            "--client-secret" => options.client_secret = Some(value),
            "--token-lifetime" => options.token_lifetime = Some(number("--token-lifetime")?),
            "--rate-limit" => {
                options.rate_limit = Some(
                    u32::try_from(number("--rate-limit")?).map_err(|_| format!("--rate-limit {value}: too large"))?,
                )
            }
            "--public-url" => options.public_url = Some(value),
            "--job-start-after" => options.job_start_after = Some(number("--job-start-after")?),
            "--job-run-for" => options.job_run_for = Some(number("--job-run-for")?),
            _ => return Err(format!("unexpected `{arg}`")),
        }
    }
    match (&options.token, &options.client_id, &options.client_secret) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            Err("--token and client credentials exclude each other".into())
        }
        (_, Some(_), None) | (_, None, Some(_)) => Err("--client-id and --client-secret go together".into()),
        _ => Ok(Some(options)),
    }
}

fn sandbox(options: &Options) -> Result<Sandbox, String> {
    let mut sandbox = Sandbox::new();
    if let Some(seconds) = options.token_lifetime {
        sandbox = sandbox.with_token_lifetime(Duration::from_secs(seconds));
    }
    if let Some(token) = &options.token {
        sandbox = sandbox.with_token(token);
    }
    if let (Some(id), Some(secret)) = (&options.client_id, &options.client_secret) {
        sandbox = sandbox.with_client_credentials(id, secret);
    }
    if let Some(per_second) = options.rate_limit {
        sandbox = sandbox.with_rate_limit(per_second);
    }
    if let Some(url) = &options.public_url {
        sandbox = sandbox.with_public_url(url).map_err(|e| format!("--public-url: {e}"))?;
    }
    if options.job_start_after.is_some() || options.job_run_for.is_some() {
        let mut settings = RunSettings::default();
        if let Some(seconds) = options.job_start_after {
            settings.start_after = Duration::from_secs(seconds);
        }
        if let Some(seconds) = options.job_run_for {
            settings.run_for.clear();
            settings.default_run_for = Duration::from_secs(seconds);
        }
        sandbox = sandbox.with_run_settings(settings);
    }
    Ok(sandbox)
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let sandbox = match sandbox(&options) {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listen = options.listen.unwrap_or_else(|| "127.0.0.1:8080".parse().expect("a socket address"));
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let running = match elasticpath_subscriptions_sandbox::serve_on(sandbox, listen).await {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> impl Iterator<Item = String> {
        line.split_whitespace().map(str::to_owned).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn the_command_line_is_read_and_checked() {
        let options =
            parse(args("--client-id a --client-secret b --token-lifetime 60 --rate-limit 25 --job-run-for 5"))
                .unwrap()
                .unwrap();
        assert_eq!(
            (options.client_id.as_deref(), options.token_lifetime, options.rate_limit),
            (Some("a"), Some(60), Some(25))
        );
        assert_eq!(options.job_run_for, Some(5));
        assert!(sandbox(&options).is_ok());
        assert!(parse(args("--help")).unwrap().is_none());
        assert!(parse(args("--token t --client-id a --client-secret b")).unwrap_err().contains("exclude"));
        assert!(parse(args("--client-id a")).unwrap_err().contains("go together"));
        assert!(parse(args("--rate-limit many")).is_err());
        assert!(parse(args("--listen")).unwrap_err().contains("needs a value"));
    }
}
