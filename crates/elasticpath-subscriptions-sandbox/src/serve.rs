//! Serving a sandbox on a socket, and the background task that makes
//! things happen as the clock passes them.

use std::net::SocketAddr;
use std::time::Duration;

use elasticpath_subscriptions_server::ServeOptions;

use crate::Sandbox;

/// A sandbox served on 127.0.0.1; stopped when dropped.
#[derive(Debug)]
pub struct Running {
    address: SocketAddr,
    base_url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
    ticker: Option<tokio::task::JoinHandle<()>>,
}

impl Running {
    /// The base URL to give a client: `http://127.0.0.1:PORT/v2`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops serving and waits until the server has finished.
    pub async fn stop(mut self) {
        if let Some(ticker) = self.ticker.take() {
            ticker.abort();
        }
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(ticker) = self.ticker.take() {
            ticker.abort();
        }
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Serves `sandbox` on a free port of 127.0.0.1, for tests.
pub async fn spawn(sandbox: Sandbox) -> std::io::Result<Running> {
    serve_on(sandbox, "127.0.0.1:0".parse().expect("a socket address")).await
}

/// Serves `sandbox` on `address` with the default [`ServeOptions`].
pub async fn serve_on(sandbox: Sandbox, address: SocketAddr) -> std::io::Result<Running> {
    serve_with(sandbox, address, ServeOptions::default()).await
}

/// Serves `sandbox` on `address` through [`elasticpath_subscriptions_server::serve()`],
/// with its timeouts and limits. Unless [`Sandbox::with_public_url`] set
/// one, links point at the address served.
pub async fn serve_with(sandbox: Sandbox, address: SocketAddr, options: ServeOptions) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    let address = listener.local_addr()?;
    let sandbox = if &*sandbox.public_url == "http://localhost" {
        sandbox.with_public_url(&format!("http://{address}")).expect("a socket address makes a URL")
    } else {
        sandbox
    };
    let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
    let ticker = tokio::spawn(tick(sandbox.clone()));
    let app = sandbox.router();
    let task = tokio::spawn(async move {
        let _ = elasticpath_subscriptions_server::serve(listener, app, options, async move {
            let _ = stopped.await;
        })
        .await;
    });
    Ok(Running {
        address,
        base_url: format!("http://{address}{}", elasticpath_subscriptions_server::BASE_PATH),
        shutdown: Some(shutdown),
        task: Some(task),
        ticker: Some(ticker),
    })
}

/// Makes things happen as the clock passes them, with no request needed:
/// wakes at the next event (at least once a second, to see a clock moved
/// from elsewhere), until aborted. Nothing it runs can end it: a panic in
/// one round is caught, and the next round goes on.
async fn tick(sandbox: Sandbox) {
    use futures_util::FutureExt;
    loop {
        let wait = match sandbox.next_event() {
            Some(at) => (at - sandbox.now()).to_std().unwrap_or(Duration::ZERO).min(Duration::from_secs(1)),
            None => Duration::from_secs(1),
        };
        tokio::time::sleep(wait.max(Duration::from_millis(10))).await;
        let _ = std::panic::AssertUnwindSafe(sandbox.settled()).catch_unwind().await;
    }
}
