//! `elasticpath-subscriptions-sandbox`: runs the sandbox of the API until interrupted,
//! on the system clock (schedules fire and jobs run as real time passes),
//! with the HTTP server's timeouts and limits (`elasticpath_subscriptions_server::serve`).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use elasticpath_subscriptions_sandbox::state::StateDir;
use elasticpath_subscriptions_sandbox::{RunSettings, Sandbox};

const AFTER_HELP: &str = "\
Tokens: with --client-id and --client-secret, POST /oauth/access_token issues
tokens to those credentials only, and only its tokens are accepted until they
expire; with --token, that token and no other (the token endpoint issues none);
with neither, any non-empty bearer token (the token endpoint issues none).
Each client_id has a store of its own; organization records (state file
`organization:`) are seen by every store.

State: --seed loads a file at start; GET /__sandbox/state exports the same
format, PUT /__sandbox/state replaces it (all or nothing); --state-dir keeps it
across restarts. The page at /__sandbox/ui shows the clock, schedules, jobs,
the journal and faults.

Admin endpoints (clock, state, faults, journal, job outcomes, the page) are
under /__sandbox and need no token: never expose them.";

/// A local fake of the Elastic Path Subscriptions API (jobs and schedules).
#[derive(Debug, Parser)]
#[command(name = "elasticpath-subscriptions-sandbox", version, after_help = AFTER_HELP, max_term_width = 100)]
struct Options {
    /// Where to listen (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDRESS")]
    listen: SocketAddr,

    /// Accept this bearer token and no other.
    #[arg(long, env = "EP_SANDBOX_TOKEN", hide_env_values = true, conflicts_with_all = ["client_id", "client_secret"])]
    token: Option<String>,

    /// With --client-secret: issue tokens to these client credentials only.
    /// Give the pair again for another client, with a store of its own.
    #[arg(long, env = "EP_CLIENT_ID", requires = "client_secret", value_name = "ID")]
    client_id: Vec<String>,

    /// With --client-id.
    #[arg(long, env = "EP_CLIENT_SECRET", hide_env_values = true, requires = "client_id", value_name = "SECRET")]
    client_secret: Vec<String>,

    /// Client credentials from a file, a `client_id:client_secret` a line
    /// (each with a store of its own).
    #[arg(long, value_name = "FILE", conflicts_with = "token")]
    credentials: Option<std::path::PathBuf>,

    /// Loads jobs, schedules, the clock and planned outcomes from FILE
    /// (JSON or YAML, as GET /__sandbox/state exports them) at start.
    #[arg(long, value_name = "FILE")]
    seed: Option<std::path::PathBuf>,

    /// Saves the state in DIR (state.json) after changes and at exit, and
    /// loads it at start (before --seed, which is then not used).
    #[arg(long, value_name = "DIR")]
    state_dir: Option<std::path::PathBuf>,

    /// How soon after a change the state is saved, in milliseconds (at
    /// most that much is lost in a crash).
    #[arg(long, default_value_t = 1000, value_name = "MS", requires = "state_dir")]
    save_every_ms: u64,

    /// How long issued tokens last, in seconds.
    #[arg(long, default_value_t = 3600, value_name = "SECONDS")]
    token_lifetime: u64,

    /// Answer 429 past this many requests a second (Elastic Path: 100 in
    /// production, 25 in development).
    #[arg(long, value_name = "PER_SECOND")]
    rate_limit: Option<u32>,

    /// The URL clients reach the sandbox at, for links (default: the
    /// address listened on).
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,

    /// How long a new job waits before it may start, in seconds.
    #[arg(long, value_name = "SECONDS")]
    job_start_after: Option<u64>,

    /// How long every job runs, in seconds (default: 60 for billing and
    /// payment runs, 30 for the others).
    #[arg(long, value_name = "SECONDS")]
    job_run_for: Option<u64>,
}

/// Every set of client credentials given: the flags', then the file's.
fn credentials(options: &Options) -> Result<Vec<(String, String)>, String> {
    if options.client_id.len() != options.client_secret.len() {
        return Err("give --client-id and --client-secret in pairs".to_owned());
    }
    let mut all: Vec<(String, String)> =
        options.client_id.iter().cloned().zip(options.client_secret.iter().cloned()).collect();
    if let Some(path) = &options.credentials {
        let text = std::fs::read_to_string(path).map_err(|e| format!("--credentials {}: {e}", path.display()))?;
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (id, secret) =
                line.split_once(':').filter(|(id, secret)| !id.is_empty() && !secret.is_empty()).ok_or_else(|| {
                    format!("--credentials {}:{}: expected client_id:client_secret", path.display(), number + 1)
                })?;
            all.push((id.to_owned(), secret.to_owned()));
        }
    }
    Ok(all)
}

fn sandbox(options: &Options) -> Result<Sandbox, String> {
    let mut sandbox = Sandbox::new().with_token_lifetime(Duration::from_secs(options.token_lifetime));
    if let Some(token) = &options.token {
        sandbox = sandbox.with_token(token);
    }
    for (id, secret) in credentials(options)? {
        sandbox = sandbox.with_client_credentials(&id, &secret);
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
    let saved = options.state_dir.as_ref().map(|dir| dir.join("state.json")).filter(|file| file.exists());
    if let Some(file) = saved.as_ref().or(options.seed.as_ref()) {
        sandbox.load_state_file(file).map_err(|e| e.to_string())?;
    }
    Ok(sandbox)
}

/// What the sandbox says when it starts: where everything is, and how to
/// get a token. The first line names the API's base URL (scripts read it).
fn banner(options: &Options, base_url: &str, origin: &str) -> String {
    let first_id = options.client_id.first().cloned().or_else(|| {
        options.credentials.as_ref().and_then(|_| credentials(options).ok()?.first().map(|(id, _)| id.clone()))
    });
    let token = match (&options.token, first_id) {
        (Some(_), _) => "send the token given with --token (the token endpoint issues none)".to_owned(),
        (None, Some(id)) => format!(
            "curl -s {origin}/oauth/access_token -d grant_type=client_credentials -d client_id={id} -d client_secret=…"
        ),
        (None, None) => "send any bearer token, such as `Authorization: Bearer sandbox`".to_owned(),
    };
    format!(
        "sandbox listening on {base_url}\n  \
         the API:            {base_url} (its spec: {origin}/openapi.json)\n  \
         the token endpoint: {origin}/oauth/access_token\n  \
         the page:           {origin}/__sandbox/ui (the clock, schedules, jobs, the journal, faults)\n  \
         admin endpoints:    {origin}/__sandbox/clock, …/state, …/faults, …/journal, …/outcomes (no token; never expose them)\n  \
         a token:            {token}"
    )
}

fn main() -> ExitCode {
    let options = Options::parse();
    let sandbox = match sandbox(&options) {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let sandbox_handle = sandbox.clone();
    runtime.block_on(async move {
        let running = match elasticpath_subscriptions_sandbox::serve_on(sandbox, options.listen).await {
            Ok(running) => running,
            Err(e) => {
                eprintln!("error: cannot listen on {}: {e}", options.listen);
                return ExitCode::FAILURE;
            }
        };
        // One write, whose failure (no one reads standard output) is not
        // the sandbox's: it goes on serving.
        let banner = banner(&options, running.base_url(), &format!("http://{}", running.address()));
        let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), format!("{banner}\n").as_bytes());
        let state_dir = match options.state_dir.as_deref().map(StateDir::new).transpose() {
            Ok(dir) => dir,
            Err(e) => {
                eprintln!("error: --state-dir: {e}");
                return ExitCode::FAILURE;
            }
        };
        match &state_dir {
            Some(dir) => {
                // Saved soon after changes; at exit, once more.
                let saving =
                    sandbox_handle.keep_saved(dir.clone(), Duration::from_millis(options.save_every_ms.max(1)));
                tokio::select! {
                    _ = saving => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            None => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
        running.stop().await;
        if let Some(dir) = state_dir
            && let Err(e) = dir.save(&sandbox_handle.export_state())
        {
            eprintln!("error: cannot save the state in {}: {e}", dir.file().display());
            return ExitCode::FAILURE;
        }
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn parse(line: &str) -> Result<Options, clap::Error> {
        Options::try_parse_from(std::iter::once("sandbox").chain(line.split_whitespace()))
    }

    #[test]
    fn the_command_line_is_read_and_checked() {
        Options::command().debug_assert();
        let options =
            parse("--client-id a --client-secret b --token-lifetime 60 --rate-limit 25 --job-run-for 5").unwrap();
        assert_eq!(
            (options.client_id.first().map(String::as_str), options.token_lifetime, options.rate_limit),
            (Some("a"), 60, Some(25))
        );
        assert_eq!(options.job_run_for, Some(5));
        assert!(sandbox(&options).is_ok());
        assert!(
            parse("--token t --client-id a --client-secret b").unwrap_err().to_string().contains("cannot be used with")
        );
        assert!(parse("--client-id a").unwrap_err().to_string().contains("--client-secret"));
        assert!(parse("--rate-limit many").is_err());
        assert!(parse("--listen").is_err());
    }

    #[test]
    fn the_banner_says_where_everything_is_and_how_to_get_a_token() {
        let options = parse("--client-id demo --client-secret s3cret").unwrap();
        let banner = banner(&options, "http://127.0.0.1:8080/v2", "http://127.0.0.1:8080");
        assert!(banner.starts_with("sandbox listening on http://127.0.0.1:8080/v2\n"), "{banner}");
        assert!(banner.contains("http://127.0.0.1:8080/oauth/access_token -d grant_type=client_credentials"));
        assert!(banner.contains("/__sandbox/clock"));
        assert!(!banner.contains("s3cret"), "the secret is never printed");
    }
}
