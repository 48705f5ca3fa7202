//! Serving a router on the internet: the limits only the HTTP server can
//! enforce (see [`ServeOptions`]).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Limits of the HTTP server, for [`serve()`]: those only the HTTP server
/// can enforce, with hyper's and hyper-util's own settings.
///
/// [`router`](crate::router) already bounds what one request may cost
/// ([`RouterOptions`](crate::RouterOptions)). What it cannot see happens
/// before a request exists: a client that sends its headers one byte at a
/// time, or nothing at all; a thousand idle connections; a request head of
/// megabytes. [`serve()`] closes those with:
///
/// | setting | what it bounds | default |
/// |---|---|---|
/// | [`ServeOptions::header_read_timeout`] | the time to receive a request head, and the time an idle keep-alive connection waits for its next request (hyper starts that clock when it starts waiting) | 10 s |
/// | [`ServeOptions::max_connections`] | open connections; more wait in the listen backlog | 1,024 |
/// | [`ServeOptions::max_headers`] | headers per request, as hyper parses them | 100 |
/// | [`ServeOptions::max_head_bytes`] | the request line and headers together | 96 KiB |
///
/// Requests within those but over the router's own, lower limits (64
/// headers, 8 KiB per header, a 32 KiB request target) are answered by the
/// router in the API's error format. Past hyper's limits, hyper answers by
/// itself (`400` for a request line or `Content-Length` it cannot parse,
/// `414`, `431`), with the right status and an empty body: hyper 1 offers
/// no way to give those answers a body.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ServeOptions {
    /// How long a request head may take to arrive, and how long an idle
    /// keep-alive connection is kept.
    pub header_read_timeout: Duration,
    /// The most connections served at once.
    pub max_connections: usize,
    /// The most headers hyper parses in one request.
    pub max_headers: usize,
    /// The largest request head (request line and headers), in bytes.
    pub max_head_bytes: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 1024,
            max_headers: 100,
            max_head_bytes: 96 * 1024,
        }
    }
}

impl ServeOptions {
    /// Sets the header read (and idle keep-alive) timeout.
    pub fn header_read_timeout(mut self, timeout: Duration) -> Self {
        self.header_read_timeout = timeout;
        self
    }

    /// Sets the most connections served at once.
    pub fn max_connections(mut self, connections: usize) -> Self {
        self.max_connections = connections.max(1);
        self
    }

    /// Sets the most headers hyper parses in one request.
    pub fn max_headers(mut self, headers: usize) -> Self {
        self.max_headers = headers;
        self
    }

    /// Sets the largest request head, in bytes (at least 8 KiB, hyper's floor).
    pub fn max_head_bytes(mut self, bytes: usize) -> Self {
        self.max_head_bytes = bytes.max(8 * 1024);
        self
    }
}

/// Serves `router` on `listener` over HTTP/1.1 with the limits of
/// `options`, until `shutdown` completes; then stops accepting and waits
/// for the connections in flight to finish their requests.
///
/// ```no_run
/// # async fn run(app: axum::Router) -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
/// elasticpath_subscriptions_server::serve(listener, app, elasticpath_subscriptions_server::ServeOptions::default(), async {
///     let _ = tokio::signal::ctrl_c().await;
/// })
/// .await
/// # }
/// ```
pub async fn serve(
    listener: TcpListener,
    router: axum::Router,
    options: ServeOptions,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout)
        .max_headers(options.max_headers)
        .max_buf_size(options.max_head_bytes)
        .keep_alive(true);
    let connections = Arc::new(Semaphore::new(options.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A connection is accepted only when there is room for it; the rest
        // wait in the kernel's backlog.
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of descriptors or a connection reset before accept:
                // wait a moment rather than spin, and keep serving.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
