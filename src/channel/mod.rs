//! Channels: adapters that parse a person's input, call the engine and render its replies.
//! They own nothing else; web chat and Telegram run the same flows and give the same
//! answers.

pub mod telegram;
pub mod web;
