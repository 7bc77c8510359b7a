//! Rendering: engine [`Reply`]s become localized, channel-neutral [`Rendered`] messages.
//!
//! Web chat serializes these as protocol frames and Telegram will turn them into messages
//! and inline keyboards, so both channels say exactly the same words. Each message carries
//! its language and direction, and every choice its own (the picker names each language
//! in itself).

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::config::{Contact, OpeningHours};
use crate::content::Content;
use crate::dialogue::{Command, Reply};
use crate::flow::{ContactsView, NodeKind};
use crate::i18n::LangIdx;
use crate::region::Region;

/// Error codes a channel or the engine can answer with; each has an `error-<code>` message.
pub const ERROR_CODES: &[&str] = &[
    "unknown_choice",
    "pick_option",
    "bad_request",
    "too_long",
    "rate_limited",
    "unavailable",
    "session_expired",
    "no_session",
    // The server is stopping; the page reconnects by itself (`shutdown`).
    "reconnecting",
];

/// Page chrome labels sent to the web page in the person's language.
pub const UI_LABELS: &[&str] = &[
    "exit",
    "restart",
    "connecting",
    "log",
    "send",
    "write",
    "staff",
    "title",
    "privacy",
    "privacy-text",
    "hint",
    "nav",
    "call-112",
    // The mailbox's text area and code field (assets/chat.js): the confirm step before a
    // message is left, and the code field's label and button.
    "mailbox-confirm",
    "mailbox-confirm-yes",
    "mailbox-edit",
    "mailbox-code",
    "mailbox-open",
];

/// The emergency number, always tap-to-call on the page.
pub const EMERGENCY: &str = "112";

/// Every phone number the person may read: the emergency number and each configured
/// contact's. The page makes these, and only these, tap-to-call links: a number a person
/// typed, or a date, never becomes one.
pub fn phones(content: &Content) -> Vec<String> {
    let c = &content.contacts;
    let mut phones: Vec<String> = std::iter::once(EMERGENCY.to_string())
        .chain(
            c.national
                .iter()
                .chain(c.regions.values().flatten())
                .chain(&c.professional)
                .filter_map(|c| c.phone.clone()),
        )
        .collect();
    phones.sort();
    phones.dedup();
    // Longest first, so "114 14" is linked whole and not as a part of a longer number.
    phones.sort_by_key(|p| std::cmp::Reverse(p.len()));
    phones
}

/// Every message the code uses directly, with the variables it provides. Checked in every
/// locale at startup like the flows' own messages.
pub fn builtin_messages() -> Vec<(String, &'static [&'static str])> {
    let mut list: Vec<(String, &'static [&'static str])> = vec![
        ("ended".into(), &[]),
        ("contacts-heading".into(), &["region"]),
        ("contacts-national-heading".into(), &[]),
        ("contacts-none".into(), &[]),
        ("contacts-emergency".into(), &[]),
        ("contact-phone".into(), &["name", "phone"]),
        ("contact-url".into(), &["name", "url"]),
        ("contact-hours".into(), &["hours"]),
        ("hours-always".into(), &[]),
        ("professional-heading".into(), &[]),
        ("professional-manual".into(), &["url"]),
        ("professional-none".into(), &[]),
    ];
    list.extend(ERROR_CODES.iter().map(|c| (format!("error-{c}"), &[] as &[&str])));
    list.extend(UI_LABELS.iter().map(|l| (format!("ui-{l}"), &[] as &[&str])));
    // The page's queue line, with `{n}` where the place goes.
    list.push(("ui-position".into(), &["position"]));
    // The version without JavaScript: the `<noscript>` link to it, and its word on live chat.
    list.push(("ui-basic".into(), &[]));
    list.push(("ui-basic-live".into(), &[]));
    list.push(("survey-ask".into(), &[]));
    list.push(("survey-thanks".into(), &[]));
    list.extend(SURVEY_ANSWERS.iter().map(|a| (format!("survey-{a}"), &[] as &[&str])));
    list.extend(Command::ALL.iter().map(|c| (c.label_id().to_string(), &[] as &[&str])));
    list.extend(Region::ALL.iter().map(|r| (r.label_id(), &[] as &[&str])));
    for day in [
        "day-mon", "day-tue", "day-wed", "day-thu", "day-fri", "day-sat", "day-sun",
    ] {
        list.push((day.into(), &[]));
    }
    list
}

/// A message ready for any channel. Serializes as the web chat protocol's frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Rendered {
    Say {
        text: String,
        lang: String,
        dir: &'static str,
    },
    Ask {
        text: String,
        lang: String,
        dir: &'static str,
        choices: Vec<RenderedChoice>,
        /// What typing answers at this step, besides the choices: `message` (a mailbox
        /// message or reply) or `code` (a receipt code); absent where typing is not asked.
        #[serde(skip_serializing_if = "Option::is_none")]
        input: Option<&'static str>,
    },
    Error {
        code: &'static str,
        text: String,
        lang: String,
        dir: &'static str,
    },
    /// `closed`: the conversation ended and was erased. During a handoff: `queued` (with
    /// the place in the queue), `connected`, and `ended` (the case closed).
    Status {
        state: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
        /// `queued`: the team that will answer, when it is not the region's own.
        #[serde(skip_serializing_if = "Option::is_none")]
        team: Option<&'static str>,
        /// `away`: when a team opens (RFC 3339, Stockholm's offset); absent when unknown.
        #[serde(skip_serializing_if = "Option::is_none")]
        opens: Option<String>,
    },
    /// The one optional question after a conversation ([`survey`]); answered with the
    /// web chat's `survey` frame, or a Telegram button.
    Survey {
        text: String,
        lang: String,
        dir: &'static str,
        choices: Vec<RenderedChoice>,
    },
    /// A staff member wrote, during a handoff. The text is theirs, shown as written.
    Staff {
        text: String,
        lang: String,
        dir: &'static str,
    },
    /// The support worker is writing (no text), during a handoff.
    Typing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenderedChoice {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub dir: &'static str,
    /// A global command (back, menu, language, person, end) rather than an answer.
    pub nav: bool,
}

impl Rendered {
    /// The text a person reads, if any (tests and the terminal use this).
    pub fn text(&self) -> Option<&str> {
        match self {
            Rendered::Say { text, .. }
            | Rendered::Ask { text, .. }
            | Rendered::Error { text, .. }
            | Rendered::Staff { text, .. }
            | Rendered::Survey { text, .. } => Some(text),
            Rendered::Status { .. } | Rendered::Typing => None,
        }
    }
}

/// Renders a batch of replies in `lang`.
pub fn render(content: &Content, lang: LangIdx, replies: &[Reply]) -> Vec<Rendered> {
    render_variant(content, lang, replies, None)
}

/// As [`render`], preferring a message's channel attribute (`.telegram`) where the words
/// must differ: a message about the web page's Exit button means nothing in Telegram.
pub fn render_variant(content: &Content, lang: LangIdx, replies: &[Reply], variant: Option<&str>) -> Vec<Rendered> {
    replies
        .iter()
        .flat_map(|r| render_one(content, lang, r, variant))
        .collect()
}

fn render_one(content: &Content, lang: LangIdx, reply: &Reply, variant: Option<&str>) -> Vec<Rendered> {
    match reply {
        Reply::Say(id) => {
            let text = variant
                .and_then(|v| content.locales.format_attribute(lang, id, v, None))
                .unwrap_or_else(|| content.locales.format(lang, id, None));
            vec![say(content, lang, text)]
        }
        Reply::Contacts(view, region) => vec![say(content, lang, contacts_text(content, lang, *view, *region))],
        Reply::Ask { node, nav } => {
            let node = content.flows.node(*node);
            let mut choices = Vec::new();
            if node.kind == NodeKind::Picker {
                // The language the picker is asked in (the person's hint, or their current
                // language) comes first, pre-selected in effect; the rest keep their order.
                let others = content.locales.all().filter(|l| *l != lang);
                for l in std::iter::once(lang).chain(others) {
                    choices.push(RenderedChoice {
                        id: format!("lang.{}", content.locales.code(l)),
                        label: content.locales.name(l),
                        lang: content.locales.code(l).to_string(),
                        dir: content.locales.dir(l).as_str(),
                        nav: false,
                    });
                }
            }
            for c in node.choices.iter().filter(|c| nav.caps.allows(c.needs)) {
                choices.push(choice(content, lang, c.id.clone(), &c.label, false));
            }
            for command in Command::ALL.into_iter().filter(|c| nav.offers(*c)) {
                choices.push(choice(
                    content,
                    lang,
                    command.id().to_string(),
                    command.label_id(),
                    true,
                ));
            }
            vec![Rendered::Ask {
                text: content.locales.format(lang, &node.ask, None),
                lang: content.locales.code(lang).to_string(),
                dir: content.locales.dir(lang).as_str(),
                choices,
                input: match node.kind {
                    NodeKind::MailboxWrite if nav.caps.mailbox => Some("message"),
                    NodeKind::MailboxCode if nav.caps.mailbox => Some("code"),
                    _ => None,
                },
            }]
        }
        Reply::Error(code) => vec![error(content, lang, code.as_str())],
        // Handoff and mailbox actions are for the channel; they show nothing by themselves.
        Reply::OpenCase | Reply::Relay | Reply::LeaveCase => Vec::new(),
        Reply::MailboxWrite | Reply::MailboxCode | Reply::MailboxDelete => Vec::new(),
        // Statistics are for the channel to count; they show nothing.
        Reply::Count { .. } => Vec::new(),
        Reply::Ended => vec![
            say(content, lang, content.locales.format(lang, "ended", None)),
            Rendered::status("closed"),
        ],
    }
}

impl Rendered {
    pub fn status(state: &'static str) -> Rendered {
        Rendered::Status {
            state,
            position: None,
            team: None,
            opens: None,
        }
    }
}

/// A plain message in `lang`.
pub fn say(content: &Content, lang: LangIdx, text: String) -> Rendered {
    Rendered::Say {
        text,
        lang: content.locales.code(lang).to_string(),
        dir: content.locales.dir(lang).as_str(),
    }
}

fn choice(content: &Content, lang: LangIdx, id: String, label: &str, nav: bool) -> RenderedChoice {
    RenderedChoice {
        id,
        label: label_text(content, lang, label),
        lang: content.locales.code(lang).to_string(),
        dir: content.locales.dir(lang).as_str(),
        nav,
    }
}

/// A button label or region name in `lang` (formatted once at load; in a right-to-left
/// language its Swedish place names isolated, see [`crate::i18n::Locales::label`]); the
/// person's echoed answer is this same text.
fn label_text(content: &Content, lang: LangIdx, id: &str) -> String {
    content.locales.label(lang, id)
}

/// A localized error frame. `code` must be one of [`ERROR_CODES`].
pub fn error(content: &Content, lang: LangIdx, code: &'static str) -> Rendered {
    debug_assert!(ERROR_CODES.contains(&code));
    Rendered::Error {
        code,
        text: content.locales.format(lang, &format!("error-{code}"), None),
        lang: content.locales.code(lang).to_string(),
        dir: content.locales.dir(lang).as_str(),
    }
}

/// The degraded answer when the session store cannot be reached: the `unavailable` error
/// (which names 112) and the national contacts with the emergency numbers. Needs nothing
/// but configuration, so it can always be given.
pub fn unavailable(content: &Content, lang: LangIdx) -> Vec<Rendered> {
    vec![
        error(content, lang, "unavailable"),
        say(content, lang, contacts_text(content, lang, ContactsView::Region, None)),
    ]
}

/// The page chrome's labels in `lang`, keyed by [`UI_LABELS`], and `position` with a
/// literal `{n}` where the page puts the place in the queue.
pub fn ui_labels(content: &Content, lang: LangIdx) -> serde_json::Map<String, serde_json::Value> {
    let mut labels: serde_json::Map<String, serde_json::Value> = UI_LABELS
        .iter()
        .map(|l| {
            (
                l.to_string(),
                content.locales.format(lang, &format!("ui-{l}"), None).into(),
            )
        })
        .collect();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("position", "{n}");
    labels.insert(
        "position".into(),
        content.locales.format(lang, "ui-position", Some(&args)).into(),
    );
    labels
}

/// The answers to the one question after a conversation, as counted (`survey.<answer>`).
pub const SURVEY_ANSWERS: [&str; 4] = ["yes", "little", "no", "skip"];

/// "Did this chat help you?" with its answers, in `lang`.
pub fn survey(content: &Content, lang: LangIdx) -> Rendered {
    Rendered::Survey {
        text: content.locales.format(lang, "survey-ask", None),
        choices: survey_choices(content, lang),
        lang: content.locales.code(lang).to_string(),
        dir: content.locales.dir(lang).as_str(),
    }
}

/// The answers to [`survey`], as buttons with the ids `survey.<answer>`.
pub fn survey_choices(content: &Content, lang: LangIdx) -> Vec<RenderedChoice> {
    SURVEY_ANSWERS
        .iter()
        .map(|a| RenderedChoice {
            id: format!("survey.{a}"),
            label: label_text(content, lang, &format!("survey-{a}")),
            lang: content.locales.code(lang).to_string(),
            dir: content.locales.dir(lang).as_str(),
            nav: false,
        })
        .collect()
}

fn contacts_text(content: &Content, lang: LangIdx, view: ContactsView, region: Option<Region>) -> String {
    let loc = &content.locales;
    let contacts = &content.contacts;
    let mut lines = Vec::new();
    match view {
        ContactsView::Region => {
            let region = region.unwrap_or(Region::National);
            if region != Region::National && !contacts.region(region).is_empty() {
                let mut args = FluentArgs::new();
                args.set("region", label_text(content, lang, &region.label_id()));
                lines.push(loc.format(lang, "contacts-heading", Some(&args)));
                lines.extend(
                    contacts
                        .region(region)
                        .iter()
                        .flat_map(|c| contact_lines(content, lang, c)),
                );
            }
            // Everyone sees the national contacts; "don't know / prefer not to say" also
            // sees the national team configured as `contacts.region.national`.
            let national: Vec<&Contact> = contacts
                .region(Region::National)
                .iter()
                .chain(&contacts.national)
                .collect();
            if !national.is_empty() {
                lines.push(loc.format(lang, "contacts-national-heading", None));
                lines.extend(national.into_iter().flat_map(|c| contact_lines(content, lang, c)));
            }
            if lines.is_empty() {
                lines.push(loc.format(lang, "contacts-none", None));
            }
        }
        ContactsView::Professional => {
            lines.push(loc.format(lang, "professional-heading", None));
            match &contacts.professional {
                Some(line) => lines.extend(contact_lines(content, lang, line)),
                None => lines.push(loc.format(lang, "professional-none", None)),
            }
            if let Some(url) = &contacts.manual_url {
                let mut args = FluentArgs::new();
                args.set("url", url.as_str());
                lines.push(loc.format(lang, "professional-manual", Some(&args)));
            }
        }
    }
    lines.push(loc.format(lang, "contacts-emergency", None));
    lines.join("\n")
}

fn contact_lines(content: &Content, lang: LangIdx, c: &Contact) -> Vec<String> {
    let loc = &content.locales;
    let mut lines = Vec::new();
    let mut args = FluentArgs::new();
    args.set("name", c.name.as_str());
    if let Some(phone) = &c.phone {
        args.set("phone", phone.as_str());
        lines.push(loc.format(lang, "contact-phone", Some(&args)));
    }
    if let Some(url) = &c.url {
        args.set("url", url.as_str());
        lines.push(loc.format(lang, "contact-url", Some(&args)));
    }
    if let Some(hours) = &c.hours {
        let text = match hours {
            OpeningHours::Always => loc.format(lang, "hours-always", None),
            OpeningHours::Spans(spans) => spans
                .iter()
                .map(|s| {
                    let days = if s.first == s.last {
                        loc.format(lang, s.first.label_id(), None)
                    } else {
                        format!(
                            "{}–{}",
                            loc.format(lang, s.first.label_id(), None),
                            loc.format(lang, s.last.label_id(), None)
                        )
                    };
                    format!("{days} {}–{}", s.open, s.close)
                })
                .collect::<Vec<_>>()
                .join(", "),
        };
        let mut args = FluentArgs::new();
        args.set("hours", text);
        lines.push(loc.format(lang, "contact-hours", Some(&args)));
    }
    lines
}
