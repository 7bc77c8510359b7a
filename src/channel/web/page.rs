//! The chat page's HTML, icons and `embed.js`: the skeleton in `assets/chat.html` filled in
//! once per language at startup ([`Pages`]), under the configured disguise, and served in
//! the language the browser asks for.
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
use crate::html::{escape, fill};
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

/// The page chrome in one language, formatted and escaped once at startup: what the chat
/// page and the page without JavaScript both show around the conversation.
pub struct Chrome {
    pub lang: String,
    pub dir: &'static str,
    /// The tab's title and the heading: the disguise's, or the service's name.
    pub title: String,
    pub icon: Icon,
    pub exit: String,
    pub privacy: String,
    pub privacy_text: String,
    pub log: String,
    pub nav: String,
    pub restart: String,
}

impl Chrome {
    fn new(content: &Content, web: &WebSettings, lang: LangIdx) -> Chrome {
        let text = |id: &str| escape(&content.locales.format(lang, id, None));
        let (title, icon) = match &web.disguise {
            Some(d) => (escape(&d.title), d.icon),
            None => (text("ui-title"), Icon::Chat),
        };
        Chrome {
            lang: escape(content.locales.code(lang)),
            dir: content.locales.dir(lang).as_str(),
            title,
            icon,
            exit: text("ui-exit"),
            privacy: text("ui-privacy"),
            privacy_text: text("ui-privacy-text"),
            log: text("ui-log"),
            nav: text("ui-nav"),
            restart: text("ui-restart"),
        }
    }

    /// The placeholders both pages fill the same way.
    pub fn values(&self) -> [(&'static str, &str); 8] {
        [
            ("LANG", &self.lang),
            ("DIR", self.dir),
            ("TITLE", &self.title),
            ("HEADING", &self.title),
            ("ICON", self.icon.as_str()),
            ("PRIVACY", &self.privacy),
            ("PRIVACY_TEXT", &self.privacy_text),
            ("LOG", &self.log),
        ]
    }
}

/// Per language, the chrome and the whole chat page, made once at startup: they depend
/// only on the locales and the configuration, so no request formats a label again.
pub struct Pages {
    chrome: Vec<Chrome>,
    chat: Vec<String>,
}

impl Pages {
    pub fn new(content: &Content, web: &WebSettings) -> Pages {
        let chrome: Vec<Chrome> = content.locales.all().map(|l| Chrome::new(content, web, l)).collect();
        let chat = content
            .locales
            .all()
            .zip(&chrome)
            .map(|(l, c)| chat_page(content, web, l, c))
            .collect();
        Pages { chrome, chat }
    }

    pub fn chrome(&self, lang: LangIdx) -> &Chrome {
        &self.chrome[usize::from(lang.0)]
    }

    /// The chat page in `lang`: labels until the first `ui` frame, and for `<noscript>`.
    pub fn chat(&self, lang: LangIdx) -> &str {
        &self.chat[usize::from(lang.0)]
    }
}

fn chat_page(content: &Content, web: &WebSettings, lang: LangIdx, chrome: &Chrome) -> String {
    let text = |id: &str| escape(&content.locales.format(lang, id, None));
    let (exit_url, hint, send, basic) = (
        escape(&web.exit_url),
        text("ui-hint"),
        text("ui-send"),
        text("ui-basic"),
    );
    let disguised = if web.disguise.is_some() { "1" } else { "" };
    let mut values = chrome.values().to_vec();
    values.extend([
        ("EXIT_URL", exit_url.as_str()),
        ("DISGUISE", disguised),
        ("EXIT", &chrome.exit),
        ("NAV", &chrome.nav),
        ("HINT", &hint),
        ("SEND", &send),
        ("RESTART", &chrome.restart),
        ("BASIC", &basic),
    ]);
    fill(PAGE, &values)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_have_no_words() {
        for name in ["chat", "notes", "recipes"] {
            let svg = icon(name).unwrap();
            assert!(svg.starts_with("<svg") && !svg.contains("<text"), "{name}");
        }
        assert_eq!(icon("../x"), None);
    }
}
