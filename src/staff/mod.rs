//! The staff side: accounts, login and sessions for the regional coordinators who take
//! over conversations ([`auth`]), the console they work in ([`console`]), its on-call push subscriptions ([`push`]),
//! and the
//! anonymous statistics export ([`stats`]), all in the staff member's language ([`words`]). Accounts
//! are configuration (`[[staff]]`); what a staff member does is audited by staff id and
//! case code alone, never with anything about a user or the request (address, user
//! agent).

pub mod auth;
pub mod charts;
pub mod console;
pub mod push;
pub mod stats;
pub mod words;
