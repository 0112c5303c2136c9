//! [`Page`]: the runner page in a headless Chromium, and calls of its
//! methods (`page/runner.js`) with a time limit.
//!
//! The first call (`init`) evaluates `everygpu.call(id, method, args)`
//! through the DevTools protocol; it also starts the page's loop that asks
//! the loopback [`Server`] for its next command (`GET /next`), which is how
//! the later calls reach it: a protocol round trip costs about 100 ms in
//! `headless_chrome`, the loopback a millisecond. Either way the page posts
//! the method's reply to the server, where the call waits for it. So a
//! method that never ends (a runaway kernel, a hung driver) costs a time
//! limit, never a blocked backend.

use std::path::Path;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::chromium::Chromium;
use crate::server::Server;

/// How a call of a page method failed.
#[derive(Debug)]
pub(crate) enum CallError {
    /// The method threw: its message.
    Failed(String),
    /// No reply within the limit.
    Timeout,
    /// Chromium, the page or the connection to it is gone.
    Gone(String),
}

/// A headless Chromium showing the runner page, and the server behind it.
pub(crate) struct Page {
    // Chromium goes before the server it talks to.
    chromium: Chromium,
    pub(crate) server: Server,
    next_call: u64,
}

impl Page {
    /// Starts Chromium (`binary`) on the runner page.
    pub(crate) fn open(binary: &Path) -> Result<Page, String> {
        let server = Server::start()?;
        let chromium = Chromium::start(binary, &format!("{}/", server.origin))?;
        Ok(Page {
            chromium,
            server,
            next_call: 0,
        })
    }

    /// Calls page method `method` with `args` and waits up to `limit` for its reply.
    pub(crate) fn call(&mut self, method: &str, args: &Value, limit: Duration) -> Result<Value, CallError> {
        let id = self.next_call;
        self.next_call += 1;
        if id == 0 {
            let expression = format!("everygpu.call({id}, {}, {args}, true)", Value::from(method));
            let started = self
                .chromium
                .tab
                .evaluate(&expression, false)
                .map_err(|e| CallError::Gone(format!("the DevTools protocol: {e}")))?;
            if started.subtype == Some(headless_chrome::protocol::cdp::Runtime::RemoteObjectSubtype::Error) {
                return Err(CallError::Gone(format!(
                    "the runner page: {}",
                    started.description.unwrap_or_default()
                )));
            }
        } else {
            let command = serde_json::json!({ "id": id, "method": method, "args": args });
            self.server.command(command.to_string());
        }
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(CallError::Timeout);
            }
            match self.server.replies.recv_timeout(left.min(Duration::from_millis(250))) {
                Ok((reply, body)) if reply == id => return parse_reply(&body),
                // A reply to a call that timed out before.
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) if !self.chromium.alive() => {
                    return Err(CallError::Gone("Chromium exited".to_string()))
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(CallError::Gone("the runner page's server stopped".to_string()))
                }
            }
        }
    }
}

fn parse_reply(body: &[u8]) -> Result<Value, CallError> {
    let mut reply: Value =
        serde_json::from_slice(body).map_err(|e| CallError::Gone(format!("the page's reply is not JSON: {e}")))?;
    if let Some(error) = reply.get("error") {
        return Err(CallError::Failed(error.as_str().unwrap_or("an error").to_string()));
    }
    Ok(reply.get_mut("ok").map(Value::take).unwrap_or(Value::Null))
}
