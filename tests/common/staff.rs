//! Staff side of the harness: accounts and teams for a test server, logging in over HTTP,
//! and the console's WebSocket with the session cookie and the server's own Origin.

use std::sync::OnceLock;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use super::{TestApp, Ws};

pub const PASSWORD: &str = "correct horse battery staple";

/// One argon2id hash for every test account (hashing is deliberately slow).
pub fn hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| lotsa::staff::auth::hash_password(PASSWORD).expect("hashes"))
}

/// Teams on duty around the clock in syd, vast and national, plus `anna` (syd and
/// national), `bo` (vast) and `root` (admin). `extra` is appended (a wait limit, say).
pub fn staff_config(extra: &str) -> String {
    let hash = hash();
    format!(
        r#"
[handoff]
max_live_per_staff = 3
{extra}

[[team]]
region = "syd"
languages = ["sv", "en", "ar"]
hours = "24/7"

[[team]]
region = "vast"
languages = ["sv", "en"]
hours = "24/7"

[[team]]
region = "national"
languages = ["sv", "en"]
hours = "24/7"

[[staff]]
id = "anna"
password_hash = "{hash}"
role = "coordinator"
regions = ["syd", "national"]
languages = ["sv", "en"]

[[staff]]
id = "bo"
password_hash = "{hash}"
role = "coordinator"
regions = ["vast"]
languages = ["en"]

[[staff]]
id = "root"
password_hash = "{hash}"
role = "admin"
regions = []
languages = ["en"]
"#
    )
}

/// A logged-in staff member: the session cookie and the CSRF token.
pub struct Staff {
    pub cookie: String,
    pub csrf: String,
}

pub async fn login(app: &TestApp, id: &str) -> Staff {
    let response = reqwest::Client::new()
        .post(app.http("/staff/login"))
        .header("origin", format!("http://{}", app.addr))
        .json(&json!({"id": id, "password": PASSWORD}))
        .send()
        .await
        .expect("login request");
    assert_eq!(response.status(), 200, "login as {id}");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|c| c.split(';').next().unwrap_or("").to_string())
        .next()
        .expect("a session cookie");
    let body: Value = response.json().await.unwrap();
    Staff {
        cookie,
        csrf: body["csrf"].as_str().unwrap().to_string(),
    }
}

/// Opens `/staff/ws` with `cookie` and `origin`; the HTTP status when refused.
pub async fn connect(app: &TestApp, cookie: Option<&str>, origin: &str) -> Result<Ws, u16> {
    let mut request = format!("ws://{}/staff/ws", app.addr).into_client_request().unwrap();
    if let Some(cookie) = cookie {
        request
            .headers_mut()
            .insert("cookie", HeaderValue::from_str(cookie).unwrap());
    }
    request
        .headers_mut()
        .insert("origin", HeaderValue::from_str(origin).unwrap());
    match tokio_tungstenite::connect_async(request).await {
        Ok((stream, _)) => Ok(Ws { stream }),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => Err(response.status().as_u16()),
        Err(e) => panic!("unexpected websocket error {e}"),
    }
}

/// A console of `staff` on `app`, past its `hello` and first `queue`.
pub async fn console(app: &TestApp, staff: &Staff) -> Console {
    let ws = connect(app, Some(&staff.cookie), &format!("http://{}", app.addr))
        .await
        .expect("console connects");
    let mut console = Console { ws };
    let hello = console.next().await;
    assert_eq!(hello["type"], "hello", "{hello}");
    let queue = console.next().await;
    assert_eq!(queue["type"], "queue", "{queue}");
    console
}

pub struct Console {
    pub ws: Ws,
}

impl Console {
    pub async fn next(&mut self) -> Value {
        self.ws.recv().await
    }

    pub async fn send(&mut self, value: Value) {
        self.ws.send(value).await
    }

    /// Skips frames until one matches `pred` (fails after 10 s).
    pub async fn until(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let frame = tokio::time::timeout_at(deadline, self.next())
                .await
                .unwrap_or_else(|_| panic!("console never got {what}"));
            if pred(&frame) {
                return frame;
            }
        }
    }

    /// The next queue that lists `case`.
    pub async fn queue_with(&mut self, case: &str) -> Value {
        self.until(&format!("a queue with {case}"), |f| {
            f["type"] == "queue" && f["cases"].as_array().unwrap().iter().any(|c| c["case"] == case)
        })
        .await
    }

    /// The next queue that has `n` cases.
    pub async fn queue_of(&mut self, n: usize) -> Value {
        self.until(&format!("a queue of {n}"), |f| {
            f["type"] == "queue" && f["cases"].as_array().unwrap().len() == n
        })
        .await
    }

    pub async fn close(mut self) {
        let _ = self.ws.stream.send(Message::Close(None)).await;
        let _ = self.ws.stream.next().await;
    }
}

/// Frames of a user's socket until one matches `pred` (fails after 10 s).
pub async fn user_until(ws: &mut Ws, what: &str, pred: impl Fn(&Value) -> bool) -> Vec<Value> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut frames = Vec::new();
    loop {
        let frame = tokio::time::timeout_at(deadline, ws.recv())
            .await
            .unwrap_or_else(|_| panic!("user never got {what}; got {frames:?}"));
        let done = pred(&frame);
        frames.push(frame);
        if done {
            return frames;
        }
    }
}

/// A web user who asks for a person in `region` (in `lang`) and consents: every frame
/// from the start (the session frame included) up to the `queued` status.
pub async fn ask_for_person(ws: &mut Ws, lang: &str, region: &str) -> Vec<Value> {
    let mut frames = ws.start(Some(lang)).await;
    ws.choose("nav.human").await;
    let consent = ws.choose(&format!("region.{region}")).await;
    assert!(
        super::choice_ids(super::last_ask(&consent)).contains(&"handoff.yes".to_string()),
        "{consent:?}"
    );
    ws.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    frames.extend(user_until(ws, "queued", |f| f["type"] == "status" && f["state"] == "queued").await);
    frames
}

/// A `[[team]]` for `region` that is closed now: open around the clock, but today and
/// tomorrow (Stockholm) are holidays, so midnight cannot slip between the configuration
/// and the question. It opens at midnight the day after tomorrow.
pub fn closed_team(region: &str, languages: &[&str]) -> String {
    let (today, tomorrow) = stockholm_days();
    let langs: Vec<String> = languages.iter().map(|l| format!("\"{l}\"")).collect();
    format!(
        "[[team]]\nregion = \"{region}\"\nlanguages = [{}]\nhours = \"24/7\"\nholidays = [\"{today}\", \"{tomorrow}\"]\n",
        langs.join(", ")
    )
}

/// Today and tomorrow in Stockholm.
pub fn stockholm_days() -> (jiff::civil::Date, jiff::civil::Date) {
    let stockholm = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
    let today = jiff::Timestamp::now().to_zoned(stockholm);
    (today.date(), today.tomorrow().unwrap().date())
}

/// As [`ask_for_person`], for a person who said they are not safe: an urgent case.
pub async fn ask_urgently(ws: &mut Ws, lang: &str, region: &str) -> Vec<Value> {
    let mut frames = ws.start(Some(lang)).await;
    ws.choose("promise.ok").await;
    ws.choose("safety.no").await;
    ws.choose("nav.human").await;
    ws.choose(&format!("region.{region}")).await;
    ws.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    frames.extend(user_until(ws, "queued", |f| f["type"] == "status" && f["state"] == "queued").await);
    frames
}

/// A login attempt as a proxy would forward it from `address` (with
/// `client_address = "x-forwarded-for"`): status and `error` code.
pub async fn login_from(client: &reqwest::Client, url: &str, address: &str, body: &Value) -> (u16, String) {
    let response = client
        .post(url)
        .header("x-forwarded-for", format!("198.51.100.9, {address}"))
        .json(body)
        .send()
        .await
        .expect("login request");
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    (status, body["error"].as_str().unwrap_or_default().to_string())
}
