//! The anonymous mailbox: a person leaves one message for their region's team when nobody
//! can answer, gets a receipt code shown once, and comes back with it for the answer; they
//! may reply once, or delete everything at once. Staff see, answer and are told of items
//! in their regions (`docs/staff.md`, "Mailbox"; the threat model in `docs/privacy.md`).
//!
//! The code is never stored. An item is found by the keyed hash of its code ([`ItemKey`]),
//! and staff know it by a separate random item id that does not lead to the code. The
//! message, the answers, the reply and an optional delivery address are sealed under a key
//! of the item's own (derived from the server's root secret and the item id, as handoff
//! transcripts are), so a dump of the store reads nothing. Every key is in the
//! `lotsa:{mailbox}:…` hash tag and has a TTL: `keep_days` after the item was left, or
//! 24 h after its answer was read, whichever comes first; [`Mailbox::sweep`] deletes what
//! is past either by the injected [`Clock`], so no key of an item outlives it.
//!
//! # Layout
//! - [`code`]: receipt codes, their keyed hash, and item ids.
//! - [`guess`]: the guessing limit per requester and per instance, and the answer floor.

pub mod code;
pub mod guess;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use secrecy::SecretBox;
use serde::{Deserialize, Serialize};

use crate::config::MailboxSettings;
use crate::handoff::routing::Routing;
use crate::metrics::{CodeResult, MailboxEvent, Metrics};
use crate::notify::{Alert, Notifier};
use crate::privacy::{CaseKeys, Roots};
use crate::region::Region;
use crate::relay::{Event, Relay, Topic};
use crate::session::StoreError;
use crate::session::kv::Kv;
use crate::stats::Stats;
pub use code::{ItemKey, Receipt};
pub use guess::{ANSWER_FLOOR, Floor, GuessLimit, Refused};

/// The longest message, answer or reply, in characters (not bytes: Arabic or Tigrinya
/// take two or three bytes a character and must get the same room).
pub const MAX_CHARS: usize = 2000;
/// An item whose answer was read is deleted this long after.
pub const READ_KEEP: i64 = 24 * 60 * 60;
/// What the staff topic carries when items changed: consoles on every instance then send
/// a fresh mailbox list. Not JSON, so the handoff's news parser passes it by.
pub const NEWS: &[u8] = b"mailbox";

/// Unix seconds now. Injected, so tests move time forward for expiry and age; startup
/// passes [`system_clock`].
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(|| jiff::Timestamp::now().as_second())
}

/// The day-counter dimensions, like the handoff funnel: by region, and the time until the
/// first answer in buckets (not by region: too fine).
pub mod dimension {
    pub const LEFT: &str = "mailbox.left";
    pub const ANSWERED: &str = "mailbox.answered";
    pub const READ: &str = "mailbox.read";
    pub const WAIT: &str = "mailbox.wait";
}

/// The bucket of the time until an item's first answer, `waited` in seconds.
pub fn wait_bucket(waited: i64) -> &'static str {
    const HOUR: i64 = 3600;
    match waited {
        ..HOUR => "under-1h",
        HOUR..28_800 => "1-8h",
        28_800..86_400 => "8-24h",
        86_400..259_200 => "1-3d",
        _ => "over-3d",
    }
}

/// The error codes the channels answer with (`error-<code>` in every locale).
pub const ERROR_CODES: &[&str] = &[
    "not_found",
    "mailbox_empty",
    "mailbox_too_long",
    "mailbox_limited",
    "mailbox_replied",
    "mailbox_off",
];

/// The messages the mailbox's answers need in every locale: its errors, the receipt (with
/// the code and the days it is kept), and the words around an opened item.
pub fn builtin_messages() -> Vec<(String, &'static [&'static str])> {
    let mut list: Vec<(String, &'static [&'static str])> = ERROR_CODES
        .iter()
        .map(|c| (format!("error-{c}"), &[] as &[&str]))
        .collect();
    list.push(("mailbox-receipt".to_string(), &["code", "days"]));
    for id in ["mailbox-waiting", "mailbox-answer-intro"] {
        list.push((id.to_string(), &[]));
    }
    list
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MailboxError {
    /// `[mailbox] enabled = false`.
    #[error("mailbox is off")]
    Disabled,
    /// No item has this code or id (or it is another region's: the same answer).
    #[error("not found")]
    NotFound,
    #[error("empty")]
    Empty,
    #[error("too long")]
    TooLong,
    /// Too many codes tried, from this requester or on this instance.
    #[error("too many tries")]
    Limited(Refused),
    /// The person's one reply was given already.
    #[error("already replied")]
    Replied,
    #[error("store unavailable")]
    Unavailable,
}

impl MailboxError {
    /// The protocol's error code (`error-<code>` is its message).
    pub fn code(self) -> &'static str {
        match self {
            MailboxError::Disabled => "mailbox_off",
            MailboxError::NotFound => "not_found",
            MailboxError::Empty => "mailbox_empty",
            MailboxError::TooLong => "mailbox_too_long",
            MailboxError::Limited(_) => "mailbox_limited",
            MailboxError::Replied => "mailbox_replied",
            MailboxError::Unavailable => "unavailable",
        }
    }
}

impl From<StoreError> for MailboxError {
    fn from(_: StoreError) -> Self {
        MailboxError::Unavailable
    }
}

/// What a person sees when they open their item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// Nobody has answered yet.
    Waiting,
    /// The team's answers, oldest first.
    Answered { answers: Vec<String> },
}

/// An item's state as staff see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffState {
    /// Waiting for an answer (also after the person's reply).
    New,
    /// Answered, not yet read.
    Answered,
    /// The person has read the answer; the item goes 24 h later.
    Read,
}

impl StaffState {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffState::New => "new",
            StaffState::Answered => "answered",
            StaffState::Read => "read",
        }
    }
}

/// One item in a staff member's mailbox view.
#[derive(Debug, Clone)]
pub struct StaffItem {
    pub item: String,
    pub region: Region,
    pub lang: String,
    pub age_secs: i64,
    pub state: StaffState,
    pub text: String,
    /// The team's answers so far, oldest first.
    pub answers: Vec<String>,
    /// The person's one reply, once given.
    pub reply: Option<String>,
}

/// Which items a staff member may see: their regions, or all for an admin (as cases).
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub regions: &'a [Region],
    pub all: bool,
}

impl Scope<'_> {
    fn covers(&self, region: Region) -> bool {
        self.all || self.regions.contains(&region)
    }
}

/// A staff answer stored: what the console and the audit log need.
#[derive(Debug, Clone)]
pub struct Answered {
    pub item: String,
    pub region: Region,
}

/// Delivers an answer to where the person asked for it (a Telegram chat), set by startup
/// when such a channel runs. `to` is the unsealed address the channel gave at leave time.
#[async_trait]
pub trait Deliver: Send + Sync + 'static {
    /// `true` once delivered; the address is then forgotten.
    async fn deliver(&self, to: &[u8], lang: &str, text: &str) -> bool;
}

/// A sealed line: the time and the sealed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Line {
    at: i64,
    #[serde(with = "crate::privacy::hex_serde")]
    text: Vec<u8>,
}

/// An item as stored: only ids, times and sealed bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Item {
    id: String,
    region: Region,
    lang: String,
    left_at: i64,
    /// The keyed hash of the code (sealed), to delete its pointer with the item.
    #[serde(with = "crate::privacy::hex_serde")]
    code: Vec<u8>,
    message: Line,
    answers: Vec<Line>,
    reply: Option<Line>,
    /// When the person first opened it with an answer to read.
    read_at: Option<i64>,
    /// When the first answer was given (the funnel's wait).
    answered_at: Option<i64>,
    /// The team's on-call tools were told of it.
    notified: bool,
    #[serde(with = "crate::privacy::hex_serde::option", default)]
    deliver_to: Option<Vec<u8>>,
}

impl Item {
    fn expires_at(&self, keep: i64) -> i64 {
        let kept = self.left_at + keep;
        match self.read_at {
            Some(read) => kept.min(read + READ_KEEP),
            None => kept,
        }
    }

    fn state(&self) -> StaffState {
        let last_answer = self.answers.last().map(|a| a.at);
        match (last_answer, &self.reply) {
            (None, _) => StaffState::New,
            (Some(answer), Some(reply)) if reply.at >= answer => StaffState::New,
            _ if self.read_at.is_some() => StaffState::Read,
            _ => StaffState::Answered,
        }
    }
}

fn item_key(id: &str) -> String {
    format!("lotsa:{{mailbox}}:item:{id}")
}

fn code_key(key: &ItemKey) -> String {
    format!("lotsa:{{mailbox}}:code:{}", key.hex())
}

fn region_key(region: Region) -> String {
    format!("lotsa:{{mailbox}}:region:{}", region.id())
}

/// An item as read, with its bytes for compare-and-swap.
struct Stored {
    item: Item,
    bytes: Vec<u8>,
}

/// How many times a change is retried when another instance changed the item first.
const RETRIES: usize = 8;

pub struct Mailbox {
    kv: Arc<dyn Kv>,
    settings: MailboxSettings,
    /// Hashes codes (current root; the previous one during a rotation, for reading).
    code_keys: (SecretBox<[u8; 32]>, Option<SecretBox<[u8; 32]>>),
    /// Seals each item's text under a key of its own.
    seal: CaseKeys,
    clock: Clock,
    guesses: GuessLimit,
    stats: Option<Stats>,
    metrics: Option<Arc<Metrics>>,
    relay: Option<Arc<dyn Relay>>,
    notify: Option<(Arc<Notifier>, Routing)>,
    deliver: std::sync::OnceLock<Arc<dyn Deliver>>,
}

impl std::fmt::Debug for Mailbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailbox").field("settings", &self.settings).finish()
    }
}

/// Why a text is refused, if it is.
pub fn check_text(text: &str) -> Result<(), MailboxError> {
    if text.trim().is_empty() {
        return Err(MailboxError::Empty);
    }
    if text.chars().count() > MAX_CHARS {
        return Err(MailboxError::TooLong);
    }
    Ok(())
}

impl Mailbox {
    pub fn new(kv: Arc<dyn Kv>, settings: MailboxSettings, roots: &Roots, clock: Clock) -> Mailbox {
        let derive = |root: &SecretBox<[u8; 32]>| {
            use secrecy::ExposeSecret;
            SecretBox::new(Box::new(crate::privacy::derive_key(
                root.expose_secret(),
                b"lotsa/mailbox-code/v1",
            )))
        };
        Mailbox {
            kv,
            settings,
            code_keys: (derive(&roots.current), roots.previous.as_ref().map(derive)),
            seal: CaseKeys::for_purpose(roots, b"lotsa/mailbox-text/v1"),
            clock,
            guesses: GuessLimit::default(),
            stats: None,
            metrics: None,
            relay: None,
            notify: None,
            deliver: std::sync::OnceLock::new(),
        }
    }

    /// Counts the funnel in the day counters.
    pub fn counting(mut self, stats: Stats) -> Mailbox {
        self.stats = Some(stats);
        self
    }

    /// Counts codes tried and items' events in `/metrics` (fixed labels only).
    pub fn measuring(mut self, metrics: Arc<Metrics>) -> Mailbox {
        self.metrics = Some(metrics);
        self
    }

    /// Tells consoles on every instance of changes, through the relay's staff topic.
    pub fn relaying(mut self, relay: Arc<dyn Relay>) -> Mailbox {
        self.relay = Some(relay);
        self
    }

    /// Tells the team's on-call subscribers of a new item, at once if the team is open,
    /// else when it opens ([`Mailbox::sweep`] checks).
    pub fn notifying(mut self, notifier: Arc<Notifier>, routing: Routing) -> Mailbox {
        self.notify = Some((notifier, routing));
        self
    }

    /// Other guessing limits (tests use small ones).
    pub fn with_guess_limit(mut self, limit: GuessLimit) -> Mailbox {
        self.guesses = limit;
        self
    }

    /// Where answers go for an item left with a delivery address (a Telegram chat).
    pub fn set_deliver(&self, deliver: Arc<dyn Deliver>) {
        let _ = self.deliver.set(deliver);
    }

    pub fn enabled(&self) -> bool {
        self.settings.enabled
    }

    pub fn settings(&self) -> &MailboxSettings {
        &self.settings
    }

    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    fn keep(&self) -> i64 {
        self.settings.keep.as_secs() as i64
    }

    /// The key of a typed code: digits only (spaces and dashes ignored), exactly 16.
    pub fn key_of(&self, code: &str) -> Option<ItemKey> {
        code::normalize(code).map(|d| code::hash(&self.code_keys.0, &d))
    }

    /// Where an item of `code` may be: its key under the current root and, during a key
    /// rotation, under the previous one (an item left before the rotation is still
    /// found by its code until it expires).
    fn keys_of(&self, code: &str) -> Vec<ItemKey> {
        let Some(digits) = code::normalize(code) else {
            return Vec::new();
        };
        let mut keys = vec![code::hash(&self.code_keys.0, &digits)];
        keys.extend(self.code_keys.1.as_ref().map(|k| code::hash(k, &digits)));
        keys
    }

    /// One try at a code by `requester` (an address's bytes, a chat's pseudonym).
    pub fn admit(&self, requester: &[u8]) -> Result<(), MailboxError> {
        self.guesses.admit(requester).map_err(|refused| {
            self.code_result(match refused {
                Refused::Requester => CodeResult::LimitedRequester,
                Refused::Instance => CodeResult::LimitedInstance,
            });
            MailboxError::Limited(refused)
        })
    }

    /// What a channel does with a typed code: one try for `requester` (within the
    /// guessing limit), then the item opened, counted in `/metrics`. The channel holds
    /// its answer until the [`Floor`] it started when the request came in.
    pub async fn open_code(&self, requester: &[u8], code: &str) -> Result<(ItemKey, Opened), MailboxError> {
        if !self.enabled() {
            return Err(MailboxError::Disabled);
        }
        self.admit(requester)?;
        let mut found = None;
        for key in self.keys_of(code) {
            if let Some(opened) = self.open(&key).await? {
                found = Some((key, opened));
                break;
            }
        }
        self.code_result(match found {
            Some(_) => CodeResult::Found,
            None => CodeResult::NotFound,
        });
        found.ok_or(MailboxError::NotFound)
    }

    /// Deletes the item of a typed code, as [`Mailbox::open_code`] opens it.
    pub async fn delete_code(&self, requester: &[u8], code: &str) -> Result<(), MailboxError> {
        if !self.enabled() {
            return Err(MailboxError::Disabled);
        }
        self.admit(requester)?;
        let mut deleted = false;
        for key in self.keys_of(code) {
            deleted = deleted || self.delete(&key).await?;
        }
        self.code_result(if deleted {
            CodeResult::Found
        } else {
            CodeResult::NotFound
        });
        deleted.then_some(()).ok_or(MailboxError::NotFound)
    }

    /// Leaves a new message for `region`'s team; the receipt is shown once and forgotten.
    /// `deliver_to`: where an answer may be sent (a Telegram chat id), sealed with the item.
    pub async fn leave(
        &self,
        region: Region,
        lang: &str,
        text: &str,
        deliver_to: Option<Vec<u8>>,
    ) -> Result<Receipt, MailboxError> {
        if !self.enabled() {
            return Err(MailboxError::Disabled);
        }
        check_text(text)?;
        let now = self.now();
        let ttl = self.ttl(self.keep());
        // A fresh code and id each try; a collision of either (odds near zero) draws again.
        for _ in 0..RETRIES {
            let receipt = Receipt::generate();
            let key = code::hash(&self.code_keys.0, receipt.digits());
            let id = code::item_id();
            let seal = |bytes: &[u8]| self.seal.seal(id.as_bytes(), bytes);
            let item = Item {
                id: id.clone(),
                region,
                lang: lang.to_string(),
                left_at: now,
                code: seal(&key.0),
                message: Line {
                    at: now,
                    text: seal(text.as_bytes()),
                },
                answers: Vec::new(),
                reply: None,
                read_at: None,
                answered_at: None,
                notified: false,
                deliver_to: deliver_to.as_deref().map(seal),
            };
            if !self.kv.swap(&code_key(&key), None, id.as_bytes(), ttl).await? {
                continue;
            }
            if !self.kv.swap(&item_key(&id), None, &encode(&item), ttl).await? {
                self.kv.del(&[code_key(&key)]).await?;
                continue;
            }
            self.kv.set_add(&region_key(region), &id, ttl).await?;
            self.count(dimension::LEFT, region.id()).await;
            self.event(MailboxEvent::Left);
            self.news().await;
            self.tell_team(&item).await;
            return Ok(receipt);
        }
        Err(MailboxError::Unavailable)
    }

    /// The person opens their item. An answered item is marked read (it then goes 24 h
    /// later). `None`: no item has this key.
    pub async fn open(&self, key: &ItemKey) -> Result<Option<Opened>, MailboxError> {
        if !self.enabled() {
            return Err(MailboxError::Disabled);
        }
        let now = self.now();
        let changed = self
            .change_by_key(key, |item| {
                if item.answers.is_empty() || item.read_at.is_some() {
                    return None;
                }
                Some(Item {
                    read_at: Some(now),
                    ..item.clone()
                })
            })
            .await?;
        let Some((item, was_marked)) = changed else {
            return Ok(None);
        };
        if was_marked {
            self.count(dimension::READ, item.region.id()).await;
            self.event(MailboxEvent::Read);
            self.news().await;
        }
        if item.answers.is_empty() {
            return Ok(Some(Opened::Waiting));
        }
        let answers = item.answers.iter().map(|a| self.open_text(&item, &a.text)).collect();
        Ok(Some(Opened::Answered { answers }))
    }

    /// The person's one reply. `false` when the item is gone or was replied to already.
    pub async fn reply(&self, key: &ItemKey, text: &str) -> Result<bool, MailboxError> {
        if !self.enabled() {
            return Err(MailboxError::Disabled);
        }
        check_text(text)?;
        let now = self.now();
        let changed = self
            .change_by_key(key, |item| {
                if item.reply.is_some() {
                    return None;
                }
                Some(Item {
                    reply: Some(Line {
                        at: now,
                        text: self.seal.seal(item.id.as_bytes(), text.as_bytes()),
                    }),
                    // It waits for the team again, up to keep_days from when it was left.
                    read_at: None,
                    ..item.clone()
                })
            })
            .await?;
        match changed {
            Some((_, true)) => {
                self.event(MailboxEvent::Replied);
                self.news().await;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Deletes the item and every key of it. `false` when it was gone already.
    pub async fn delete(&self, key: &ItemKey) -> Result<bool, MailboxError> {
        let Some(stored) = self.by_key(key).await? else {
            return Ok(false);
        };
        self.remove(&stored.item).await?;
        self.event(MailboxEvent::Deleted);
        self.news().await;
        Ok(true)
    }

    /// The items a staff member may see, oldest first. Expired ones are deleted on the way.
    pub async fn list(&self, scope: Scope<'_>) -> Result<Vec<StaffItem>, MailboxError> {
        let now = self.now();
        let mut out = Vec::new();
        for region in Region::ALL.into_iter().filter(|r| scope.covers(*r)) {
            for item in self.region_items(region).await? {
                if item.expires_at(self.keep()) <= now {
                    self.remove(&item).await?;
                    continue;
                }
                out.push(self.staff_item(&item, now));
            }
        }
        out.sort_by_key(|i| std::cmp::Reverse(i.age_secs));
        Ok(out)
    }

    /// A staff member answers an item in their scope; another region's item is
    /// `NotFound`, exactly as a made-up id is.
    pub async fn answer(&self, id: &str, scope: Scope<'_>, text: &str) -> Result<Answered, MailboxError> {
        check_text(text)?;
        if !code::is_item_id(id) {
            return Err(MailboxError::NotFound);
        }
        let now = self.now();
        for _ in 0..RETRIES {
            let Some(stored) = self.by_id(id).await? else {
                return Err(MailboxError::NotFound);
            };
            let old = &stored.item;
            if !scope.covers(old.region) || old.expires_at(self.keep()) <= now {
                return Err(MailboxError::NotFound);
            }
            let mut new = old.clone();
            new.answers.push(Line {
                at: now,
                text: self.seal.seal(id.as_bytes(), text.as_bytes()),
            });
            new.answered_at.get_or_insert(now);
            if !self.replace(&stored, &new, now).await? {
                continue;
            }
            self.event(MailboxEvent::Answered);
            if old.answered_at.is_none() {
                self.count(dimension::ANSWERED, old.region.id()).await;
                self.count(dimension::WAIT, wait_bucket(now - old.left_at)).await;
            }
            self.deliver(&new, text).await;
            self.news().await;
            return Ok(Answered {
                item: id.to_string(),
                region: old.region,
            });
        }
        Err(MailboxError::Unavailable)
    }

    /// Deletes every item past its time by the clock, and tells the on-call tools of items
    /// whose team has opened since they were left. Returns how many were deleted.
    pub async fn sweep(&self) -> Result<usize, MailboxError> {
        let now = self.now();
        let mut deleted = 0;
        for region in Region::ALL {
            let items = self.region_items(region).await?;
            let mut waiting = 0;
            let mut untold = Vec::new();
            for item in items {
                if item.expires_at(self.keep()) <= now {
                    self.remove(&item).await?;
                    self.event(MailboxEvent::Expired);
                    deleted += 1;
                } else {
                    waiting += 1;
                    if !item.notified {
                        untold.push(item);
                    }
                }
            }
            // Items left while the team was closed: one alert with the count already read,
            // rather than one per item, each reading the whole region again (n² reads of
            // the store after a weekend; the notifier would fold the alerts anyway).
            if untold.is_empty() {
                continue;
            }
            let Some((notifier, team)) = self.open_team(region) else {
                continue;
            };
            let mut marked = false;
            for item in &untold {
                marked |= self.mark_told(item).await;
            }
            if marked {
                Self::alert(notifier, team, waiting).await;
            }
        }
        if deleted > 0 {
            self.news().await;
        }
        Ok(deleted)
    }

    /// Sweeps every `every` until the handle is aborted.
    pub fn spawn_sweeper(self: &Arc<Self>, every: Duration) -> tokio::task::JoinHandle<()> {
        let me = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                if me.sweep().await.is_err() {
                    tracing::warn!("mailbox: could not sweep expired items");
                }
            }
        })
    }

    // ------------------------------------------------------------ internals

    /// A TTL of `secs` from now (at least a second: a key always expires by itself).
    fn ttl(&self, secs: i64) -> Duration {
        Duration::from_secs(secs.max(1) as u64)
    }

    fn open_text(&self, item: &Item, sealed: &[u8]) -> String {
        self.seal
            .open(item.id.as_bytes(), sealed)
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default()
    }

    fn staff_item(&self, item: &Item, now: i64) -> StaffItem {
        StaffItem {
            item: item.id.clone(),
            region: item.region,
            lang: item.lang.clone(),
            age_secs: (now - item.left_at).max(0),
            state: item.state(),
            text: self.open_text(item, &item.message.text),
            answers: item.answers.iter().map(|a| self.open_text(item, &a.text)).collect(),
            reply: item.reply.as_ref().map(|r| self.open_text(item, &r.text)),
        }
    }

    async fn region_items(&self, region: Region) -> Result<Vec<Item>, MailboxError> {
        let set = region_key(region);
        let ids: Vec<String> = self
            .kv
            .members(&set)
            .await?
            .into_iter()
            .filter(|id| code::is_item_id(id))
            .collect();
        let keys: Vec<String> = ids.iter().map(|id| item_key(id)).collect();
        let values = self.kv.get_many(&keys).await?;
        let mut items = Vec::with_capacity(ids.len());
        for (id, value) in ids.iter().zip(values) {
            match value.and_then(|b| serde_json::from_slice::<Item>(&b).ok()) {
                Some(item) => items.push(item),
                None => self.kv.set_remove(&set, id).await?,
            }
        }
        Ok(items)
    }

    async fn by_id(&self, id: &str) -> Result<Option<Stored>, MailboxError> {
        let Some(bytes) = self.kv.get(&item_key(id)).await? else {
            return Ok(None);
        };
        Ok(serde_json::from_slice(&bytes).ok().map(|item| Stored { item, bytes }))
    }

    /// The item under `key`, unless it has expired by the clock.
    async fn by_key(&self, key: &ItemKey) -> Result<Option<Stored>, MailboxError> {
        let Some(id) = self.kv.get(&code_key(key)).await? else {
            return Ok(None);
        };
        let Some(id) = String::from_utf8(id).ok().filter(|id| code::is_item_id(id)) else {
            return Ok(None);
        };
        let Some(stored) = self.by_id(&id).await? else {
            return Ok(None);
        };
        if stored.item.expires_at(self.keep()) <= self.now() {
            self.remove(&stored.item).await?;
            return Ok(None);
        }
        Ok(Some(stored))
    }

    /// Reads the item under `key` and applies `f` (compare-and-swap, retried on a race).
    /// `None`: no such item; `Some((item, true))`: changed to `item`; `(item, false)`:
    /// `f` wanted no change.
    async fn change_by_key(
        &self,
        key: &ItemKey,
        f: impl Fn(&Item) -> Option<Item>,
    ) -> Result<Option<(Item, bool)>, MailboxError> {
        for _ in 0..RETRIES {
            let Some(stored) = self.by_key(key).await? else {
                return Ok(None);
            };
            let Some(new) = f(&stored.item) else {
                return Ok(Some((stored.item, false)));
            };
            if self.replace(&stored, &new, self.now()).await? {
                return Ok(Some((new, true)));
            }
        }
        Err(MailboxError::Unavailable)
    }

    /// Writes `new` over `old` unless it changed since; every key's TTL follows the
    /// item's expiry (shorter once read).
    async fn replace(&self, old: &Stored, new: &Item, now: i64) -> Result<bool, MailboxError> {
        let ttl = self.ttl(new.expires_at(self.keep()) - now);
        if !self
            .kv
            .swap(&item_key(&new.id), Some(&old.bytes), &encode(new), ttl)
            .await?
        {
            return Ok(false);
        }
        if let Some(key) = self.code_of(new) {
            // Re-set with the item's TTL (the pointer must never outlive the item).
            self.kv.set(&code_key(&key), new.id.as_bytes(), ttl).await?;
        }
        Ok(true)
    }

    fn code_of(&self, item: &Item) -> Option<ItemKey> {
        let bytes = self.seal.open(item.id.as_bytes(), &item.code)?;
        Some(ItemKey(bytes.try_into().ok()?))
    }

    async fn remove(&self, item: &Item) -> Result<(), MailboxError> {
        let mut keys = vec![item_key(&item.id)];
        keys.extend(self.code_of(item).map(|k| code_key(&k)));
        self.kv.del(&keys).await?;
        self.kv.set_remove(&region_key(item.region), &item.id).await?;
        Ok(())
    }

    async fn count(&self, dimension: &str, value: &str) {
        if let Some(stats) = &self.stats {
            stats.count(dimension, value).await;
        }
    }

    fn event(&self, event: MailboxEvent) {
        if let Some(m) = &self.metrics {
            m.mailbox(event);
        }
    }

    fn code_result(&self, result: CodeResult) {
        if let Some(m) = &self.metrics {
            m.mailbox_code(result);
        }
    }

    async fn news(&self) {
        if let Some(relay) = &self.relay
            && relay
                .publish(Topic::Staff, Event::Handoff(NEWS.to_vec()))
                .await
                .is_err()
        {
            tracing::warn!("mailbox: could not tell the consoles of a change");
        }
    }

    /// Tells the item's team's on-call tools, if the team answers now; marks it told.
    async fn tell_team(&self, item: &Item) {
        let Some((notifier, team)) = self.open_team(item.region) else {
            return;
        };
        if self.mark_told(item).await {
            let waiting = self.region_items(item.region).await.map(|v| v.len()).unwrap_or(1);
            Self::alert(notifier, team, waiting).await;
        }
    }

    /// The on-call tools and the team of `region`, if there are tools to tell and the
    /// team answers now by the mailbox's clock.
    fn open_team(&self, region: Region) -> Option<(&Notifier, Region)> {
        let (notifier, routing) = self.notify.as_ref()?;
        // Without an on-call tool there is no one to tell, and no count to read.
        if notifier.is_empty() {
            return None;
        }
        let team = routing.team_for(region)?;
        let now = jiff::Timestamp::from_second(self.now()).unwrap_or_else(|_| jiff::Timestamp::now());
        routing.is_open(team, now).then_some((notifier.as_ref(), team))
    }

    /// Marks the item told; `false` if it already was, or another instance marked it first
    /// (only the instance that marks it tells, so two sweeps never both do).
    async fn mark_told(&self, item: &Item) -> bool {
        let Ok(Some(stored)) = self.by_id(&item.id).await else {
            return false;
        };
        if stored.item.notified {
            return false;
        }
        let new = Item {
            notified: true,
            ..stored.item.clone()
        };
        matches!(self.replace(&stored, &new, self.now()).await, Ok(true))
    }

    async fn alert(notifier: &Notifier, team: Region, waiting: usize) {
        notifier
            .people_waiting(Alert {
                team,
                urgent: false,
                waiting,
                escalated: false,
            })
            .await;
    }

    /// Sends an answer where the person asked for it, then forgets the address.
    async fn deliver(&self, item: &Item, text: &str) {
        let (Some(deliver), Some(sealed)) = (self.deliver.get(), &item.deliver_to) else {
            return;
        };
        let Some(to) = self.seal.open(item.id.as_bytes(), sealed) else {
            return;
        };
        if !deliver.deliver(&to, &item.lang, text).await {
            return;
        }
        for _ in 0..RETRIES {
            let Ok(Some(stored)) = self.by_id(&item.id).await else {
                return;
            };
            let new = Item {
                deliver_to: None,
                ..stored.item.clone()
            };
            if matches!(self.replace(&stored, &new, self.now()).await, Ok(true)) {
                return;
            }
        }
    }
}

fn encode(item: &Item) -> Vec<u8> {
    serde_json::to_vec(item).expect("an item always serializes")
}

#[cfg(test)]
mod tests;
