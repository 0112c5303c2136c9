//! The loopback HTTP server the page talks to: it serves the runner page
//! and the blobs the backend offers (WGSL, inputs, parameter blocks), keeps
//! the blobs the page posts (outputs), hands the page its commands (`GET
//! /next` waits for one) and every reply to the call waiting for it.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

const RUNNER_HTML: &str = include_str!("page/runner.html");
const RUNNER_JS: &str = include_str!("page/runner.js");

/// What the server thread and the backend share.
#[derive(Default)]
struct Blobs {
    /// Offered to the page, by name.
    offered: Mutex<HashMap<String, Arc<[u8]>>>,
    /// Posted by the page, by name.
    posted: Mutex<HashMap<String, Vec<u8>>>,
    commands: Mutex<Commands>,
}

/// Commands for the page, and its request for the next one while none is
/// queued (answered when one comes).
#[derive(Default)]
struct Commands {
    queued: std::collections::VecDeque<String>,
    waiting: Option<tiny_http::Request>,
}

/// A server on `127.0.0.1`, on a port the system chose.
pub(crate) struct Server {
    http: Arc<tiny_http::Server>,
    blobs: Arc<Blobs>,
    /// `(call id, reply body)` as the page posts them.
    pub(crate) replies: Receiver<(u64, Vec<u8>)>,
    thread: Option<JoinHandle<()>>,
    /// `http://127.0.0.1:<port>`.
    pub(crate) origin: String,
}

impl Server {
    pub(crate) fn start() -> Result<Server, String> {
        let http = tiny_http::Server::http("127.0.0.1:0").map_err(|e| format!("cannot serve the runner page: {e}"))?;
        let origin = match http.server_addr().to_ip() {
            Some(addr) => format!("http://{addr}"),
            None => return Err("the runner page's server has no IP address".to_string()),
        };
        let http = Arc::new(http);
        let blobs = Arc::new(Blobs::default());
        let (tx, replies) = mpsc::channel();
        let thread = {
            let (http, blobs) = (http.clone(), blobs.clone());
            std::thread::Builder::new()
                .name("everygpu browser server".into())
                .spawn(move || serve(&http, &blobs, &tx))
                .map_err(|e| format!("cannot start the runner page's server: {e}"))?
        };
        Ok(Server {
            http,
            blobs,
            replies,
            thread: Some(thread),
            origin,
        })
    }

    /// Offers `bytes` to the page at `/blob/<name>`.
    pub(crate) fn offer(&self, name: &str, bytes: Arc<[u8]>) {
        lock(&self.blobs.offered).insert(name.to_string(), bytes);
    }

    /// Takes what the page posted to `/blob/<name>`.
    pub(crate) fn take_posted(&self, name: &str) -> Option<Vec<u8>> {
        lock(&self.blobs.posted).remove(name)
    }

    /// Gives the page `command` (JSON), now if it is waiting for one.
    pub(crate) fn command(&self, command: String) {
        let mut commands = lock(&self.blobs.commands);
        match commands.waiting.take() {
            Some(request) => {
                let _ = request.respond(text(&command, "application/json"));
            }
            None => commands.queued.push_back(command),
        }
    }

    /// Forgets every blob, offered or posted.
    pub(crate) fn clear(&self) {
        lock(&self.blobs.offered).clear();
        lock(&self.blobs.posted).clear();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn serve(http: &tiny_http::Server, blobs: &Blobs, replies: &Sender<(u64, Vec<u8>)>) {
    for mut request in http.incoming_requests() {
        let url = request.url().to_string();
        let response = match (request.method(), url.as_str()) {
            (tiny_http::Method::Get, "/") => text(RUNNER_HTML, "text/html; charset=utf-8"),
            (tiny_http::Method::Get, "/runner.js") => text(RUNNER_JS, "text/javascript; charset=utf-8"),
            (tiny_http::Method::Get, "/next") => {
                let mut commands = lock(&blobs.commands);
                match commands.queued.pop_front() {
                    Some(command) => text(&command, "application/json"),
                    None => {
                        // Answered by `Server::command`; a page that asks
                        // again (a reload) replaces the request.
                        commands.waiting = Some(request);
                        continue;
                    }
                }
            }
            (tiny_http::Method::Get, path) => match path.strip_prefix("/blob/") {
                Some(name) => match lock(&blobs.offered).get(name).cloned() {
                    // Served from the shared bytes, without a copy.
                    Some(bytes) => {
                        let len = bytes.len();
                        let _ = request.respond(tiny_http::Response::new(
                            tiny_http::StatusCode(200),
                            Vec::new(),
                            std::io::Cursor::new(bytes),
                            Some(len),
                            None,
                        ));
                        continue;
                    }
                    None => not_found(),
                },
                None => not_found(),
            },
            (tiny_http::Method::Post, path) => {
                let mut body = Vec::new();
                match request.as_reader().read_to_end(&mut body) {
                    Err(_) => tiny_http::Response::from_data(Vec::new()).with_status_code(400),
                    Ok(_) => match (path.strip_prefix("/blob/"), path.strip_prefix("/reply/")) {
                        (Some(name), _) => {
                            lock(&blobs.posted).insert(name.to_string(), body);
                            tiny_http::Response::from_data(Vec::new())
                        }
                        (_, Some(id)) => match id.parse() {
                            Ok(id) => {
                                let _ = replies.send((id, body));
                                tiny_http::Response::from_data(Vec::new())
                            }
                            Err(_) => not_found(),
                        },
                        _ => not_found(),
                    },
                }
            }
            _ => not_found(),
        };
        // The page may be gone (a restart); nothing to do about it.
        let _ = request.respond(response);
    }
}

fn text(body: &str, content_type: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let header = tiny_http::Header::from_bytes("Content-Type", content_type).expect("a valid header");
    tiny_http::Response::from_data(body.as_bytes().to_vec()).with_header(header)
}

fn not_found() -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    tiny_http::Response::from_data(Vec::new()).with_status_code(404)
}
