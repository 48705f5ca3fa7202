//! The benchmarks' load generator (`subscriptions-load`, whose
//! figures BENCHMARKS.md reports) counts an answer once it is whole, however
//! it is framed, and an error for a malformed or unexpected one, and ends
//! on time whatever the server does: against a server of a few lines that
//! answers each way.

use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use subscriptions_load::{Measured, Target, run};

/// How long each run lasts, and how long its server outlives it.
const RUN: Duration = Duration::from_millis(200);
const SERVED: Duration = Duration::from_secs(3);

/// A server that answers every request with `answer` (and closes after it
/// when `close`); it stops by itself after [`SERVED`].
fn serve(answer: &'static [u8], close: bool) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}/x", listener.local_addr().unwrap());
    let until = Instant::now() + SERVED;
    std::thread::spawn(move || {
        while Instant::now() < until {
            let stream = match listener.accept() {
                Ok((stream, _)) => stream,
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(1));
                    continue;
                }
                Err(_) => return,
            };
            std::thread::spawn(move || {
                stream.set_nonblocking(false).unwrap();
                stream.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut writer = stream;
                let mut line = String::new();
                while Instant::now() < until {
                    // A request: a GET's lines up to the empty one.
                    line.clear();
                    match reader.read_line(&mut line) {
                        Ok(0) => return,
                        Ok(_) if line == "\r\n" => {
                            if writer.write_all(answer).is_err() || close {
                                return;
                            }
                        }
                        Ok(_) => {}
                        Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                        Err(_) => return,
                    }
                }
            });
        }
    });
    url
}

fn load(url: &str, expect: u16) -> Measured {
    let target = Target { method: "GET".into(), url: url.into(), body: None, expect };
    run(&target, 2, RUN)
}

#[test]
fn whole_answers_are_counted_however_they_are_framed() {
    let framings: [(&[u8], bool, u16); 4] = [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false, 200),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nabc\r\n0\r\nX-Sum: 8\r\n\r\n",
            false,
            200,
        ),
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end", true, 200),
        (b"HTTP/1.1 204 No Content\r\n\r\n", false, 204),
    ];
    for (answer, close, expect) in framings {
        let measured = load(&serve(answer, close), expect);
        let shown = String::from_utf8_lossy(answer);
        assert!(measured.requests > 0, "{shown:?}: {measured:?}");
        assert_eq!(measured.errors, 0, "{shown:?}: {measured:?}");
    }
}

#[test]
fn malformed_or_unexpected_answers_are_errors() {
    let answers: [&[u8]; 4] = [
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n",
    ];
    for answer in answers {
        let measured = load(&serve(answer, false), 200);
        let shown = String::from_utf8_lossy(answer);
        assert_eq!(measured.requests, 0, "{shown:?}: {measured:?}");
        assert!(measured.errors > 0, "{shown:?}: {measured:?}");
    }
}

#[test]
fn a_run_ends_on_time_whatever_the_server_does() {
    // A server that never answers, a closed port.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    for url in [format!("http://{}/x", silent.local_addr().unwrap()), format!("http://{closed}/x")] {
        let started = Instant::now();
        let measured = load(&url, 200);
        assert!(started.elapsed() < RUN + Duration::from_secs(1), "{url}: {:?}", started.elapsed());
        assert_eq!(measured.requests, 0, "{url}");
    }
    // A URL it cannot use.
    assert_eq!(load("https://127.0.0.1/x", 200).errors, 1);
}
