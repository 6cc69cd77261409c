//! One HTTP/1.1 connection of the development server: read a request (parsed by `httparse`),
//! hand it to the site, write the answer, and go on while the browser keeps the connection
//! open.
//!
//! Every connection gets its own thread, for as long as it lives. The server used
//! `tiny_http` before, whose pool of connection threads can lose a new connection: when
//! several arrive at once while its four idle threads are being woken, the pool counts them
//! as still idle, queues the connection instead of starting a thread, and no thread takes it
//! until one of the browser's kept-alive connections closes. A first visit of `/carnet`
//! opens six connections at once for its thirty preloaded parts, and in about half the test
//! runs one or two of them were never read: the page waited for `split_diary_page.wasm`
//! forever (the start stall of issue « Nothing a person types is ever lost… »; `ss` showed
//! the unread requests in the server's receive queues). A thread per connection has no
//! queue to lose anything in.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// How long a kept-alive connection may wait for its next request before the server closes
/// it (the browser then opens a new one).
const IDLE_TIMEOUT: Duration = Duration::from_secs(120);
/// The most a request's head may weigh; a larger one is answered 431 and the connection closed.
const LARGEST_HEAD: usize = 64 * 1024;
/// The most headers a request may have.
const MOST_HEADERS: usize = 64;

/// What the server needs of a request.
#[derive(Debug, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The request target, query included (`/carnet?x=1`).
    pub target: String,
    /// The `Accept-Encoding` values, joined with commas.
    pub accept_encoding: String,
    /// Whether the browser may send another request on this connection.
    pub keep_alive: bool,
}

/// An answer to write: status, headers (without `Content-Length` and `Connection`, which
/// are written here) and body.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

/// Why a connection ends.
#[derive(Debug)]
enum End {
    /// The browser closed it, or kept it idle too long: nothing to answer.
    Closed,
    /// The request could not be read: answered with this status, then closed.
    BadRequest(u16),
}

/// Serves `stream` until the browser closes it, calling `answer` for each request.
pub fn serve(mut stream: TcpStream, answer: impl Fn(&Request) -> Answer) {
    // Without a timeout a connection the browser forgets would keep its thread forever; a
    // failure to set it only means the thread lives as long as the connection.
    let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
    let mut pending = Vec::new();
    loop {
        match read_request(&mut stream, &mut pending) {
            Ok(request) => {
                let (answered, head_only, keep_alive) = match request.method.as_str() {
                    "GET" => (answer(&request), false, request.keep_alive),
                    "HEAD" => (answer(&request), true, request.keep_alive),
                    _ => (plain(405, "Method not allowed"), false, false),
                };
                // The browser may have gone away; there is nobody left to tell.
                let written = write_answer(&mut stream, &answered, head_only, keep_alive);
                if written.is_err() || !keep_alive {
                    return;
                }
            }
            Err(End::Closed) => return,
            Err(End::BadRequest(status)) => {
                let _ = write_answer(&mut stream, &plain(status, "Bad request"), false, false);
                return;
            }
        }
    }
}

/// A short plain-text answer.
pub fn plain(status: u16, text: &str) -> Answer {
    Answer {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_string())],
        body: text.as_bytes().to_vec(),
    }
}

/// Reads the next request from `stream`; `pending` holds bytes already read past the last one
/// (a browser may send the next request before the answer to the last).
fn read_request(stream: &mut impl Read, pending: &mut Vec<u8>) -> Result<Request, End> {
    loop {
        let mut headers = [httparse::EMPTY_HEADER; MOST_HEADERS];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(pending) {
            Ok(httparse::Status::Complete(head_length)) => {
                let request = request_from(&parsed)?;
                let body_length = content_length(&parsed)?;
                pending.drain(..head_length);
                skip_body(stream, pending, body_length)?;
                return Ok(request);
            }
            Ok(httparse::Status::Partial) if pending.len() >= LARGEST_HEAD => {
                return Err(End::BadRequest(431))
            }
            Ok(httparse::Status::Partial) => read_more(stream, pending)?,
            Err(_) => return Err(End::BadRequest(400)),
        }
    }
}

fn request_from(parsed: &httparse::Request) -> Result<Request, End> {
    let (Some(method), Some(target), Some(version)) = (parsed.method, parsed.path, parsed.version)
    else {
        return Err(End::BadRequest(400));
    };
    let values = |name: &str| {
        parsed
            .headers
            .iter()
            .filter(|header| header.name.eq_ignore_ascii_case(name))
            .map(|header| String::from_utf8_lossy(header.value).into_owned())
            .collect::<Vec<_>>()
            .join(",")
    };
    let connection = values("Connection").to_ascii_lowercase();
    let keep_alive = if version == 1 {
        !connection.contains("close")
    } else {
        connection.contains("keep-alive")
    };
    Ok(Request {
        method: method.to_string(),
        target: target.to_string(),
        accept_encoding: values("Accept-Encoding"),
        keep_alive,
    })
}

fn content_length(parsed: &httparse::Request) -> Result<usize, End> {
    match parsed
        .headers
        .iter()
        .find(|header| header.name.eq_ignore_ascii_case("Content-Length"))
    {
        None => Ok(0),
        Some(header) => std::str::from_utf8(header.value)
            .ok()
            .and_then(|value| value.trim().parse().ok())
            .ok_or(End::BadRequest(400)),
    }
}

/// Drops a request's body (the site only answers GET and HEAD; a body is read past, so the next
/// request on the connection starts where it should).
fn skip_body(stream: &mut impl Read, pending: &mut Vec<u8>, length: usize) -> Result<(), End> {
    while pending.len() < length {
        read_more(stream, pending)?;
    }
    pending.drain(..length);
    Ok(())
}

fn read_more(stream: &mut impl Read, pending: &mut Vec<u8>) -> Result<(), End> {
    let mut chunk = [0u8; 8192];
    match stream.read(&mut chunk) {
        Ok(0) | Err(_) => Err(End::Closed),
        Ok(read) => {
            pending.extend_from_slice(&chunk[..read]);
            Ok(())
        }
    }
}

fn write_answer(
    stream: &mut impl Write,
    answer: &Answer,
    head_only: bool,
    keep_alive: bool,
) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", answer.status, reason(answer.status));
    for (name, value) in &answer.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n", answer.body.len()));
    head.push_str(if keep_alive {
        "Connection: keep-alive\r\n\r\n"
    } else {
        "Connection: close\r\n\r\n"
    });
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&answer.body)?;
    }
    stream.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &[u8]) -> Vec<Result<Request, End>> {
        let mut stream = text;
        let mut pending = Vec::new();
        let mut requests = Vec::new();
        loop {
            let next = read_request(&mut stream, &mut pending);
            let ended = next.is_err();
            requests.push(next);
            if ended {
                return requests;
            }
        }
    }

    #[test]
    fn pipelined_requests_are_read_one_after_the_other() {
        let requests = read_all(
            b"GET /a HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\n\r\nGET /b?q=1 HTTP/1.1\r\nConnection: close\r\n\r\n",
        );
        let Ok(first) = &requests[0] else {
            panic!("{:?}", requests[0])
        };
        assert_eq!(first.target, "/a");
        assert_eq!(first.accept_encoding, "gzip, br");
        assert!(first.keep_alive);
        let Ok(second) = &requests[1] else {
            panic!("{:?}", requests[1])
        };
        assert_eq!(second.target, "/b?q=1");
        assert!(!second.keep_alive);
        assert!(matches!(requests[2], Err(End::Closed)));
    }

    #[test]
    fn a_body_is_read_past_and_http_1_0_closes() {
        let requests =
            read_all(b"POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET /y HTTP/1.0\r\n\r\n");
        assert!(matches!(&requests[0], Ok(r) if r.method == "POST"));
        assert!(matches!(&requests[1], Ok(r) if r.target == "/y" && !r.keep_alive));
    }

    #[test]
    fn garbage_and_huge_heads_are_refused() {
        assert!(matches!(
            read_all(b"\x00\x01 nonsense\r\n\r\n")[0],
            Err(End::BadRequest(400))
        ));
        let mut huge = b"GET / HTTP/1.1\r\nX: ".to_vec();
        huge.extend(std::iter::repeat_n(b'a', LARGEST_HEAD + 10));
        assert!(matches!(read_all(&huge)[0], Err(End::BadRequest(431))));
        assert!(matches!(
            read_all(b"GET / HTTP/1.1\r\nContent-Length: lots\r\n\r\n")[0],
            Err(End::BadRequest(400))
        ));
    }

    #[test]
    fn an_answer_says_its_length_and_whether_the_connection_stays() {
        let answer = plain(404, "Not found");
        let mut written = Vec::new();
        write_answer(&mut written, &answer, false, true).unwrap();
        let text = String::from_utf8(written).unwrap();
        assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"), "{text}");
        assert!(text.contains("Content-Length: 9\r\n"));
        assert!(text.contains("Connection: keep-alive\r\n\r\nNot found"));
        let mut head = Vec::new();
        write_answer(&mut head, &answer, true, false).unwrap();
        let text = String::from_utf8(head).unwrap();
        assert!(
            text.ends_with("Content-Length: 9\r\nConnection: close\r\n\r\n"),
            "{text}"
        );
    }
}
