//! The 10-step path every benchmark and load generator walks: through the self-check, with
//! a `back` at the end, from a conversation started with a language (picker skipped).
//! Shared so that figures from different tools measure the same thing.

pub const PATH: [&str; 10] = [
    "promise.ok",
    "safety.yes",
    "who.self",
    "check.start",
    "sign.yes",
    "sign.no",
    "sign.unsure",
    "sign.yes",
    "sign.no",
    "nav.back",
];
