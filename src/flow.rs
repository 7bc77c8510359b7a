//! Flows as data: `flows/*.toml` parsed into raw serde types, then compiled into a
//! validated graph of [`Node`]s that the dialogue engine walks.
//!
//! Two stages, as in ripgrep's argument handling: [`RawFlowFile`] mirrors the file and
//! keeps every value's position, and [`Flows::compile`] resolves names to indices and
//! rejects, with `file:line`, anything that would strand or confuse a person: a target
//! that does not exist, a node no one can reach, a node with no way on, a repeated choice
//! id, too many messages in one step, or a message id missing in any locale.
//!
//! A flow holds only message ids, never text. Five node ids are fixed because the engine
//! leads to them: `language` (the picker, where every conversation starts), `menu` and
//! `human` (talk to a person) for the global commands, and `waiting` and `fallback` for a
//! live handoff: entering `waiting` opens a case, and while a person is at either of them
//! their typed text goes to staff instead of the engine.

use std::collections::{HashMap, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::check::{Problem, line_of};
use crate::i18n::Locales;
use crate::region::Region;

/// Node every conversation starts at; `nav.language` leads here too.
pub const START: &str = "language";
/// Node `nav.menu` leads to.
pub const MENU: &str = "menu";
/// Node `nav.human` leads to.
pub const HUMAN: &str = "human";
/// Node where a person waits for, and then talks with, a staff member.
pub const WAITING: &str = "waiting";
/// Node shown when no one can answer (closed, holiday, or the wait limit passed): the
/// region's contacts, and the choice to keep waiting or leave.
pub const FALLBACK: &str = "fallback";
/// `needs` values: what a choice asks of the channel. A channel without it neither offers
/// nor accepts the choice (`/chat/basic` holds no live chat; the mailbox can be off).
pub const NEEDS: [&str; 2] = ["live_chat", "mailbox"];
/// At most this many messages (says, contacts and the question) in one step, so a
/// person on a small screen is never buried in text.
pub const MAX_MESSAGES_PER_STEP: usize = 3;

// ---------------------------------------------------------------- stage 1: raw

/// One flow file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlowFile {
    #[serde(default)]
    pub node: Vec<RawNode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: Spanned<String>,
    /// `"picker"` for the language picker; `"mailbox_write"` where the person writes a
    /// message for the team (or their one reply), `"mailbox_code"` where they enter a
    /// receipt code; absent for an ordinary step.
    pub kind: Option<Spanned<String>>,
    /// Messages shown before the question.
    #[serde(default)]
    pub say: Vec<Spanned<String>>,
    /// Messages shown after `say`, only to a person marked as a minor (see `minor`): what
    /// a child must know before agreeing to something, such as staff's duty to report.
    #[serde(default)]
    pub say_minor: Vec<Spanned<String>>,
    /// Entering this step marks the conversation as a minor's (the children's page).
    #[serde(default)]
    pub minor: bool,
    /// Contacts from configuration shown before the question: `"region"` or `"professional"`.
    pub contacts: Option<Spanned<String>>,
    /// The question.
    pub ask: Spanned<String>,
    /// Where the picker goes once a language is chosen at the start.
    pub next: Option<Spanned<String>>,
    /// A mailbox step only: where the conversation goes once the channel has done the
    /// mailbox's work (the message left, the code opened).
    pub done: Option<Spanned<String>>,
    /// Shown before the question on a channel that cannot hold a live chat, in place of
    /// the choices that need one.
    pub without_live_chat: Option<RawAside>,
    /// Count the answers to this step in anonymous statistics under this dimension
    /// (`who`, `sign.passport`): the value is the chosen id's last part (`who.self` →
    /// `self`).
    pub count: Option<Spanned<String>>,
    #[serde(default)]
    pub choice: Vec<RawChoice>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub id: Spanned<String>,
    pub label: Spanned<String>,
    pub next: Spanned<String>,
    /// Remember this region for the contacts step and the handoff.
    pub region: Option<Spanned<String>>,
    /// This answer makes a later handoff urgent ("not safe right now").
    #[serde(default)]
    pub urgent: bool,
    /// This answer marks the conversation as a minor's ("I am under 18").
    #[serde(default)]
    pub minor: bool,
    /// What the channel must be able to do for this choice to be offered: one of
    /// [`NEEDS`].
    pub needs: Option<Spanned<String>>,
    /// `"delete"`: choosing this deletes the mailbox item the conversation opened.
    pub mailbox: Option<Spanned<String>>,
}

/// Messages and contacts shown in place of something the channel cannot do.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAside {
    #[serde(default)]
    pub say: Vec<Spanned<String>>,
    pub contacts: Option<Spanned<String>>,
}

// ---------------------------------------------------------------- stage 2: compiled

/// Index of a node in [`Flows`]; `Copy` and two bytes so it is cheap to keep in state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct NodeId(pub u16);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Step,
    /// Choices are the available languages (`lang.<code>`), generated from the locales.
    Picker,
    /// Typed text here is a message for the team (or the person's one reply to an answer):
    /// the channel keeps it, the engine never sees it.
    MailboxWrite,
    /// Typed text here is a receipt code.
    MailboxCode,
}

impl NodeKind {
    /// A mailbox step, where typed text is the channel's to handle.
    pub fn is_mailbox(self) -> bool {
        matches!(self, NodeKind::MailboxWrite | NodeKind::MailboxCode)
    }
}

/// What a channel must be able to do for a choice to be offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Hold a live chat with staff (a connection that stays open).
    LiveChat,
    /// Leave and open mailbox messages (the mailbox is enabled).
    Mailbox,
}

/// What choosing a choice does to the mailbox item the conversation opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailboxAction {
    Delete,
}

/// Shown in place of something the channel cannot do.
#[derive(Debug, Clone, Default)]
pub struct Aside {
    pub say: Vec<String>,
    pub contacts: Option<ContactsView>,
}

/// Which configured contacts a step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactsView {
    /// The chosen region's contacts and the national ones.
    Region,
    /// The national support line for professionals and the manual.
    Professional,
}

#[derive(Debug, Clone)]
pub struct Choice {
    /// Stable across languages (`who.self`), so tests and statistics use it.
    pub id: String,
    /// Fluent message id of the button label.
    pub label: String,
    pub next: NodeId,
    pub region: Option<Region>,
    /// Choosing this marks the conversation urgent for staff.
    pub urgent: bool,
    /// Choosing this marks the conversation as a minor's.
    pub minor: bool,
    /// Offered only on a channel that can do this.
    pub needs: Option<Need>,
    pub mailbox: Option<MailboxAction>,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub name: String,
    pub kind: NodeKind,
    pub say: Vec<String>,
    /// Shown after `say` only when the conversation is a minor's.
    pub say_minor: Vec<String>,
    /// Entering this node marks the conversation as a minor's.
    pub minor: bool,
    pub contacts: Option<ContactsView>,
    pub ask: String,
    pub choices: Vec<Choice>,
    /// Picker only: where a first-time language choice leads.
    pub next: Option<NodeId>,
    /// Mailbox steps only: where the conversation goes once the mailbox's work is done.
    pub done: Option<NodeId>,
    /// Shown before the question where the channel cannot hold a live chat.
    pub without_live_chat: Option<Aside>,
    /// The statistics dimension its answers are counted under, if any.
    pub count: Option<String>,
    /// Where the node is defined, for tools and messages.
    pub file: PathBuf,
    pub line: usize,
}

/// The compiled, validated flow graph.
#[derive(Debug, Clone)]
pub struct Flows {
    nodes: Vec<Node>,
    by_name: HashMap<String, NodeId>,
    pub start: NodeId,
    pub menu: NodeId,
    pub human: NodeId,
    pub waiting: NodeId,
    pub fallback: NodeId,
}

impl Flows {
    /// Reads every `*.toml` in `dir` (sorted, so errors come in a stable order) and
    /// compiles them against `locales`.
    pub fn load(dir: &Path, locales: &Locales) -> Result<Flows, Vec<Problem>> {
        let mut files: Vec<PathBuf> = match fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return Err(vec![Problem::new(dir, 0, format!("cannot read flows directory: {e}"))]),
        };
        files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
        files.sort();
        let mut problems = Vec::new();
        let mut parsed = Vec::new();
        for file in files {
            match fs::read_to_string(&file) {
                Ok(source) => match toml::from_str::<RawFlowFile>(&source) {
                    Ok(raw) => parsed.push((file, source, raw)),
                    Err(e) => {
                        let line = e.span().map(|s| line_of(&source, s.start)).unwrap_or(0);
                        problems.push(Problem::new(&file, line, e.message().to_string()));
                    }
                },
                Err(e) => problems.push(Problem::new(&file, 0, format!("cannot read: {e}"))),
            }
        }
        if parsed.is_empty() && problems.is_empty() {
            problems.push(Problem::new(dir, 0, "no flow files (*.toml)"));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Flows::compile(dir, &parsed, locales)
    }

    /// Stage two: names to indices, then every check. `files` holds each file's path,
    /// source (to turn spans into lines) and raw contents. Like a compiler's passes:
    /// index every node, resolve and check each one, then the whole graph.
    pub fn compile(
        dir: &Path,
        files: &[(PathBuf, String, RawFlowFile)],
        locales: &Locales,
    ) -> Result<Flows, Vec<Problem>> {
        let mut compiler = Compiler {
            locales,
            by_name: HashMap::new(),
            problems: Vec::new(),
        };
        compiler.index(files);
        let mut nodes: Vec<Node> = Vec::new();
        for (file, source, raw) in files {
            let src = Src { file, source };
            for rn in &raw.node {
                if compiler.by_name.get(rn.id.get_ref()).map(|id| usize::from(id.0)) != Some(nodes.len()) {
                    continue; // a duplicate, already reported
                }
                nodes.push(compiler.node(src, rn));
            }
        }
        compiler.graph(dir, nodes)
    }

    /// Nodes that no path from the start reaches. The global commands make `menu`,
    /// `human` and the picker reachable from everywhere; the handoff leads to `fallback`.
    fn unreachable(&self) -> Vec<&Node> {
        let mut seen = vec![false; self.nodes.len()];
        let mut queue: VecDeque<NodeId> = [self.start, self.menu, self.human, self.fallback].into();
        while let Some(id) = queue.pop_front() {
            let i = usize::from(id.0);
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            queue.extend(self.edges(id));
        }
        self.nodes
            .iter()
            .zip(seen)
            .filter(|(_, s)| !s)
            .map(|(n, _)| n)
            .collect()
    }

    /// Nodes directly reachable from `id` by its own choices (not the global commands).
    pub fn edges(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let node = self.node(id);
        node.choices.iter().map(|c| c.next).chain(node.next).chain(node.done)
    }

    /// Whether a person at `id` is in a handoff (waiting for or talking with staff).
    pub fn in_case(&self, id: NodeId) -> bool {
        id == self.waiting || id == self.fallback
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[usize::from(id.0)]
    }

    pub fn by_name(&self, name: &str) -> Option<NodeId> {
        self.by_name.get(name).copied()
    }

    pub fn ids(&self) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len()).map(|i| NodeId(i as u16))
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Every message id the flows use, so the renderer can pre-check them.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.nodes.iter().flat_map(|n| {
            n.say
                .iter()
                .chain(&n.say_minor)
                .chain(n.without_live_chat.iter().flat_map(|a| &a.say))
                .map(String::as_str)
                .chain(std::iter::once(n.ask.as_str()))
                .chain(n.choices.iter().map(|c| c.label.as_str()))
        })
    }
}

/// Where a raw value was read: its file, and the source to turn spans into lines.
#[derive(Clone, Copy)]
struct Src<'a> {
    file: &'a Path,
    source: &'a str,
}

impl Src<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(self.source, span.start)
    }

    fn problem(&self, span: std::ops::Range<usize>, message: String) -> Problem {
        Problem::new(self.file, self.line(span), message)
    }
}

/// One compilation: the node names indexed so far and every problem found. Each pass
/// reports what is wrong and goes on, so an author sees all their mistakes at once.
struct Compiler<'a> {
    locales: &'a Locales,
    by_name: HashMap<String, NodeId>,
    problems: Vec<Problem>,
}

impl Compiler<'_> {
    /// Pass 1: gives every node an index, reporting duplicates.
    fn index(&mut self, files: &[(PathBuf, String, RawFlowFile)]) {
        let mut origin: Vec<(PathBuf, usize)> = Vec::new();
        for (file, source, raw) in files {
            let src = Src { file, source };
            for node in &raw.node {
                let line = src.line(node.id.span());
                let name = node.id.get_ref();
                if let Some(first) = self.by_name.get(name) {
                    let (ff, fl) = &origin[usize::from(first.0)];
                    self.problems.push(Problem::new(
                        file,
                        line,
                        format!("node `{name}` is defined twice (first at {}:{fl})", ff.display()),
                    ));
                    continue;
                }
                self.by_name.insert(name.clone(), NodeId(origin.len() as u16));
                origin.push((file.clone(), line));
            }
        }
    }

    /// The node a `next` names, or a problem where it is written.
    fn resolve(&mut self, src: Src, target: &Spanned<String>) -> Option<NodeId> {
        let found = self.by_name.get(target.get_ref()).copied();
        if found.is_none() {
            self.problems.push(src.problem(
                target.span(),
                format!("target node `{}` does not exist", target.get_ref()),
            ));
        }
        found
    }

    /// A message the flow shows must exist in the reference locale.
    fn require(&mut self, src: Src, msg: &Spanned<String>) {
        let line = src.line(msg.span());
        let found = self.locales.require(msg.get_ref(), &[], (src.file, line));
        self.problems.extend(found);
    }

    /// Pass 2, one node: resolves its targets and checks its parts.
    fn node(&mut self, src: Src, rn: &RawNode) -> Node {
        let line = src.line(rn.id.span());
        let name = rn.id.get_ref().clone();
        let kind = self.kind(src, rn);
        let contacts = rn.contacts.as_ref().and_then(|c| self.contacts(src, c));
        self.messages(src, rn, line, contacts.is_some());
        let without_live_chat = rn.without_live_chat.as_ref().map(|a| self.aside(src, a));
        self.duplicate_choices(src, rn);
        let choices = rn.choice.iter().filter_map(|rc| self.choice(src, rc)).collect();
        let next = rn.next.as_ref().and_then(|n| self.resolve(src, n));
        let done = rn.done.as_ref().and_then(|n| self.resolve(src, n));
        self.shape(src, rn, kind, line);
        let count = rn.count.as_ref().and_then(|c| self.count(src, c));
        Node {
            name,
            kind,
            count,
            say: rn.say.iter().map(|s| s.get_ref().clone()).collect(),
            say_minor: rn.say_minor.iter().map(|s| s.get_ref().clone()).collect(),
            minor: rn.minor,
            contacts,
            ask: rn.ask.get_ref().clone(),
            choices,
            next,
            done,
            without_live_chat,
            file: src.file.to_path_buf(),
            line,
        }
    }

    fn kind(&mut self, src: Src, rn: &RawNode) -> NodeKind {
        match rn.kind.as_ref().map(|k| (k.get_ref().as_str(), k.span())) {
            None => NodeKind::Step,
            Some(("picker", _)) => NodeKind::Picker,
            Some(("mailbox_write", _)) => NodeKind::MailboxWrite,
            Some(("mailbox_code", _)) => NodeKind::MailboxCode,
            Some((other, span)) => {
                self.problems.push(src.problem(
                    span,
                    format!("unknown node kind `{other}` (expected `picker`, `mailbox_write` or `mailbox_code`)"),
                ));
                NodeKind::Step
            }
        }
    }

    fn contacts(&mut self, src: Src, c: &Spanned<String>) -> Option<ContactsView> {
        match c.get_ref().as_str() {
            "region" => Some(ContactsView::Region),
            "professional" => Some(ContactsView::Professional),
            other => {
                self.problems.push(src.problem(
                    c.span(),
                    format!("unknown contacts view `{other}` (expected `region` or `professional`)"),
                ));
                None
            }
        }
    }

    /// What a channel without a live chat shows instead: its messages exist, and with the
    /// question they fit one step.
    fn aside(&mut self, src: Src, raw: &RawAside) -> Aside {
        for msg in &raw.say {
            self.require(src, msg);
        }
        let contacts = raw.contacts.as_ref().and_then(|c| self.contacts(src, c));
        let messages = raw.say.len() + usize::from(contacts.is_some()) + 1;
        if messages > MAX_MESSAGES_PER_STEP
            && let Some(first) = raw.say.first()
        {
            self.problems.push(src.problem(
                first.span(),
                format!("`without_live_chat` shows {messages} messages with the question; at most {MAX_MESSAGES_PER_STEP} fit one step"),
            ));
        }
        Aside {
            say: raw.say.iter().map(|s| s.get_ref().clone()).collect(),
            contacts,
        }
    }

    /// Every message exists, and a step fits on one screen.
    fn messages(&mut self, src: Src, rn: &RawNode, line: usize, contacts: bool) {
        for msg in rn.say.iter().chain(&rn.say_minor) {
            self.require(src, msg);
        }
        self.require(src, &rn.ask);
        // Counted with `say_minor`, so the step a child sees fits too.
        let messages = rn.say.len() + rn.say_minor.len() + usize::from(contacts) + 1;
        if messages > MAX_MESSAGES_PER_STEP {
            self.problems.push(Problem::new(
                src.file,
                line,
                format!(
                    "node `{}` shows {messages} messages; at most {MAX_MESSAGES_PER_STEP} fit one step",
                    rn.id.get_ref()
                ),
            ));
        }
    }

    /// Choice ids are unique within their node and stay out of the engine's namespaces.
    fn duplicate_choices(&mut self, src: Src, rn: &RawNode) {
        let name = rn.id.get_ref();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for rc in &rn.choice {
            let l = src.line(rc.id.span());
            let id = rc.id.get_ref();
            if let Some(first) = seen.insert(id, l) {
                self.problems.push(Problem::new(
                    src.file,
                    l,
                    format!("choice id `{id}` is duplicated in node `{name}` (first at line {first})"),
                ));
            }
            if id.starts_with("nav.") || id.starts_with("lang.") || id.is_empty() {
                self.problems.push(Problem::new(
                    src.file,
                    l,
                    format!("choice id `{id}` is reserved (`nav.*` and `lang.*` belong to the engine)"),
                ));
            }
        }
    }

    /// One choice, resolved; `None` when its target does not exist (already reported).
    fn choice(&mut self, src: Src, rc: &RawChoice) -> Option<Choice> {
        self.require(src, &rc.label);
        let region = rc.region.as_ref().and_then(|r| {
            let parsed = Region::parse(r.get_ref());
            if parsed.is_none() {
                self.problems
                    .push(src.problem(r.span(), format!("unknown region `{}`", r.get_ref())));
            }
            parsed
        });
        let needs = rc.needs.as_ref().and_then(|n| match n.get_ref().as_str() {
            "live_chat" => Some(Need::LiveChat),
            "mailbox" => Some(Need::Mailbox),
            other => {
                self.problems.push(src.problem(
                    n.span(),
                    format!("unknown need `{other}` (expected one of {})", NEEDS.join(", ")),
                ));
                None
            }
        });
        let mailbox = rc.mailbox.as_ref().and_then(|m| match m.get_ref().as_str() {
            "delete" => Some(MailboxAction::Delete),
            other => {
                self.problems.push(src.problem(
                    m.span(),
                    format!("unknown mailbox action `{other}` (expected `delete`)"),
                ));
                None
            }
        });
        let next = self.resolve(src, &rc.next)?;
        Some(Choice {
            id: rc.id.get_ref().clone(),
            label: rc.label.get_ref().clone(),
            next,
            region,
            urgent: rc.urgent,
            minor: rc.minor,
            needs,
            mailbox,
        })
    }

    /// A picker goes on by `next` and has no choices; a step goes on only by choices; a
    /// mailbox step by `done` (its choices, if any, are ways out).
    fn shape(&mut self, src: Src, rn: &RawNode, kind: NodeKind, line: usize) {
        let name = rn.id.get_ref();
        let wrong = match kind {
            NodeKind::Picker if rn.next.is_none() => {
                Some(format!("node `{name}` has no way on: a picker needs `next`"))
            }
            NodeKind::Picker if !rn.choice.is_empty() => Some(format!(
                "picker `{name}` cannot have choices; they come from the locales"
            )),
            NodeKind::Step if rn.choice.is_empty() => {
                Some(format!("node `{name}` has no way on: it needs at least one choice"))
            }
            NodeKind::Step | NodeKind::MailboxWrite | NodeKind::MailboxCode if rn.next.is_some() => {
                Some(format!("node `{name}`: only a picker has `next`; use choices"))
            }
            NodeKind::MailboxWrite | NodeKind::MailboxCode if rn.done.is_none() => {
                Some(format!("node `{name}` has no way on: a mailbox step needs `done`"))
            }
            NodeKind::Step | NodeKind::Picker if rn.done.is_some() => {
                Some(format!("node `{name}`: only a mailbox step has `done`"))
            }
            _ => None,
        };
        if let Some(message) = wrong {
            self.problems.push(Problem::new(src.file, line, message));
        }
    }

    /// A statistics dimension the node counts: a short plain name that cannot collide
    /// with one lotsa counts itself.
    fn count(&mut self, src: Src, c: &Spanned<String>) -> Option<String> {
        let d = c.get_ref();
        let ok = (1..=40).contains(&d.len())
            && d.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || matches!(ch, '.' | '-'))
            && !d.starts_with("handoff.")
            && !matches!(d.as_str(), "channel" | "language" | "region" | "survey");
        if !ok {
            self.problems.push(src.problem(
                c.span(),
                format!(
                    "`count = \"{d}\"`: a dimension is lowercase letters, digits, `.` and `-`, and not one lotsa counts itself"
                ),
            ));
        }
        ok.then(|| d.clone())
    }

    /// Pass 3, the whole graph: the fixed nodes the global commands lead to exist, the
    /// start is a picker, and (once everything resolved) every node can be reached.
    fn graph(mut self, dir: &Path, nodes: Vec<Node>) -> Result<Flows, Vec<Problem>> {
        let mut fixed = |name: &str| -> NodeId {
            self.by_name.get(name).copied().unwrap_or_else(|| {
                self.problems
                    .push(Problem::new(dir, 0, format!("required node `{name}` is missing")));
                NodeId(0)
            })
        };
        let (start, menu, human) = (fixed(START), fixed(MENU), fixed(HUMAN));
        let (waiting, fallback) = (fixed(WAITING), fixed(FALLBACK));
        if let Some(node) = nodes.get(usize::from(start.0)).filter(|n| n.name == START)
            && node.kind != NodeKind::Picker
        {
            self.problems.push(Problem::new(
                &node.file,
                node.line,
                format!("node `{START}` must be `kind = \"picker\"`"),
            ));
        }
        let mut problems = self.problems;
        let flows = Flows {
            nodes,
            by_name: self.by_name,
            start,
            menu,
            human,
            waiting,
            fallback,
        };
        if problems.is_empty() {
            // Only a fully resolved graph can be searched for unreachable nodes.
            for node in flows.unreachable() {
                problems.push(Problem::new(
                    &node.file,
                    node.line,
                    format!("node `{}` is unreachable", node.name),
                ));
            }
        }
        if problems.is_empty() { Ok(flows) } else { Err(problems) }
    }
}
