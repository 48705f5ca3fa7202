//! A closed-loop load generator: `connections` keep-alive connections, each
//! sending the same request back to back for `duration`; latencies are
//! recorded per request.
//!
//! It speaks HTTP/1.1 over the sockets itself (the request's bytes made
//! once, answers read with `httparse` and their bodies framed by
//! `Content-Length` or chunks), and it never sleeps: one thread goes round
//! its non-blocking sockets, sending where an answer is complete and
//! reading where one is due. Both choices keep the measured server's CPU
//! time its own:
//!
//! - An HTTP client (reqwest, as this used to be) spends more CPU per
//!   request than the servers measured here, so on its one core it set the
//!   pace: the servers idled between requests, and one that answered sooner
//!   woke more often for fewer requests, paying more per request to wake.
//! - A generator that waits in `epoll_wait` must be woken by the server's
//!   write, and on loopback the server pays for that wake-up (12–15% of its
//!   CPU, measured), more or less with the generator's timing, not with the
//!   server's code.
//!
//! Spinning costs the generator its core, which it has to itself.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

/// One request to repeat.
#[derive(Clone, Debug)]
pub struct Target {
    /// `GET` or `POST`.
    pub method: String,
    /// The full URL, `http://host:port/path`.
    pub url: String,
    /// The JSON body, for POST.
    pub body: Option<String>,
    /// The status every answer must have.
    pub expect: u16,
}

/// What a run measured.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Measured {
    /// Requests answered with the expected status.
    pub requests: u64,
    /// Answers with another status, or transport errors.
    pub errors: u64,
    /// Requests per second.
    pub rps: f64,
    /// Median latency, microseconds.
    pub p50_us: u64,
    /// 99th percentile latency, microseconds.
    pub p99_us: u64,
}

/// The longest one request may take before it counts as an error and its
/// connection is replaced.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The most an answer's head and body may hold.
const MAX_ANSWER: usize = 1 << 20;

/// Runs the load and reports. A URL that is not `http://authority/path`,
/// or whose authority does not resolve, is every request an error; each
/// failed attempt to open a connection counts as one.
pub fn run(target: &Target, connections: usize, duration: Duration) -> Measured {
    let started = Instant::now();
    let deadline = started + duration;
    let Some((address, request)) = request_bytes(target) else {
        return Measured { requests: 0, errors: 1, rps: 0.0, p50_us: 0, p99_us: 0 };
    };
    let mut slots: Vec<Slot> = (0..connections).map(|_| Slot::Closed).collect();
    let mut tally = Tally { latencies: Vec::with_capacity(1 << 20), errors: 0, expect: target.expect };
    let mut now = Instant::now();
    while now < deadline {
        for slot in &mut slots {
            *slot = std::mem::replace(slot, Slot::Closed).step(&address, &request, now, deadline, &mut tally);
        }
        now = Instant::now();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let Tally { mut latencies, errors, .. } = tally;
    latencies.sort_unstable();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    Measured {
        requests: latencies.len() as u64,
        errors,
        rps: latencies.len() as f64 / elapsed,
        p50_us: at(0.5),
        p99_us: at(0.99),
    }
}

/// The address to connect to and the bytes of the request.
fn request_bytes(target: &Target) -> Option<(SocketAddr, Vec<u8>)> {
    let rest = target.url.strip_prefix("http://")?;
    let (authority, path) = rest.split_at(rest.find('/')?);
    let mut head = format!("{} {path} HTTP/1.1\r\nHost: {authority}\r\nAuthorization: Bearer bench\r\n", target.method);
    if let Some(body) = &target.body {
        head += &format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len());
    }
    head += "\r\n";
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(target.body.as_deref().unwrap_or_default().as_bytes());
    Some((authority.to_socket_addrs().ok()?.next()?, bytes))
}

/// What the run has counted.
struct Tally {
    latencies: Vec<u64>,
    errors: u64,
    expect: u16,
}

/// One connection's state.
enum Slot {
    /// None open (at the start, or after an error or a `close`).
    Closed,
    /// Sending the request: `written` bytes of it so far, the first of them
    /// at `sent` (when `written` is 0, nothing is sent yet).
    Sending { stream: TcpStream, sent: Instant, written: usize, buffer: Vec<u8> },
    /// Reading the answer: `filled` bytes of `buffer` so far.
    Reading { stream: TcpStream, sent: Instant, filled: usize, buffer: Vec<u8> },
}

impl Slot {
    /// Moves the connection on as far as it goes without waiting.
    fn step(self, address: &SocketAddr, request: &[u8], now: Instant, deadline: Instant, tally: &mut Tally) -> Slot {
        match self {
            Slot::Closed => {
                // Opening waits, at most until the end of the run.
                let Some(left) = deadline.checked_duration_since(Instant::now()).filter(|left| !left.is_zero()) else {
                    return Slot::Closed;
                };
                match connect(address, left.min(CONNECT_TIMEOUT)) {
                    Ok(stream) => Slot::Sending { stream, sent: now, written: 0, buffer: vec![0; 16 * 1024] },
                    Err(_) => tally.failed(),
                }
            }
            Slot::Sending { mut stream, sent, mut written, buffer } => {
                // A request's time runs from its first byte's sending.
                let sent = if written == 0 { Instant::now() } else { sent };
                match stream.write(&request[written..]) {
                    Ok(n) => written += n,
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                    Err(_) => return tally.failed(),
                }
                if written < request.len() {
                    return late(Slot::Sending { stream, sent, written, buffer }, sent, now, tally);
                }
                Slot::Reading { stream, sent, filled: 0, buffer }
            }
            Slot::Reading { mut stream, sent, mut filled, mut buffer } => {
                if filled == buffer.len() {
                    if buffer.len() >= MAX_ANSWER {
                        return tally.failed();
                    }
                    buffer.resize(buffer.len() * 2, 0);
                }
                let ended = match stream.read(&mut buffer[filled..]) {
                    Ok(0) => true,
                    Ok(n) => {
                        filled += n;
                        false
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {
                        return late(Slot::Reading { stream, sent, filled, buffer }, sent, now, tally);
                    }
                    Err(_) => return tally.failed(),
                };
                match answer(&buffer[..filled], ended) {
                    Ok(Some(Answer { status, close })) => {
                        if status == tally.expect {
                            tally.latencies.push(sent.elapsed().as_micros() as u64);
                        } else {
                            tally.errors += 1;
                        }
                        if close || ended { Slot::Closed } else { Slot::Sending { stream, sent, written: 0, buffer } }
                    }
                    Ok(None) if !ended => late(Slot::Reading { stream, sent, filled, buffer }, sent, now, tally),
                    Ok(None) | Err(_) => tally.failed(),
                }
            }
        }
    }
}

impl Tally {
    /// Counts an error; the connection is dropped.
    fn failed(&mut self) -> Slot {
        self.errors += 1;
        Slot::Closed
    }
}

/// `slot` as it is, or an error if its request is past its time.
fn late(slot: Slot, sent: Instant, now: Instant, tally: &mut Tally) -> Slot {
    if now.saturating_duration_since(sent) > REQUEST_TIMEOUT { tally.failed() } else { slot }
}

/// The longest a connection may take to open (the loop waits for it).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

/// A non-blocking connection without Nagle's delay, opened within
/// `timeout`.
fn connect(address: &SocketAddr, timeout: Duration) -> std::io::Result<TcpStream> {
    let stream = TcpStream::connect_timeout(address, timeout)?;
    stream.set_nodelay(true)?;
    stream.set_nonblocking(true)?;
    Ok(stream)
}

/// A complete answer's status, and whether the server closes after it.
struct Answer {
    status: u16,
    close: bool,
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// The answer in `bytes` if they hold all of it (`ended`: the server has
/// closed the connection after them).
fn answer(bytes: &[u8], ended: bool) -> Result<Option<Answer>, Failure> {
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut parsed = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(head) = parsed.parse(bytes)? else { return Ok(None) };
    let status = parsed.code.ok_or("no status")?;
    if status < 200 {
        // Nothing is sent that asks for an interim answer.
        return Err(format!("an interim answer ({status})").into());
    }
    let named = |name: &str| parsed.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name));
    let close = named("connection").is_some_and(|h| h.value.eq_ignore_ascii_case(b"close"));
    let body = bytes.len() - head;
    let end = if status == 204 || status == 304 {
        Some(0)
    } else if named("transfer-encoding").is_some_and(|h| h.value.eq_ignore_ascii_case(b"chunked")) {
        chunks_end(&bytes[head..])?
    } else if let Some(length) = named("content-length") {
        let length: usize = std::str::from_utf8(length.value)?.trim().parse()?;
        (body >= length).then_some(length)
    } else {
        ended.then_some(body)
    };
    match end {
        // Nothing was asked for after this answer.
        Some(end) if end < body => Err("bytes after the answer".into()),
        Some(_) => Ok(Some(Answer { status, close })),
        None => Ok(None),
    }
}

/// Where a chunked body ends in `bytes`, if it does.
fn chunks_end(bytes: &[u8]) -> Result<Option<usize>, Failure> {
    let mut at = 0usize;
    loop {
        let httparse::Status::Complete((size_line, size)) =
            httparse::parse_chunk_size(&bytes[at..]).map_err(|_| "a bad chunk size")?
        else {
            return Ok(None);
        };
        let data = at + size_line;
        if size == 0 {
            // The last chunk: trailers, if any, then an empty line.
            let mut trailers = [httparse::EMPTY_HEADER; 32];
            return match httparse::parse_headers(&bytes[data..], &mut trailers)? {
                httparse::Status::Complete((length, _)) => Ok(Some(data + length)),
                httparse::Status::Partial => Ok(None),
            };
        }
        // A chunk's data is followed by CRLF.
        let next = usize::try_from(size)
            .ok()
            .and_then(|size| data.checked_add(size)?.checked_add(2))
            .ok_or("a chunk too large")?;
        if next > bytes.len() {
            return Ok(None);
        }
        if &bytes[next - 2..next] != b"\r\n" {
            return Err("a chunk not ended by CRLF".into());
        }
        at = next;
    }
}
