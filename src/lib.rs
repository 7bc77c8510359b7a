//! lotsa: an anonymous, multilingual support chatbot for people who may be exploited in
//! prostitution or human trafficking in Sweden, for their families and friends, and for
//! the staff who help them.
//!
//! A pure dialogue engine walks scripted flows (data in `flows/*.toml`) and says which
//! messages to show; every word comes from Fluent locales (`locales/<lang>/*.ftl`).
//! Channels (web chat now, Telegram later) parse input, call the engine, render replies
//! and own nothing else. Nothing that identifies a person is stored or logged: sessions are
//! keyed by pseudonyms, state holds no text, and conversations expire when left idle.
//!
//! # Layers
//! Imports point down only (`tests/architecture.rs` checks it): `main -> startup ->
//! channel, staff, terminal -> handoff, mailbox, relay, privacy, session, render, stats,
//! limit, metrics, shutdown, telemetry, notify -> content -> dialogue -> flow, i18n -> config, check,
//! region, html`. A channel or the staff side takes its own state type, derived from
//! `startup::AppState` with axum's `FromRef`, so only `startup` knows every part; the
//! messages the upper layers use reach `content` as a parameter
//! (`startup::required_messages`).
//!
//! # Layout
//! - [`check`]: `file:line` problems shared by every loader.
//! - [`config`]: typed settings from `lotsa.toml` and `LOTSA_*`, one file per section
//!   (staff, teams and hours, contacts, limits, disguise, stats, notify, mailbox).
//! - [`region`]: the seven regional-coordinator regions and the national team.
//! - [`html`]: what every page shares: the common `<head>`, escaping, template filling.
//! - [`i18n`]: Fluent locales, language negotiation, message checks.
//! - [`flow`]: flows as data, raw serde types compiled into a validated graph.
//! - [`content`]: flows, locales and contacts loaded and cross-checked together.
//! - [`dialogue`]: the engine, `step(&Flows, State, Input) -> (State, Vec<Reply>)`.
//! - [`render`]: engine replies to localized, channel-neutral messages.
//! - [`session`]: the `SessionStore` seam, the in-memory store with idle expiry, and the
//!   Redis store (one server or a cluster) shared by many instances.
//! - [`relay`]: events for a conversation reach its connection on any instance (pub/sub).
//! - [`handoff`]: cases for a live handoff to staff: routing and hours, the queue, the case
//!   state machine, sealed transcripts.
//! - [`mailbox`]: the anonymous mailbox: a message left with a receipt code, answered by
//!   the region's team, sealed and deleted after `keep_days` or a day after reading.
//! - [`notify`]: on-call notifications (webhooks) when people wait and no console of
//!   their team is open, folded to one a minute per team.
//! - [`stats`]: anonymous day counters by one dimension, small cells suppressed.
//! - [`privacy`]: keyed-hash pseudonyms and web tokens.
//! - [`channel`]: adapters; [`channel::web`] serves the page and the WebSocket.
//! - [`staff`]: staff accounts, login, sessions and the audit log ([`staff::auth`]); the
//!   console ([`staff::console`]), its push subscriptions ([`staff::push`]), the statistics
//!   page and export ([`staff::stats`], [`staff::charts`]), and the staff side's own words
//!   in the staff member's language ([`staff::words`]).
//! - [`limit`]: the per-connection token bucket.
//! - [`metrics`]: operational aggregates for `/metrics`, labels from fixed sets only.
//! - [`shutdown`]: telling open connections the server is stopping, and waiting for them.
//! - [`telemetry`]: logging that cannot carry identifying data.
//! - [`startup`]: `AppState`, the router, and [`startup::Application`].
//! - [`terminal`]: `lotsa chat`, the conversation in a terminal.

// Every function fits in one reading: `clippy.toml` sets the limit at 100 lines, and the
// test script runs clippy with `-D warnings`.
#![warn(clippy::too_many_lines)]

pub mod channel;
pub mod check;
pub mod config;
pub mod content;
pub mod dialogue;
pub mod flow;
pub mod handoff;
pub mod html;
pub mod i18n;
pub mod limit;
pub mod mailbox;
pub mod metrics;
pub mod notify;
pub mod privacy;
pub mod region;
pub mod relay;
pub mod render;
pub mod session;
pub mod shutdown;
pub mod staff;
pub mod startup;
pub mod stats;
pub mod telemetry;
pub mod terminal;
