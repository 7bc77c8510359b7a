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
//!
//! A handoff to staff is part of the walk: entering the `waiting` node asks the channel to
//! open a case ([`Reply::OpenCase`]); while the person is at `waiting` or `fallback`, typed
//! text goes to staff ([`Reply::Relay`]) and only "end" is offered besides the node's own
//! choices; leaving those nodes closes the case ([`Reply::LeaveCase`]). What happens to the
//! case elsewhere (no one answers, staff closed it) comes back in as [`Input::Case`].
//!
//! A channel says what it can do ([`Caps`]): a choice that needs a live chat or the
//! mailbox is neither offered nor accepted where the channel cannot do it, and a step may
//! say something else in its place. At a mailbox step typed text is the channel's to keep
//! ([`Reply::MailboxWrite`], [`Reply::MailboxCode`]); once it has done the work it moves
//! the conversation on with [`Input::Done`].

use serde::{Deserialize, Serialize};

use crate::flow::{ContactsView, Flows, MailboxAction, Need, NodeId, NodeKind};
use crate::i18n::{LangIdx, Locales};
use crate::region::Region;

/// How far `back` remembers. Bounded so state stays small in any store.
pub const HISTORY_LIMIT: usize = 16;
/// How many answers a conversation keeps for staff to see at a handoff.
pub const ANSWER_LIMIT: usize = 24;
/// Said when staff closed the case, before the menu.
pub const CASE_ENDED: &str = "handoff-ended";
/// Said when a case could not be opened (no team configured for any region).
pub const CASE_UNAVAILABLE: &str = "handoff-unavailable";

/// Everything the engine remembers about one conversation. Holds no text and nothing
/// that identifies anyone: a language, a place in the flow, a region if chosen, and the
/// categorical answers given (choice ids), which staff see if the person asks for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub lang: LangIdx,
    pub node: NodeId,
    /// Nodes to return to with `nav.back`, most recent last.
    pub history: Vec<NodeId>,
    pub region: Option<Region>,
    /// The person said they are not safe, or not sure: a handoff goes to the front.
    pub urgent: bool,
    /// The person said they are under 18, or came through the children's page: steps
    /// with `say_minor` tell them what applies to a child (staff's duty to report).
    /// Never cleared within a conversation, so a child is never told less by going back.
    pub minor: bool,
    /// Choices made so far, oldest first, bounded by [`ANSWER_LIMIT`].
    pub answers: Vec<Answer>,
    /// The open handoff case, set by the channel once the case exists.
    pub case: Option<CaseCode>,
    /// The mailbox item this conversation opened: the keyed hash of its receipt code (never
    /// the code), set by the channel after a successful open and cleared when the item is
    /// deleted. At a mailbox writing step it makes the text the person's one reply.
    pub mailbox: Option<[u8; 32]>,
}

impl State {
    /// A fresh conversation at the language picker, shown in `lang`.
    pub fn new(flows: &Flows, lang: LangIdx) -> State {
        State {
            lang,
            node: flows.start,
            history: Vec::new(),
            region: None,
            urgent: false,
            minor: false,
            answers: Vec::new(),
            case: None,
            mailbox: None,
        }
    }
}

/// One answer: a node and the index of the choice taken there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub node: NodeId,
    pub choice: u16,
}

/// A handoff case's code as staff see it: eight characters of Crockford's base32, random,
/// never derived from anything about the person. Opaque to the engine, which only carries
/// it so the channel can find the case again.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CaseCode(pub [u8; 8]);

impl CaseCode {
    /// Crockford's alphabet: no I, L, O or U, so a code read aloud is not misheard.
    pub const ALPHABET: &'static [u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    pub fn as_str(&self) -> &str {
        // Only ever built from ALPHABET (see `parse` and the generator), so always ASCII.
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    pub fn parse(s: &str) -> Option<CaseCode> {
        let bytes: [u8; 8] = s.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(|b| CaseCode::ALPHABET.contains(b))
            .then_some(CaseCode(bytes))
    }
}

impl std::fmt::Display for CaseCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for CaseCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CaseCode({})", self.as_str())
    }
}

/// What happened to a person's case elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseSignal {
    /// No one can answer now (closed hours, a holiday, or the wait limit passed).
    Fallback,
    /// Staff closed the case: back to the menu.
    Ended,
    /// No case could be opened at all: contacts instead.
    Unavailable,
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
    /// Something happened to the open case.
    Case(CaseSignal),
    /// The channel did a mailbox step's work (left the message, opened the code): go on
    /// to the step's `done`.
    Done,
}

/// What a channel can do. A choice that needs more is not offered there, and refused like
/// an unknown choice if sent anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// Holds a live chat with staff (the web chat's WebSocket, Telegram).
    pub live_chat: bool,
    /// Leaves and opens mailbox messages (the mailbox is enabled).
    pub mailbox: bool,
}

impl Caps {
    pub const ALL: Caps = Caps {
        live_chat: true,
        mailbox: true,
    };

    pub fn allows(self, need: Option<Need>) -> bool {
        match need {
            None => true,
            Some(Need::LiveChat) => self.live_chat,
            Some(Need::Mailbox) => self.mailbox,
        }
    }
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

/// Which global commands a question offers, besides its own choices, and what the channel
/// can do (so the renderer leaves out the choices it cannot).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nav {
    pub back: bool,
    pub menu: bool,
    pub language: bool,
    pub human: bool,
    pub end: bool,
    pub caps: Caps,
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
    /// The person agreed to a handoff: the channel opens a case (region, urgency and
    /// answers are in the state) and records its code in [`State::case`].
    OpenCase,
    /// Typed text goes to the staff member, not the engine.
    Relay,
    /// The person left the handoff: the channel closes the case ("the person left").
    LeaveCase,
    /// Count one event in the anonymous statistics (`stats`): a dimension and a value,
    /// both identifiers from the flows, a language code or a region id; never text.
    Count {
        dimension: String,
        value: String,
    },
    /// Typed text at a mailbox writing step: the channel keeps it as the message (or the
    /// reply to the opened item), then sends [`Input::Done`].
    MailboxWrite,
    /// Typed text at a code step: the channel opens the item it names, then sends
    /// [`Input::Done`].
    MailboxCode,
    /// The person chose to delete the opened item ([`State::mailbox`]).
    MailboxDelete,
}

impl Reply {
    fn count(dimension: &str, value: &str) -> Reply {
        Reply::Count {
            dimension: dimension.to_string(),
            value: value.to_string(),
        }
    }
}

/// Advances a conversation by one input, on a channel that can do everything.
pub fn step(flows: &Flows, locales: &Locales, state: State, input: Input<'_>) -> (State, Vec<Reply>) {
    step_with(flows, locales, Caps::ALL, state, input)
}

/// Advances a conversation by one input, on a channel that can do what `caps` says.
pub fn step_with(flows: &Flows, locales: &Locales, caps: Caps, state: State, input: Input<'_>) -> (State, Vec<Reply>) {
    let mut out = Vec::with_capacity(4);
    let at = Walk { flows, caps };
    let state = match input {
        Input::Start { lang, chosen } => {
            let mut state = State::new(flows, lang);
            if chosen && let Some(next) = flows.node(flows.start).next {
                state.node = next;
                out.push(Reply::count("language", locales.code(lang)));
            }
            at.enter(&state, &mut out);
            state
        }
        Input::Repeat => {
            at.enter(&state, &mut out);
            state
        }
        Input::Text if flows.in_case(state.node) => {
            out.push(Reply::Relay);
            state
        }
        Input::Text if caps.mailbox && flows.node(state.node).kind == NodeKind::MailboxWrite => {
            out.push(Reply::MailboxWrite);
            state
        }
        Input::Text if caps.mailbox && flows.node(state.node).kind == NodeKind::MailboxCode => {
            out.push(Reply::MailboxCode);
            state
        }
        Input::Text => {
            out.push(Reply::Error(ErrorCode::PickOption));
            at.ask(&state, &mut out);
            state
        }
        Input::Done => at.done(state, &mut out),
        Input::Case(signal) => at.case_signal(state, signal, &mut out),
        Input::End => {
            out.push(Reply::Ended);
            state
        }
        Input::Choose(id) => at.choose(locales, state, id, &mut out),
    };
    (state, out)
}

/// The flows walked on one channel: what the engine needs besides the state.
#[derive(Clone, Copy)]
struct Walk<'a> {
    flows: &'a Flows,
    caps: Caps,
}

impl Walk<'_> {
    /// A mailbox step's work is done: on to its `done` step. Anywhere else (a late or
    /// crafted signal) the step is only asked again.
    fn done(self, mut state: State, out: &mut Vec<Reply>) -> State {
        match self.flows.node(state.node).done {
            Some(next) if self.caps.mailbox => {
                go(&mut state, next);
                self.enter(&state, out);
            }
            _ => self.ask(&state, out),
        }
        state
    }

    fn case_signal(self, mut state: State, signal: CaseSignal, out: &mut Vec<Reply>) -> State {
        let flows = self.flows;
        if !flows.in_case(state.node) {
            // Late news of a case the person already left: nothing to show.
            state.case = None;
            return state;
        }
        match signal {
            CaseSignal::Fallback => state.node = flows.fallback,
            CaseSignal::Ended => {
                state.case = None;
                state.node = flows.menu;
                out.push(Reply::Say(CASE_ENDED.to_string()));
            }
            CaseSignal::Unavailable => {
                state.case = None;
                state.node = flows.menu;
                out.push(Reply::Say(CASE_UNAVAILABLE.to_string()));
                out.push(Reply::Contacts(ContactsView::Region, state.region));
                self.ask(&state, out);
                return state;
            }
        }
        self.enter(&state, out);
        state
    }

    fn choose(self, locales: &Locales, mut state: State, id: &str, out: &mut Vec<Reply>) -> State {
        let flows = self.flows;
        if let Some(command) = Command::parse(id).filter(|c| self.nav(&state).offers(*c)) {
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
            self.enter(&state, out);
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
                    None => {
                        // Only the first choice counts: a conversation began in this language.
                        out.push(Reply::count("language", locales.code(lang)));
                        state.node = node.next.unwrap_or(flows.menu);
                    }
                }
                self.enter(&state, out);
                return state;
            }
        } else if let Some((index, _)) = node
            .choices
            .iter()
            .enumerate()
            .find(|(_, c)| c.id == id && self.caps.allows(c.needs))
        {
            return self.take(state, index, out);
        }
        out.push(Reply::Error(ErrorCode::UnknownChoice));
        self.ask(&state, out);
        state
    }

    /// Takes the current step's choice `index`: remembers what it says about the person,
    /// counts it, and moves on (opening or leaving a case on the way).
    fn take(self, mut state: State, index: usize, out: &mut Vec<Reply>) -> State {
        let flows = self.flows;
        let node = flows.node(state.node);
        let choice = &node.choices[index];
        if let Some(region) = choice.region {
            state.region = Some(region);
            out.push(Reply::count("region", region.id()));
        }
        if let Some(dimension) = &node.count {
            let value = choice.id.rsplit('.').next().unwrap_or(&choice.id);
            out.push(Reply::count(dimension, value));
        }
        if choice.mailbox == Some(MailboxAction::Delete) {
            out.push(Reply::MailboxDelete);
        }
        state.urgent |= choice.urgent;
        state.minor |= choice.minor || flows.node(choice.next).minor;
        let was_in_case = flows.in_case(state.node);
        if !was_in_case {
            if state.answers.len() == ANSWER_LIMIT {
                state.answers.remove(0);
            }
            state.answers.push(Answer {
                node: state.node,
                choice: index as u16,
            });
        }
        go(&mut state, choice.next);
        match (was_in_case, flows.in_case(state.node)) {
            (false, true) => out.push(Reply::OpenCase),
            (true, false) => {
                state.case = None;
                out.push(Reply::LeaveCase);
            }
            _ => {}
        }
        self.enter(&state, out);
        state
    }

    /// Shows a whole step: its messages, its contacts, then its question.
    fn enter(self, state: &State, out: &mut Vec<Reply>) {
        let node = self.flows.node(state.node);
        out.extend(node.say.iter().cloned().map(Reply::Say));
        if state.minor {
            out.extend(node.say_minor.iter().cloned().map(Reply::Say));
        }
        if let Some(view) = node.contacts {
            out.push(Reply::Contacts(view, state.region));
        }
        self.ask(state, out);
    }

    /// The step's question. Where the channel cannot hold a live chat, the step's aside
    /// for that case comes first, each time the question is asked.
    fn ask(self, state: &State, out: &mut Vec<Reply>) {
        if !self.caps.live_chat
            && let Some(aside) = &self.flows.node(state.node).without_live_chat
        {
            out.extend(aside.say.iter().cloned().map(Reply::Say));
            if let Some(view) = aside.contacts {
                out.push(Reply::Contacts(view, state.region));
            }
        }
        out.push(Reply::Ask {
            node: state.node,
            nav: self.nav(state),
        });
    }

    /// The global commands offered at the current step. Commands not offered are refused
    /// like any unknown choice, so what works is exactly what the person sees.
    fn nav(self, state: &State) -> Nav {
        let flows = self.flows;
        let caps = self.caps;
        if flows.in_case(state.node) {
            // Waiting for or talking with a person: the node's own choices leave the case
            // cleanly; anything else would leave it without a word to staff.
            return Nav {
                back: false,
                menu: false,
                language: false,
                human: false,
                end: true,
                caps,
            };
        }
        let at_picker = state.node == flows.start;
        Nav {
            back: !state.history.is_empty(),
            // Before a language is chosen the menu and a person are not offered yet: the
            // person could not read them.
            menu: !at_picker && state.node != flows.menu,
            language: !at_picker,
            human: !at_picker && state.node != flows.human,
            end: true,
            caps,
        }
    }
}

fn go(state: &mut State, target: NodeId) {
    if state.history.len() == HISTORY_LIMIT {
        state.history.remove(0);
    }
    state.history.push(state.node);
    state.node = target;
}
