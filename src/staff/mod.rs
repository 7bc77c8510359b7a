//! The staff side: accounts, login and sessions for the regional coordinators who take
//! over conversations ([`auth`]). Accounts are configuration (`[[staff]]`); what a staff
//! member does is audited by staff id alone, never with anything about a user or the
//! request (address, user agent).

pub mod auth;
