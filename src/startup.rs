//! Wiring: shared state, the router, and an [`Application`] that binds, reports its port
//! and serves until a shutdown future resolves.
//!
//! As in mini-redis, the server takes its shutdown signal from outside, so `main` passes
//! ctrl-c/SIGTERM and tests pass whatever ends the test.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::extract::{FromRef, MatchedPath};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::channel::telegram::{self, Telegram, TelegramSettings};
use crate::channel::web;
use crate::check::Problems;
use crate::config::{ClientAddress, Settings};
use crate::content::Content;
use crate::handoff::Handoff;
use crate::limit::{ConnectionLimits, KeyedBuckets};
use crate::mailbox::{Clock, Mailbox};
use crate::metrics::Metrics;
use crate::notify::presence::Presence;
use crate::notify::push::WebPush;
use crate::notify::webhook::Webhooks;
use crate::notify::{Notifier, Pager};
use crate::privacy::{self, CaseKeys, Pseudonyms, Roots, Sealer};
use crate::relay::{MemoryRelay, RedisRelay, Relay};
use crate::session::kv::{Kv, MemoryKv, RedisKv};
use crate::session::redis_store::{RedisConn, RedisStore, RedisStoreError};
use crate::session::{MemoryStore, SessionKey, SessionStore};
use crate::shutdown::{Shutdown, Trigger};
use crate::staff::auth::{self as staff_auth, StaffAuth};
use crate::staff::console::ConsoleState;
use crate::staff::push::PushState;
use crate::staff::stats::StatsPageState;
use crate::staff::words::{Words, WordsError};
use crate::stats::{MemoryStats, RedbStats, RedisStats, Stats, StatsError, StatsStore};
use secrecy::{ExposeSecret, SecretString};

/// Everything a request handler may use, passed explicitly; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// Flows, locales and contacts, checked at startup and read-only afterwards.
    pub content: Arc<Content>,
    /// Where conversations wait between messages.
    pub store: Arc<dyn SessionStore>,
    /// Carries events to the connection attached to a conversation, on any instance.
    pub relay: Arc<dyn Relay>,
    /// Shared state besides conversations (handoff cases, staff sessions), in the same
    /// backend as `store`.
    pub kv: Arc<dyn Kv>,
    /// Derives store keys from tokens and channel ids.
    pub pseudonyms: Arc<Pseudonyms>,
    /// Page settings the web channel needs (exit site, embedding policy).
    pub web: Arc<web::WebSettings>,
    /// Open web chat connections, in total and per client address (in memory only).
    pub connections: Arc<ConnectionLimits>,
    /// How fast each conversation may send, across all its sockets and chats (in memory
    /// only, keyed by pseudonym; the web chat and Telegram share it).
    pub conversation_rates: Arc<KeyedBuckets<SessionKey>>,
    /// The web chat's `ui` frame, page and page chrome in every language, made once.
    pub localized: Arc<web::Localized>,
    /// The Telegram channel when a token is configured; its webhook route needs it.
    pub telegram: Option<Arc<Telegram>>,
    /// Live handoffs to staff: cases, the queue, relayed text.
    pub handoff: Arc<Handoff>,
    /// Messages for later, with a receipt code (`[mailbox]`).
    pub mailbox: Arc<Mailbox>,
    /// On-call notifications, and which teams have a console open.
    pub notifier: Arc<Notifier>,
    /// Web Push to staff browsers: the VAPID key and the subscriptions.
    pub push: Arc<WebPush>,
    /// Staff accounts, login and sessions (sessions live in `kv`).
    pub staff_auth: Arc<StaffAuth>,
    /// The console's and statistics page's own words, in the languages staff work in.
    pub staff_words: Arc<Words>,
    /// Anonymous day counters (Redis, the data directory's redb file, or memory).
    pub stats: Stats,
    /// Operational aggregates for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// Whether the server is stopping; long-lived connections say goodbye when it is.
    pub shutdown: Shutdown,
}

// Each router takes only the part of the state it uses; startup alone knows them all.

impl FromRef<AppState> for web::WebState {
    fn from_ref(app: &AppState) -> web::WebState {
        web::WebState {
            content: app.content.clone(),
            store: app.store.clone(),
            relay: app.relay.clone(),
            pseudonyms: app.pseudonyms.clone(),
            web: app.web.clone(),
            connections: app.connections.clone(),
            conversation_rates: app.conversation_rates.clone(),
            localized: app.localized.clone(),
            handoff: app.handoff.clone(),
            mailbox: app.mailbox.clone(),
            stats: app.stats.clone(),
            metrics: app.metrics.clone(),
            shutdown: app.shutdown.clone(),
        }
    }
}

impl FromRef<AppState> for telegram::WebhookState {
    fn from_ref(app: &AppState) -> telegram::WebhookState {
        telegram::WebhookState {
            telegram: app.telegram.clone(),
            metrics: app.metrics.clone(),
        }
    }
}

impl FromRef<AppState> for Arc<StaffAuth> {
    fn from_ref(app: &AppState) -> Arc<StaffAuth> {
        app.staff_auth.clone()
    }
}

impl FromRef<AppState> for ConsoleState {
    fn from_ref(app: &AppState) -> ConsoleState {
        ConsoleState {
            content: app.content.clone(),
            handoff: app.handoff.clone(),
            mailbox: app.mailbox.clone(),
            metrics: app.metrics.clone(),
            relay: app.relay.clone(),
            shutdown: app.shutdown.clone(),
            staff_auth: app.staff_auth.clone(),
            ping: app.web.limits.ping,
            presence: app.notifier.presence().clone(),
            words: app.staff_words.clone(),
            stats: app.stats.clone(),
        }
    }
}

impl FromRef<AppState> for PushState {
    fn from_ref(app: &AppState) -> PushState {
        PushState {
            staff_auth: app.staff_auth.clone(),
            push: app.push.clone(),
        }
    }
}

/// Web Push, with a VAPID key derived from the root secret and staff on duty during their
/// team's hours.
/// How a waiting person reaches staff: the live handoff, and the on-call tools it tells
/// (Web Push and webhooks) when no console of the team is open.
struct Reach {
    handoff: Arc<Handoff>,
    notifier: Arc<Notifier>,
    push: Arc<WebPush>,
}

fn reach(
    settings: &Settings,
    content: &Arc<Content>,
    kv: &Arc<dyn Kv>,
    relay: &Arc<dyn Relay>,
    roots: &Roots,
    stats: &Stats,
) -> Reach {
    // Which teams have a console open, and the on-call tools told when none has.
    let presence = Presence::new(kv.clone(), settings.limits.ping);
    let mut pagers: Vec<Arc<dyn Pager>> = Vec::new();
    let push = Arc::new(web_push(settings, kv.clone(), roots));
    pagers.push(Arc::new(push.clone()));
    if !settings.notify.webhooks.is_empty() {
        pagers.push(Arc::new(Webhooks::new(
            settings.notify.webhooks.clone(),
            settings.public_url.as_ref(),
        )));
    }
    let notifier = Arc::new(Notifier::new(kv.clone(), presence, pagers).with_fold(settings.notify.fold));
    let handoff = Arc::new(
        Handoff::new(
            content.clone(),
            settings.teams.clone(),
            settings.handoff.clone(),
            kv.clone(),
            relay.clone(),
            CaseKeys::new(roots),
            settings.session_idle,
        )
        .counting(stats.clone())
        .notifying(notifier.clone())
        .web_ping(settings.limits.ping),
    );
    Reach {
        handoff,
        notifier,
        push,
    }
}

/// The mailbox: items in the shared store, counted, told to consoles on every instance
/// and to the team's on-call tools, and swept by `clock`.
fn mailbox(settings: &Settings, kv: &Arc<dyn Kv>, roots: &Roots, reach: &Reach, app: MailboxParts) -> Arc<Mailbox> {
    let routing = crate::handoff::routing::Routing::new(settings.teams.clone());
    Arc::new(
        Mailbox::new(kv.clone(), settings.mailbox.clone(), roots, app.clock)
            .counting(app.stats)
            .measuring(app.metrics)
            .relaying(app.relay)
            .notifying(reach.notifier.clone(), routing),
    )
}

/// What the mailbox shares with the rest of the application.
struct MailboxParts {
    clock: Clock,
    stats: Stats,
    metrics: Arc<Metrics>,
    relay: Arc<dyn Relay>,
}

/// The Telegram channel when a token is configured. Its webhook secret is derived from
/// the root key, so every instance checks the same one without another setting.
fn telegram_channel(
    settings: &Settings,
    roots: &Roots,
    shared: telegram::Shared,
) -> Result<Option<Arc<Telegram>>, StartupError> {
    let Some(token) = &settings.telegram_token else {
        return Ok(None);
    };
    // Telegram accepts 1-256 characters of [A-Za-z0-9_-]; hex fits.
    let secret = hex::encode(privacy::derive_key(
        roots.current.expose_secret(),
        b"lotsa/telegram-webhook/v1",
    ));
    let telegram_settings = TelegramSettings {
        token: token.clone(),
        api_url: settings.telegram_api_url.clone(),
        webhook_url: settings.telegram_webhook_url.clone(),
        webhook_secret: SecretString::from(secret),
    };
    Ok(Some(Telegram::new(&telegram_settings, shared)?))
}

fn web_push(settings: &Settings, kv: Arc<dyn Kv>, roots: &Roots) -> WebPush {
    let routing = crate::handoff::routing::Routing::new(settings.teams.clone());
    let contact = settings
        .notify
        .push_contact
        .clone()
        .or_else(|| settings.public_url.as_ref().map(|u| u.to_string()))
        .unwrap_or_else(|| "mailto:lotsa@localhost".into());
    WebPush::new(
        kv,
        CaseKeys::for_purpose(roots, b"lotsa/push-subscription/v1"),
        &privacy::vapid_secret(roots),
        contact,
        settings.notify.push_services.clone(),
        Box::new(move |team| routing.is_open(team, jiff::Timestamp::now())),
    )
}

impl FromRef<AppState> for StatsPageState {
    fn from_ref(app: &AppState) -> StatsPageState {
        StatsPageState {
            content: app.content.clone(),
            staff_auth: app.staff_auth.clone(),
            stats: app.stats.clone(),
            words: app.staff_words.clone(),
        }
    }
}

/// Every message the code above the content layer uses, with its variables: the renderer,
/// the channels and the handoff declare theirs, and startup and `lotsa check` require them
/// in every locale.
pub fn required_messages() -> Vec<(String, &'static [&'static str])> {
    let mut list = crate::render::builtin_messages();
    list.extend(telegram::builtin_messages());
    list.extend(crate::handoff::builtin_messages());
    list.extend(crate::mailbox::builtin_messages());
    list
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("content is invalid:\n{0}")]
    Content(#[from] Problems),
    #[error("secret key: {0}")]
    Secret(#[from] crate::privacy::PrivacyError),
    #[error(transparent)]
    Telegram(#[from] crate::channel::telegram::TelegramError),
    #[error("cannot listen on the configured address: {0}")]
    Bind(#[source] std::io::Error),
    #[error("configuration key `metrics_bind`: cannot listen there: {0}")]
    MetricsBind(#[source] std::io::Error),
    #[error(transparent)]
    Redis(#[from] RedisStoreError),
    #[error("statistics store (`stats.data_dir`): {0}")]
    Stats(#[from] StatsError),
    #[error(transparent)]
    Words(#[from] WordsError),
}

/// The whole HTTP surface. Tests can build it around any state.
pub fn app(state: AppState) -> Router {
    let csp = web::content_security_policy(&state.web.frame_ancestors, "'none'");
    let web_routes = web::router(&state.web);
    let warned = Arc::new(AtomicBool::new(state.web.limits.client_address != ClientAddress::Peer));
    Router::new()
        // Liveness: the process answers. Readiness: it can also reach its session store.
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .merge(web_routes)
        .merge(telegram::router())
        .merge(staff_auth::router())
        .merge(crate::staff::console::router())
        .merge(crate::staff::stats::router())
        .merge(crate::staff::push::router())
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(warned, warn_forwarded_once))
        .layer(
            // Record only the method and the matched route: never the path's query, a
            // header or an address.
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    let route = req
                        .extensions()
                        .get::<MatchedPath>()
                        .map(MatchedPath::as_str)
                        .unwrap_or("unmatched");
                    tracing::info_span!("request", method = %req.method(), route)
                })
                .on_failure(log_failure),
        )
        // The chat's policy, unless a route set its own (the staff console, which is never
        // framed and posts its login form).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
        ))
}

/// With `client_address = "peer"`, a request carrying `X-Forwarded-For` means a proxy in
/// front: every person then counts as the proxy's one address, and a few idle sockets
/// lock everyone out. Said once per process (`warned` starts true when the setting is
/// already right), with no address, so the log stays clean.
async fn warn_forwarded_once(
    axum::extract::State(warned): axum::extract::State<Arc<AtomicBool>>,
    req: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if req.headers().contains_key("x-forwarded-for") && !warned.swap(true, Ordering::Relaxed) {
        tracing::warn!(
            "requests arrive with X-Forwarded-For but [limits] client_address is \"peer\": everyone behind the proxy counts as one address; set client_address = \"x-forwarded-for\" (LOTSA_LIMITS_CLIENT_ADDRESS)"
        );
    }
    next.run(req).await
}

/// A 503 is lotsa refusing on purpose (full, an address at its limit, not ready), counted
/// in `/metrics`: at DEBUG, so a crowd or a flood does not bury real errors in the log.
/// Other server errors stay at ERROR. Only the class and the latency, as tower-http logs.
fn log_failure(
    failure: tower_http::classify::ServerErrorsFailureClass,
    latency: std::time::Duration,
    _span: &tracing::Span,
) {
    use tower_http::classify::ServerErrorsFailureClass::StatusCode as Status;
    let ms = latency.as_millis();
    match failure {
        Status(StatusCode::SERVICE_UNAVAILABLE) => tracing::debug!(status = 503, ms, "request refused"),
        other => tracing::error!(classification = %other, ms, "request failed"),
    }
}

/// The metrics listener's whole surface: `/metrics` and nothing else, so a port opened to
/// the monitoring network exposes no chat, console or health route.
pub fn metrics_app(state: AppState) -> Router {
    Router::new().route("/metrics", get(metrics)).with_state(state)
}

async fn readyz(axum::extract::State(app): axum::extract::State<AppState>) -> (StatusCode, &'static str) {
    // From the first moment of a stop, so no balancer picks this instance for a reconnect.
    if app.shutdown.is_stopping() {
        return (StatusCode::SERVICE_UNAVAILABLE, "stopping");
    }
    match app.store.ping().await {
        Ok(()) if app.relay.ready() => (StatusCode::OK, "ready"),
        Ok(()) => (StatusCode::SERVICE_UNAVAILABLE, "relay not subscribed"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "session store unavailable"),
    }
}

/// `GET /metrics`: operational aggregates (see [`crate::metrics`]), on the metrics listener
/// only (`metrics_bind`). Live counts of chats and waiting people would show an outsider
/// when someone asks for help, so the public listener answers 404.
async fn metrics(axum::extract::State(app): axum::extract::State<AppState>) -> impl axum::response::IntoResponse {
    if let Ok((queued, live)) = app.handoff.open_by_state().await {
        app.metrics.cases(queued, live);
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.encode(),
    )
}

/// Where shared state lives: Redis when `LOTSA_REDIS_URL` is set, else this process.
struct Backend {
    store: Arc<dyn SessionStore>,
    relay: Arc<dyn Relay>,
    kv: Arc<dyn Kv>,
    /// Statistics counters: in Redis with the rest, else in the data directory.
    stats: Arc<dyn StatsStore>,
    /// In memory: the stores to sweep while serving.
    memory: Option<(Arc<MemoryStore>, Arc<MemoryKv>)>,
    /// On Redis: the pub/sub listener to run while serving.
    listen: Option<Arc<RedisRelay>>,
}

impl Backend {
    fn open(settings: &Settings, content: &Arc<Content>, metrics: &Arc<Metrics>) -> Result<Backend, StartupError> {
        Ok(match &settings.redis {
            Some(redis) => {
                let conn = RedisConn::open(redis)?;
                let relay = Arc::new(RedisRelay::new(conn.clone(), redis.clone()));
                Backend {
                    store: Arc::new(RedisStore::new(conn.clone(), content.clone(), settings.session_idle)),
                    relay: relay.clone(),
                    stats: Arc::new(RedisStats::new(conn.clone(), settings.stats.retention)),
                    kv: Arc::new(RedisKv::new(conn)),
                    memory: None,
                    listen: Some(relay),
                }
            }
            None => {
                let evicted = metrics.store_evicted.clone();
                let store = Arc::new(
                    MemoryStore::bounded(settings.session_idle, settings.limits.max_conversations).on_evict(
                        move || {
                            evicted.inc();
                        },
                    ),
                );
                let kv = Arc::new(MemoryKv::default());
                let stats: Arc<dyn StatsStore> = match &settings.stats.data_dir {
                    Some(dir) => Arc::new(RedbStats::open(dir, settings.stats.retention)?),
                    None => {
                        tracing::warn!(
                            "neither Redis nor stats.data_dir is set: statistics are kept in memory and lost on restart"
                        );
                        Arc::new(MemoryStats::default())
                    }
                };
                Backend {
                    store: store.clone(),
                    relay: Arc::new(MemoryRelay::default()),
                    kv: kv.clone(),
                    stats,
                    memory: Some((store, kv)),
                    listen: None,
                }
            }
        })
    }
}

/// The root keys from configuration: the secret key (or one for this process only, with a
/// warning) and, during a rotation, the previous one.
fn roots(settings: &Settings) -> Result<Roots, StartupError> {
    let root = match &settings.secret_key {
        Some(key) => privacy::root_from_hex(key)?,
        None => {
            tracing::warn!(
                "LOTSA_SECRET_KEY is not set: using a random key for this process; set it when running more than one instance"
            );
            privacy::random_root()
        }
    };
    let previous = settings
        .previous_secret_key
        .as_ref()
        .map(privacy::root_from_hex)
        .transpose()?;
    if previous.is_some() {
        tracing::info!("key rotation: data written under LOTSA_PREVIOUS_SECRET_KEY is still read");
    }
    Ok(Roots {
        current: root,
        previous,
    })
}

/// The metrics listener (`metrics_bind`), bound now so a port taken by another process
/// stops startup with the key's name rather than leaving the server without metrics.
fn bind_metrics(settings: &Settings) -> Result<Option<TcpListener>, StartupError> {
    let Some(addr) = settings.metrics_bind else {
        return Ok(None);
    };
    let listener = std::net::TcpListener::bind(addr)
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .and_then(TcpListener::from_std)
        .map_err(StartupError::MetricsBind)?;
    Ok(Some(listener))
}

/// How often expired mailbox items are deleted (their keys expire by themselves too), and
/// teams that opened since an item was left are told of it.
const MAILBOX_SWEEP: std::time::Duration = std::time::Duration::from_secs(60);

/// Each accepted socket's kernel send buffer (Linux doubles it for bookkeeping).
const SEND_BUFFER_BYTES: usize = 64 * 1024;

/// How long a stopping server waits for its WebSocket connections to close. Each needs
/// only to finish one message and send one frame; Kubernetes allows 30 s in all.
const DRAIN_LIMIT: std::time::Duration = std::time::Duration::from_secs(10);

/// A bound, ready server.
pub struct Application {
    listener: TcpListener,
    router: Router,
    /// `/metrics` on its own listener (`metrics_bind`); `None` when it is off.
    metrics: Option<(TcpListener, Router)>,
    /// The memory store's sweeper runs while serving; Redis expires keys by itself.
    sweep: Option<Arc<MemoryStore>>,
    /// Without Redis, shared state besides sessions is swept while serving.
    memory_kv: Option<Arc<MemoryKv>>,
    /// With Redis, the pub/sub listener runs while serving.
    listen: Option<Arc<RedisRelay>>,
    /// The Telegram channel polls (or registers its webhook) while serving.
    telegram: Option<Arc<Telegram>>,
    /// Its watchdog offers the fallback when no one claims a case in time.
    handoff: Arc<Handoff>,
    /// Swept while serving: expired items go, and closed teams that opened are told.
    mailbox: Arc<Mailbox>,
    /// Stops the WebSocket connections on shutdown and waits for them.
    trigger: Trigger,
    /// How the public listener treats each HTTP connection.
    http: HttpLimits,
    /// Its counts are flushed every second while serving, and once more when stopped.
    stats: Stats,
}

impl Application {
    /// Loads and checks content, builds state and binds. Fails before serving anything
    /// when content or configuration is wrong.
    pub async fn build(settings: Settings) -> Result<Application, StartupError> {
        let listener = TcpListener::bind(settings.bind).await.map_err(StartupError::Bind)?;
        Application::with_listener(settings, listener)
    }

    /// As [`Application::build`], on a listener bound by the caller (who may need the
    /// port before the application exists, as a test that points the exit URL back at
    /// the server does). `settings.bind` is ignored.
    pub fn with_listener(settings: Settings, listener: TcpListener) -> Result<Application, StartupError> {
        Application::with_clock(settings, listener, crate::mailbox::system_clock())
    }

    /// As [`Application::with_listener`], with the mailbox's clock given (tests move it
    /// forward to see items expire).
    pub fn with_clock(settings: Settings, listener: TcpListener, clock: Clock) -> Result<Application, StartupError> {
        let content = Arc::new(Content::load_with(&settings, &required_messages())?);
        let roots = roots(&settings)?;
        let metrics_listener = bind_metrics(&settings)?;
        let pseudonyms = Arc::new(Pseudonyms::new(&roots));
        let metrics = Arc::new(Metrics::default());
        let Backend {
            store,
            relay,
            kv,
            stats,
            memory,
            listen,
        } = Backend::open(&settings, &content, &metrics)?;
        let stats = Stats::new(stats, settings.stats.min_cell);
        let (sweep, memory_kv) = memory.unzip();
        let store = metrics.timed(store);
        let conversation_rates = Arc::new(KeyedBuckets::new(
            crate::limit::CONVERSATION_RATE_PER_SEC,
            crate::limit::CONVERSATION_RATE_BURST,
        ));
        let reached = reach(&settings, &content, &kv, &relay, &roots, &stats);
        let parts = MailboxParts {
            clock,
            stats: stats.clone(),
            metrics: metrics.clone(),
            relay: relay.clone(),
        };
        let mailbox = mailbox(&settings, &kv, &roots, &reached, parts);
        let Reach {
            handoff,
            notifier,
            push,
        } = reached;
        let shared = telegram::Shared {
            content: content.clone(),
            store: store.clone(),
            pseudonyms: pseudonyms.clone(),
            sealer: Arc::new(Sealer::new(&roots)),
            handoff: handoff.clone(),
            stats: stats.clone(),
            metrics: metrics.clone(),
            rates: conversation_rates.clone(),
            mailbox: mailbox.clone(),
        };
        let telegram = telegram_channel(&settings, &roots, shared)?;
        if let Some(telegram) = &telegram {
            handoff.set_direct(telegram.deliverer());
            mailbox.set_deliver(telegram.mailbox_deliverer());
        }
        let staff_auth = Arc::new(StaffAuth::new(&settings, kv.clone(), &roots));
        let (trigger, shutdown) = crate::shutdown::channel();
        let state = AppState {
            localized: Arc::new(web::Localized::new(&content, &web::WebSettings::from(&settings))),
            content,
            store,
            relay,
            kv,
            pseudonyms,
            web: Arc::new(web::WebSettings::from(&settings)),
            connections: Arc::new(
                ConnectionLimits::new(
                    settings.limits.max_connections,
                    settings.limits.max_connections_per_address,
                )
                .with_open_rate(settings.limits.opens_per_address_per_minute),
            ),
            conversation_rates,
            telegram: telegram.clone(),
            handoff: handoff.clone(),
            mailbox: mailbox.clone(),
            notifier,
            push,
            staff_auth,
            staff_words: Arc::new(Words::load()?),
            stats: stats.clone(),
            metrics,
            shutdown,
        };
        let app_metrics = state.metrics.clone();
        Ok(Application {
            listener,
            metrics: metrics_listener.map(|l| (l, metrics_app(state.clone()))),
            router: app(state),
            sweep,
            memory_kv,
            listen,
            telegram,
            handoff,
            mailbox,
            trigger,
            http: HttpLimits {
                header_timeout: settings.limits.header_timeout,
                metrics: app_metrics,
            },
            stats,
        })
    }

    /// The in-memory session store when there is one, for tests that check what is kept.
    pub fn memory_store(&self) -> Option<Arc<MemoryStore>> {
        self.sweep.clone()
    }

    /// The mailbox, for tests that sweep it after moving their clock.
    pub fn mailbox(&self) -> Arc<Mailbox> {
        self.mailbox.clone()
    }

    /// The in-memory shared state when there is no Redis, for tests that check what is kept.
    pub fn memory_kv(&self) -> Option<Arc<MemoryKv>> {
        self.memory_kv.clone()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    pub fn port(&self) -> u16 {
        self.local_addr().port()
    }

    /// Where `/metrics` is served, when `metrics_bind` is not `off`.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().and_then(|(l, _)| l.local_addr().ok())
    }

    /// Serves until `shutdown` resolves, then lets open requests finish.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let sweeper = self.sweep.as_ref().map(MemoryStore::spawn_sweeper);
        let kv_sweeper = self
            .memory_kv
            .as_ref()
            .map(|kv| kv.spawn_sweeper(std::time::Duration::from_secs(5)));
        let listener_task = self.listen.as_ref().map(RedisRelay::spawn_listener);
        let watchdog = (!self.handoff.routing().is_empty()).then(|| self.handoff.spawn_watchdog());
        let mailbox_sweeper = self.mailbox.spawn_sweeper(MAILBOX_SWEEP);
        let flusher = self.stats.spawn_flusher();
        // Served until the connections have drained, so a stop stays visible to monitoring.
        let metrics = self
            .metrics
            .map(|(listener, router)| tokio::spawn(async move { axum::serve(listener, router).await }));
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let bot = self.telegram.clone().map(|t| tokio::spawn(t.run(stopped)));
        // The peer address reaches handlers for the in-memory rate limits only.
        let trigger = Arc::new(self.trigger);
        let stopping = {
            let trigger = trigger.clone();
            async move {
                shutdown.await;
                // At once, not after the HTTP requests: people with the chat open are told
                // while the requests finish, and Telegram polling stops taking updates it
                // could not answer.
                trigger.stop();
                let _ = stop.send(true);
            }
        };
        let result = serve(self.listener, self.router, self.http, stopping).await;
        // Each socket finishes the message it is handling, says goodbye and closes.
        if !trigger.drained(DRAIN_LIMIT).await {
            tracing::warn!(
                open = trigger.open_connections(),
                "connections still open when shutting down"
            );
        }
        for task in [sweeper, kv_sweeper, listener_task, watchdog].into_iter().flatten() {
            task.abort();
        }
        mailbox_sweeper.abort();
        if let Some(metrics) = metrics {
            metrics.abort();
        }
        if let Some(bot) = bot {
            let _ = bot.await;
        }
        // Nothing counts any more: the last second's counts are stored before the process
        // ends (within the store's timeout when it is down).
        flusher.abort();
        self.stats.flush().await;
        result
    }
}

/// What [`serve`] needs besides the listener and the router.
struct HttpLimits {
    /// How long a connection may take to send a whole request head (`limits.header_timeout_secs`).
    header_timeout: std::time::Duration,
    /// Counts the connections cut for it.
    metrics: Arc<Metrics>,
}

/// Serves `router` over HTTP/1.1 on `listener` until `stopping` resolves, then stops
/// accepting, lets each connection finish its request and waits for them, as
/// `axum::serve(..).with_graceful_shutdown(..)` did, with the client's address for the
/// handlers (`ConnectInfo`) and WebSocket upgrades.
///
/// Driven here rather than by `axum::serve`, which cannot give hyper a timer: without
/// one, a socket that sends nothing, or a request head a byte at a time (Slowloris), is
/// held forever, and some 1,800 of them use up a 2,048-descriptor limit. hyper's own
/// HTTP/1 builder, not hyper-util's auto builder: the latter first waits, with no timer,
/// for the bytes that tell HTTP/2 from HTTP/1, so a silent socket would still never be
/// cut. The timer starts when a connection opens and again after each answer, so an idle
/// keep-alive connection is closed after the same time (a proxy simply opens another).
async fn serve(
    listener: TcpListener,
    router: Router,
    limits: HttpLimits,
    stopping: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    // `stop` tells each connection to finish; every connection holds `open` until it ends.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let (open, all_closed) = tokio::sync::mpsc::channel::<()>(1);
    let mut stopping = std::pin::pin!(stopping);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
            () = &mut stopping => break,
        };
        tune(&tcp);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut req: Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            tower_service::Service::call(&mut router.clone(), req)
        });
        let conn = http
            .serve_connection(hyper_util::rt::TokioIo::new(tcp), service)
            .with_upgrades();
        let (mut stopped, open, metrics) = (stopped.clone(), open.clone(), limits.metrics.clone());
        tokio::spawn(async move {
            let mut conn = std::pin::pin!(conn);
            let ended = tokio::select! {
                ended = conn.as_mut() => ended,
                // The watch's read guard is dropped inside, before the await below.
                () = async { let _ = stopped.wait_for(|stop| *stop).await; } => {
                    conn.as_mut().graceful_shutdown();
                    conn.await
                }
            };
            if ended.as_ref().is_err_and(hyper::Error::is_timeout) {
                metrics.http_header_timeouts.inc();
            }
            drop(open);
        });
    }
    drop(listener);
    let _ = stop.send(true);
    drop(open);
    // `recv` answers `None` once every connection has dropped its sender.
    let mut all_closed = all_closed;
    let _ = all_closed.recv().await;
    Ok(())
}

/// Each accepted socket's options. Replies are several small frames; without TCP_NODELAY,
/// Nagle's algorithm holds each one back waiting for an acknowledgement, adding tens of
/// milliseconds.
fn tune(tcp: &tokio::net::TcpStream) {
    let _ = tcp.set_nodelay(true);
    // A fixed send buffer instead of Linux's autotuning (up to 4 MiB): a reader that stops
    // reading then holds at most this much kernel memory, and its answers back up into the
    // WebSocket's own bounded buffer, where the web chat's write limit notices. Far more
    // than a chat needs in flight.
    let _ = socket2::SockRef::from(tcp).set_send_buffer_size(SEND_BUFFER_BYTES);
}

/// An `accept` that failed. A connection reset before it was accepted is the peer's
/// business; anything else (out of descriptors) is said, without an address, and waited
/// out for a second rather than retried in a busy loop, as axum::serve does.
async fn accept_failed(e: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(e.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset) {
        return;
    }
    tracing::warn!(error = %e, "cannot accept a connection");
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
}

/// Resolves on ctrl-c or SIGTERM, whichever comes first.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
