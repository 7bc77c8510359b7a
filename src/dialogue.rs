//! The dialogue engine: `step(&Flows, State, Input) -> (State, Vec<Reply>)`.
//!
//! Pure and deterministic: no clock, no IO, no randomness, no knowledge of channels or of
//! any text. It says *which* messages to show ([`Reply`]); the renderer turns them into
//! words in the person's language. Free text never enters the engine: [`Input::Text`]
//! carries no content, so there is nothing here that could leak it.
//!
//! Global commands work at every step where they make sense: `nav.back`, `nav.menu`,
//! `nav.language`, `nav.human` and `nav.end` (always). Anything unexpected gets a gentle
//! error and the same question again, so no input leads to a dead end.

use serde::{Deserialize, Serialize};

use crate::flow::{ContactsView, Flows, NodeId, NodeKind};
use crate::i18n::{LangIdx, Locales};
use crate::region::Region;

/// How far `back` remembers. Bounded so state stays small in any store.
pub const HISTORY_LIMIT: usize = 16;

/// Everything the engine remembers about one conversation. Holds no text and nothing
/// that identifies anyone: a language, a place in the flow, and a region if chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub lang: LangIdx,
    pub node: NodeId,
    /// Nodes to return to with `nav.back`, most recent last.
    pub history: Vec<NodeId>,
    pub region: Option<Region>,
}

impl State {
    /// A fresh conversation at the language picker, shown in `lang`.
    pub fn new(flows: &Flows, lang: LangIdx) -> State {
        State {
            lang,
            node: flows.start,
            history: Vec::new(),
            region: None,
        }
    }
}

/// What a person did. Text is reduced to the fact that something was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input<'a> {
    /// Begin again. `chosen` skips the picker because the language was chosen already
    /// (an explicit hint from the page's link).
    Start { lang: LangIdx, chosen: bool },
    /// A button press or typed choice id.
    Choose(&'a str),
    /// Free text where a choice was expected.
    Text,
    /// Show the current step again, for a person who reconnected.
    Repeat,
    /// End and erase.
    End,
}

/// Errors the engine answers with, each a localized `error-<code>` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// A choice id that this step does not offer.
    UnknownChoice,
    /// Text where the step expects a button.
    PickOption,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::UnknownChoice => "unknown_choice",
            ErrorCode::PickOption => "pick_option",
        }
    }
}

/// Which global commands a question offers, besides its own choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Nav {
    pub back: bool,
    pub menu: bool,
    pub language: bool,
    pub human: bool,
    pub end: bool,
}

/// The global commands, by their stable ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Back,
    Menu,
    Language,
    Human,
    End,
}

impl Command {
    pub const ALL: [Command; 5] = [
        Command::Back,
        Command::Menu,
        Command::Language,
        Command::Human,
        Command::End,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Command::Back => "nav.back",
            Command::Menu => "nav.menu",
            Command::Language => "nav.language",
            Command::Human => "nav.human",
            Command::End => "nav.end",
        }
    }

    /// Fluent id of the button label.
    pub fn label_id(self) -> &'static str {
        match self {
            Command::Back => "nav-back",
            Command::Menu => "nav-menu",
            Command::Language => "nav-language",
            Command::Human => "nav-human",
            Command::End => "nav-end",
        }
    }

    pub fn parse(id: &str) -> Option<Command> {
        Command::ALL.into_iter().find(|c| c.id() == id)
    }
}

impl Nav {
    pub fn offers(self, c: Command) -> bool {
        match c {
            Command::Back => self.back,
            Command::Menu => self.menu,
            Command::Language => self.language,
            Command::Human => self.human,
            Command::End => self.end,
        }
    }
}

/// One thing to show. Channels render these with [`crate::render`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A message by Fluent id.
    Say(String),
    /// Configured contacts, for the region chosen so far.
    Contacts(ContactsView, Option<Region>),
    /// The step's question, with its choices and the global commands in `nav`.
    Ask {
        node: NodeId,
        nav: Nav,
    },
    Error(ErrorCode),
    /// The conversation ended; the channel erases it.
    Ended,
}

/// Advances a conversation by one input.
pub fn step(flows: &Flows, locales: &Locales, state: State, input: Input<'_>) -> (State, Vec<Reply>) {
    let mut out = Vec::with_capacity(4);
    let state = match input {
        Input::Start { lang, chosen } => {
            let mut state = State::new(flows, lang);
            if chosen && let Some(next) = flows.node(flows.start).next {
                state.node = next;
            }
            enter(flows, &state, &mut out);
            state
        }
        Input::Repeat => {
            enter(flows, &state, &mut out);
            state
        }
        Input::Text => {
            out.push(Reply::Error(ErrorCode::PickOption));
            ask(flows, &state, &mut out);
            state
        }
        Input::End => {
            out.push(Reply::Ended);
            state
        }
        Input::Choose(id) => choose(flows, locales, state, id, &mut out),
    };
    (state, out)
}

fn choose(flows: &Flows, locales: &Locales, mut state: State, id: &str, out: &mut Vec<Reply>) -> State {
    if let Some(command) = Command::parse(id).filter(|c| nav(flows, &state).offers(*c)) {
        match command {
            Command::Back => {
                // Offered only when there is somewhere to go back to.
                if let Some(previous) = state.history.pop() {
                    state.node = previous;
                }
            }
            Command::Menu => go(&mut state, flows.menu),
            Command::Language => go(&mut state, flows.start),
            Command::Human => go(&mut state, flows.human),
            Command::End => {
                out.push(Reply::Ended);
                return state;
            }
        }
        enter(flows, &state, out);
        return state;
    }

    let node = flows.node(state.node);
    if node.kind == NodeKind::Picker {
        let picked = id.strip_prefix("lang.").and_then(|code| locales.by_code(code));
        if let Some(lang) = picked {
            state.lang = lang;
            // Changing language mid-way returns to where the person was; the first
            // choice goes on into the conversation.
            match state.history.pop() {
                Some(previous) => state.node = previous,
                None => state.node = node.next.unwrap_or(flows.menu),
            }
            enter(flows, &state, out);
            return state;
        }
    } else if let Some(choice) = node.choices.iter().find(|c| c.id == id) {
        if choice.region.is_some() {
            state.region = choice.region;
        }
        go(&mut state, choice.next);
        enter(flows, &state, out);
        return state;
    }
    out.push(Reply::Error(ErrorCode::UnknownChoice));
    ask(flows, &state, out);
    state
}

fn go(state: &mut State, target: NodeId) {
    if state.history.len() == HISTORY_LIMIT {
        state.history.remove(0);
    }
    state.history.push(state.node);
    state.node = target;
}

/// Shows a whole step: its messages, its contacts, then its question.
fn enter(flows: &Flows, state: &State, out: &mut Vec<Reply>) {
    let node = flows.node(state.node);
    out.extend(node.say.iter().cloned().map(Reply::Say));
    if let Some(view) = node.contacts {
        out.push(Reply::Contacts(view, state.region));
    }
    ask(flows, state, out);
}

fn ask(flows: &Flows, state: &State, out: &mut Vec<Reply>) {
    out.push(Reply::Ask {
        node: state.node,
        nav: nav(flows, state),
    });
}

/// The global commands offered at the current step. Commands not offered are refused
/// like any unknown choice, so what works is exactly what the person sees.
fn nav(flows: &Flows, state: &State) -> Nav {
    let at_picker = state.node == flows.start;
    Nav {
        back: !state.history.is_empty(),
        // Before a language is chosen the menu and a person are not offered yet: the
        // person could not read them.
        menu: !at_picker && state.node != flows.menu,
        language: !at_picker,
        human: !at_picker && state.node != flows.human,
        end: true,
    }
}
