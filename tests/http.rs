//! The HTTP surface: health, metrics, the page and its headers, and the page's size budget.

mod common;

use common::spawn_app;

#[tokio::test]
async fn healthz_answers() {
    let app = spawn_app("").await;
    let r = reqwest::get(app.http("/healthz")).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ok");
    let r = reqwest::get(app.http("/readyz")).await.unwrap();
    assert_eq!(r.status(), 200, "the in-memory store is always ready");
}

#[tokio::test]
async fn page_is_small_strict_and_sets_no_cookies() {
    let app = spawn_app("exit_url = \"https://example.com/?q=weather&x=\\\"1\\\"\"").await;
    let mut total = 0;
    for (path, kind) in [
        ("/", "text/html"),
        ("/chat.js", "text/javascript"),
        ("/chat.css", "text/css"),
        ("/icon-chat.svg", "image/svg+xml"),
    ] {
        let r = reqwest::get(app.http(path)).await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
        let h = r.headers().clone();
        assert!(h["content-type"].to_str().unwrap().starts_with(kind), "{path}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'")
                && csp.contains("script-src 'self'")
                && csp.contains("connect-src 'self'"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["cache-control"], "no-store");
        assert!(h.get("set-cookie").is_none(), "{path} sets a cookie");
        let body = r.text().await.unwrap();
        if path == "/" {
            assert!(
                body.contains("https://example.com/?q=weather&amp;x=&quot;1&quot;"),
                "exit URL is escaped into the page"
            );
            assert!(!body.contains("{{"), "every placeholder is filled");
        }
        assert!(
            !body.contains("localStorage") && !body.contains("document.cookie"),
            "{path}"
        );
        total += body.len();
    }
    // Everything the page loads, uncompressed.
    assert!(total < 60 * 1024, "page is {total} bytes");
}

/// Issue 22.1: live counts of chats and waiting people are not for the internet. The
/// public listener answers 404 at `/metrics`; the metrics listener (`metrics_bind`) serves
/// it and nothing else; `off` serves it nowhere; a taken port stops startup by name.
#[tokio::test]
async fn metrics_are_served_only_on_their_own_listener() {
    let app = spawn_app("").await;
    let public = reqwest::get(app.http("/metrics")).await.unwrap();
    assert_eq!(public.status(), 404, "the public listener refuses /metrics");
    assert!(!public.text().await.unwrap().contains("lotsa_"));
    let metrics_addr = app.metrics_addr.expect("a metrics listener by default");
    assert_ne!(metrics_addr, app.addr);
    assert!(metrics_addr.ip().is_loopback());
    let private = reqwest::get(app.metrics_url()).await.unwrap();
    assert_eq!(private.status(), 200);
    assert!(private.text().await.unwrap().contains("lotsa_web_connections"));
    for path in ["/", "/healthz", "/readyz", "/chat/basic", "/staff"] {
        let r = reqwest::get(format!("http://{metrics_addr}{path}")).await.unwrap();
        assert_eq!(r.status(), 404, "the metrics listener serves only /metrics, not {path}");
    }

    let off = spawn_app("metrics_bind = \"off\"").await;
    assert_eq!(off.metrics_addr, None);
    let r = reqwest::get(off.http("/metrics")).await.unwrap();
    assert_eq!(r.status(), 404);

    let taken = lotsa::startup::Application::build(common::settings(&format!("metrics_bind = \"{metrics_addr}\"")))
        .await
        .err()
        .expect("a taken metrics port stops startup");
    assert!(taken.to_string().contains("metrics_bind"), "{taken}");
}

#[tokio::test]
async fn metrics_are_aggregates_with_nothing_a_person_sent() {
    let app = spawn_app("").await;
    let mut ws = app.ws().await;
    ws.start(Some("sv")).await;
    ws.send(serde_json::json!({"type": "text", "text": "Anna Svensson 0701234567"}))
        .await;
    ws.until_ask().await;
    ws.choose("promise.ok").await;
    ws.send_raw(tokio_tungstenite::tungstenite::Message::Text("{not json".into()))
        .await;
    ws.recv().await;
    let r = reqwest::get(app.metrics_url()).await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"),
        "{:?}",
        r.headers()
    );
    let text = r.text().await.unwrap();
    assert!(text.contains("lotsa_web_connections 1"), "{text}");
    assert!(text.contains("lotsa_web_frames_total{kind=\"Text\"} 1"), "{text}");
    assert!(text.contains("lotsa_web_frames_total{kind=\"Choose\"} 1"), "{text}");
    assert!(text.contains("lotsa_web_frames_total{kind=\"Invalid\"} 1"), "{text}");
    assert!(text.contains("lotsa_handoff_cases{state=\"Queued\"} 0"), "{text}");
    assert!(text.contains("lotsa_handoff_cases{state=\"Live\"} 0"), "{text}");
    assert!(text.contains("lotsa_conversations_total{channel=\"Web\"} 1"), "{text}");
    assert!(
        text.contains("lotsa_errors_total{channel=\"Web\",code=\"pick_option\"} 1"),
        "text where a button was expected: {text}"
    );
    assert!(
        text.contains("lotsa_errors_total{channel=\"Web\",code=\"bad_request\"} 1"),
        "{text}"
    );
    assert!(text.contains("lotsa_store_seconds_count{op=\"Save\"} 1"), "{text}");
    assert!(text.contains("lotsa_store_seconds_count{op=\"Update\"} 2"), "{text}");
    assert!(!text.contains("Anna") && !text.contains("0701234567") && !text.contains("not json"));
    // Every label value is a number (a histogram bucket) or one of the fixed names.
    let fixed = [
        "Start", "Resume", "Choose", "Text", "End", "Survey", "Invalid", "Web", "Basic", "Telegram", "Staff", "Queued",
        "Live", "Load", "Save", "Update", "Erase", "+Inf",
    ];
    for line in text.lines().filter(|l| l.contains('{')) {
        let labels = &line[line.find('{').unwrap() + 1..line.find('}').unwrap()];
        for value in labels.split(',').map(|kv| kv.split('"').nth(1).unwrap()) {
            assert!(
                fixed.contains(&value) || lotsa::render::ERROR_CODES.contains(&value) || value.parse::<f64>().is_ok(),
                "{line}"
            );
        }
    }
}
