//! The HTTP surface: health, the page and its headers, and the page's size budget.

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
            assert!(!body.contains("{{EXIT_URL}}"));
        }
        assert!(
            !body.contains("localStorage") && !body.contains("document.cookie"),
            "{path}"
        );
        total += body.len();
    }
    assert!(total < 60 * 1024, "page is {total} bytes");
}
