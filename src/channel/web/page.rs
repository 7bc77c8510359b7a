//! The chat page's HTML, icons and `embed.js`: the skeleton in `assets/chat.html` filled in
//! for one request, in the language the browser asks for, under the configured disguise.
//!
//! The page is filled on the server, not only by the first `ui` frame, so that the header,
//! the privacy promise and the `<noscript>` link are in the person's language before any
//! script runs (and on phones where none runs). Every value is HTML-escaped: they come from
//! locale files and configuration, never from a request.

use std::time::Duration;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::config::{Disguise, Icon, LimitSettings, Settings};
use crate::content::Content;
use crate::i18n::LangIdx;

const PAGE: &str = include_str!("../../../assets/chat.html");
const EMBED: &str = include_str!("../../../assets/embed.js");
const ICON_CHAT: &str = include_str!("../../../assets/icon-chat.svg");
const ICON_NOTES: &str = include_str!("../../../assets/icon-notes.svg");
const ICON_RECIPES: &str = include_str!("../../../assets/icon-recipes.svg");

/// What the web channel needs from configuration.
#[derive(Debug, Clone)]
pub struct WebSettings {
    pub exit_url: String,
    pub frame_ancestors: String,
    /// The neutral title, icon and path, when the page is disguised.
    pub disguise: Option<Disguise>,
    /// How many connections, from where, and how lively they must be.
    pub limits: LimitSettings,
    /// A connection with no frame from the page and no news for this long is closed: its
    /// conversation has expired in the store by then too.
    pub idle: Duration,
}

impl From<&Settings> for WebSettings {
    fn from(s: &Settings) -> Self {
        WebSettings {
            exit_url: s.exit_url.clone(),
            frame_ancestors: s.frame_ancestors.clone(),
            disguise: s.disguise.clone(),
            limits: s.limits.clone(),
            idle: s.session_idle,
        }
    }
}

impl WebSettings {
    /// Where the chat page is served: `/`, or the disguise's own path.
    pub fn page_path(&self) -> &str {
        self.disguise.as_ref().map_or("/", |d| d.path.as_str())
    }
}

/// The page's policy: nothing but this server, and no inline code at all. `form_action` is
/// `'none'` for the chat page and `'self'` for the version without JavaScript.
pub fn content_security_policy(frame_ancestors: &str, form_action: &str) -> HeaderValue {
    let csp = format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; \
         base-uri 'none'; form-action {form_action}; frame-ancestors {frame_ancestors}"
    );
    HeaderValue::from_str(&csp)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"))
}

/// The chat page in `lang`: labels until the first `ui` frame, and for `<noscript>`.
pub fn chat_page(content: &Content, web: &WebSettings, lang: LangIdx) -> String {
    let text = |id: &str| escape_html(&content.locales.format(lang, id, None));
    let (title, icon) = title_and_icon(content, web, lang);
    let disguised = if web.disguise.is_some() { "1" } else { "" };
    fill(
        PAGE,
        &[
            ("LANG", escape_html(content.locales.code(lang))),
            ("DIR", content.locales.dir(lang).as_str().to_string()),
            ("EXIT_URL", escape_html(&web.exit_url)),
            ("DISGUISE", disguised.to_string()),
            ("TITLE", title.clone()),
            ("HEADING", title),
            ("ICON", icon.as_str().to_string()),
            ("EXIT", text("ui-exit")),
            ("PRIVACY", text("ui-privacy")),
            ("PRIVACY_TEXT", text("ui-privacy-text")),
            ("LOG", text("ui-log")),
            ("NAV", text("ui-nav")),
            ("HINT", text("ui-hint")),
            ("SEND", text("ui-send")),
            ("RESTART", text("ui-restart")),
            ("BASIC", text("ui-basic")),
        ],
    )
}

/// The tab's title and heading (escaped) and its icon: the disguise's, or the service's
/// name in `lang` and its own icon.
pub fn title_and_icon(content: &Content, web: &WebSettings, lang: LangIdx) -> (String, Icon) {
    match &web.disguise {
        Some(d) => (escape_html(&d.title), d.icon),
        None => (escape_html(&content.locales.format(lang, "ui-title", None)), Icon::Chat),
    }
}

/// `embed.js`, pointing at this server's chat page and exit site.
pub fn embed_script(web: &WebSettings) -> String {
    // A JSON string is a valid JavaScript string literal.
    let literal = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"about:blank\"".into());
    EMBED
        .replace("\"{{PAGE_PATH}}\"", &literal(web.page_path()))
        .replace("\"{{EXIT_URL}}\"", &literal(&web.exit_url))
}

/// The tab icon `name` (`chat`, `notes`, `recipes`), if there is one.
pub fn icon(name: &str) -> Option<&'static str> {
    match name {
        "chat" => Some(ICON_CHAT),
        "notes" => Some(ICON_NOTES),
        "recipes" => Some(ICON_RECIPES),
        _ => None,
    }
}

/// An embedded asset with its content type.
pub fn asset(content_type: &'static str, body: impl IntoResponse) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// Replaces each `{{NAME}}` in `template`; values must already be escaped.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{{{name}}}}}"), value);
    }
    out
}

pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder_and_escape_covers_attributes() {
        let out = fill(
            "<a title=\"{{T}}\">{{T}} {{U}}</a>",
            &[("T", escape_html("\"<x>&")), ("U", "u".into())],
        );
        assert_eq!(out, "<a title=\"&quot;&lt;x&gt;&amp;\">&quot;&lt;x&gt;&amp; u</a>");
    }

    #[test]
    fn icons_have_no_words() {
        for name in ["chat", "notes", "recipes"] {
            let svg = icon(name).unwrap();
            assert!(svg.starts_with("<svg") && !svg.contains("<text"), "{name}");
        }
        assert_eq!(icon("../x"), None);
    }
}
