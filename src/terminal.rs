//! `lotsa chat --lang xx`: the same conversation in a terminal, for people who write flows.
//!
//! It runs the engine and renderer directly, without a server or store, so a flow author
//! sees exactly the words a person would see. Answer with a choice's number or its id.

use std::io::{self, BufRead, Write};

use crate::content::Content;
use crate::dialogue::{self, Input, State};
use crate::render::{self, Rendered};

/// Runs a conversation until it ends, the input ends, or `q` is typed.
pub fn run(content: &Content, lang: Option<&str>, input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    let locales = &content.locales;
    let chosen = lang.and_then(|l| locales.by_code(l).or_else(|| locales.negotiate(&[l])));
    if let (Some(requested), None) = (lang, chosen) {
        writeln!(
            output,
            "(no locale `{requested}`; available: {})",
            locales.codes().collect::<Vec<_>>().join(", ")
        )?;
    }
    let lang = chosen.unwrap_or(locales.fallback());
    let state = State::new(&content.flows, lang);
    let (mut state, replies) = dialogue::step(
        &content.flows,
        locales,
        state,
        Input::Start {
            lang,
            chosen: chosen.is_some(),
        },
    );
    let mut choices = show(&mut output, &render::render(content, state.lang, &replies))?;

    let mut lines = input.lines();
    loop {
        write!(output, "> ")?;
        output.flush()?;
        let Some(line) = lines.next().transpose()? else { break };
        let line = line.trim();
        if line == "q" {
            break;
        }
        let picked = line
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| choices.get(i).cloned());
        let input = match &picked {
            Some(id) => Input::Choose(id),
            None if choices.iter().any(|c| c == line) => Input::Choose(line),
            None if line.contains('.') && !line.contains(' ') => Input::Choose(line),
            None => Input::Text,
        };
        let (next, replies) = dialogue::step(&content.flows, locales, state, input);
        state = next;
        let rendered = render::render(content, state.lang, &replies);
        choices = show(&mut output, &rendered)?;
        if rendered.contains(&Rendered::status("closed")) {
            break;
        }
    }
    Ok(())
}

/// Prints messages and numbered choices; returns the choice ids in order.
fn show(output: &mut impl Write, rendered: &[Rendered]) -> io::Result<Vec<String>> {
    let mut ids = Vec::new();
    for r in rendered {
        match r {
            Rendered::Say { text, .. } => writeln!(output, "{text}\n")?,
            Rendered::Error { text, .. } => writeln!(output, "! {text}\n")?,
            Rendered::Ask { text, choices, .. } => {
                writeln!(output, "{text}")?;
                for (i, c) in choices.iter().enumerate() {
                    let marker = if c.nav { "  ·" } else { "   " };
                    writeln!(output, "{marker}{:>2}) {}  [{}]", i + 1, c.label, c.id)?;
                }
                ids = choices.iter().map(|c| c.id.clone()).collect();
            }
            Rendered::Status { state, .. } => writeln!(output, "({state})")?,
            Rendered::Typing => writeln!(output, "(…)")?,
            Rendered::Staff { text, .. } => writeln!(output, "> {text}")?,
            // The terminal is for reading flows; its answers are not counted.
            Rendered::Survey { text, .. } => writeln!(output, "{text}\n")?,
        }
    }
    Ok(ids)
}
