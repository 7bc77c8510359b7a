//! Real headless Chromium for page tests (Debian's `chromium` and `chromium-driver`): a
//! chromedriver on a free port, a WebDriver session as a phone or a desktop window, and
//! small helpers to run scripts, wait, click and read the console.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// A chromedriver process on a free port, killed on drop.
pub struct Driver {
    child: Child,
    pub port: u16,
    profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn driver() -> Driver {
    assert!(
        std::path::Path::new("/usr/bin/chromedriver").exists(),
        "chromium-driver is not installed: run scripts/test.sh, which installs it"
    );
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Driver {
        child,
        port,
        profile: tempfile::tempdir().unwrap(),
    }
}

/// A browser session: a phone of `width` × `height` CSS pixels when `phone`, else a
/// desktop window of that size.
pub async fn browser(driver: &Driver, width: u32, height: u32, phone: bool) -> Client {
    session(driver, width, height, phone).await
}

/// A phone whose pages run no JavaScript, as on a phone with scripts turned off
/// (DevTools' `Emulation.setScriptExecutionDisabled`, which lasts across navigations).
/// WebDriver's own scripts still run, so tests can read the page.
pub async fn browser_without_javascript(driver: &Driver, width: u32, height: u32) -> Client {
    let client = session(driver, width, height, true).await;
    let answer = cdp(
        driver,
        &client,
        "Emulation.setScriptExecutionDisabled",
        json!({"value": true}),
    )
    .await;
    assert!(answer["value"].is_object(), "scripts turned off: {answer}");
    client
}

/// One DevTools command through chromedriver.
pub async fn cdp(driver: &Driver, client: &Client, cmd: &str, params: Value) -> Value {
    let id = client.session_id().await.unwrap().expect("session id");
    let url = format!("http://127.0.0.1:{}/session/{id}/goog/cdp/execute", driver.port);
    reqwest::Client::new()
        .post(url)
        .json(&json!({"cmd": cmd, "params": params}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// A real mouse click (DevTools input events) on the element `css` of a page without
/// JavaScript, then a wait for the page it leads to. WebDriver's own click waits forever
/// for a navigation it cannot follow when the page's scripts are off.
pub async fn tap_and_load(driver: &Driver, client: &Client, css: &str) {
    let at = js(
        client,
        &format!(
            "const e = document.querySelector({}); if (!e) return null; e.scrollIntoView({{block: 'center'}});
             const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2, performance.timeOrigin]",
            json!(css)
        ),
    )
    .await;
    let Some([x, y, origin]) = at.as_array().map(|a| [a[0].clone(), a[1].clone(), a[2].clone()]) else {
        panic!("{css}: not on the page");
    };
    for kind in ["mousePressed", "mouseReleased"] {
        cdp(
            driver,
            client,
            "Input.dispatchMouseEvent",
            json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
        )
        .await;
    }
    until(
        client,
        &format!("return performance.timeOrigin !== {origin} && document.readyState === 'complete'"),
    )
    .await;
}

async fn session(driver: &Driver, width: u32, height: u32, phone: bool) -> Client {
    // Two rustls crypto providers are linked into the tests (teloxide and fantoccini pull
    // in different ones), so the WebDriver client must be told which to use.
    let _ = rustls::crypto::ring::default_provider().install_default();
    // The flags keep Chromium from reaching for Google's services, which this machine
    // cannot reach and which would show up as outside requests.
    let mut options = json!({
        "binary": "/usr/bin/chromium",
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--autoplay-policy=no-user-gesture-required",
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", driver.profile.path().display()),
        ]
    });
    if phone {
        options["mobileEmulation"] = json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}});
    }
    let caps = json!({
        "browserName": "chrome",
        "goog:loggingPrefs": {"browser": "ALL"},
        "goog:chromeOptions": options,
    });
    let Value::Object(caps) = caps else { unreachable!() };
    ClientBuilder::rustls()
        .expect("tls config")
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("webdriver session")
}

/// Chromium's console messages since the last call (legacy chromedriver log endpoint).
pub async fn browser_log(driver: &Driver, client: &Client) -> Vec<Value> {
    let id = client.session_id().await.unwrap().expect("session id");
    let url = format!("http://127.0.0.1:{}/session/{id}/se/log", driver.port);
    let body: Value = reqwest::Client::new()
        .post(url)
        .json(&json!({"type": "browser"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["value"]
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("chromedriver log endpoint answered {body}"))
}

/// The console's errors and warnings since the last call.
pub async fn console_errors(driver: &Driver, client: &Client) -> Vec<Value> {
    browser_log(driver, client)
        .await
        .into_iter()
        .filter(|e| e["level"] == "SEVERE" || e["level"] == "WARNING")
        .collect()
}

pub async fn js(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.expect("script runs")
}

/// Waits until `script` returns true (10 s at most).
pub async fn until(client: &Client, script: &str) {
    for _ in 0..100 {
        if js(client, script).await == json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for: {script}");
}

pub async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

pub async fn type_into(client: &Client, css: &str, text: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
}

/// Waits for the enabled choice button `id` on the chat page and clicks it.
pub async fn click_choice(client: &Client, id: &str) {
    let selector = format!(".choice[data-id=\"{id}\"]:not([disabled])");
    until(
        client,
        &format!(
            "return document.querySelector('{}') !== null",
            selector.replace('\'', "\\'")
        ),
    )
    .await;
    click(client, &selector).await;
}

/// One key pressed and released, wherever the focus is.
pub async fn press(client: &Client, key: char) {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    client.perform_actions(keys).await.unwrap();
}

/// Saves a screenshot as `target/screenshots/<name>`.
pub async fn screenshot(client: &Client, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = client.screenshot().await.unwrap();
    std::fs::write(dir.join(name), png).unwrap();
}
