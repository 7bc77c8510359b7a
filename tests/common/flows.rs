//! What the engine says for a path of choices, to compare with what a server sent: the
//! shortest path to every node, and the expected frames at its end.

use std::collections::{HashMap, VecDeque};

use lotsa::content::Content;
use lotsa::dialogue::{self, Input, State};
use lotsa::flow::NodeId;
use lotsa::i18n::LangIdx;
use lotsa::render;
use serde_json::Value;

/// Shortest choice path from the first step after the picker to every node.
pub fn paths(content: &Content) -> HashMap<NodeId, Vec<String>> {
    let flows = &content.flows;
    let first = flows.node(flows.start).next.expect("picker has next");
    let mut paths = HashMap::from([(first, Vec::new())]);
    let mut queue = VecDeque::from([first]);
    while let Some(id) = queue.pop_front() {
        for c in &flows.node(id).choices {
            if !paths.contains_key(&c.next) {
                let mut p = paths[&id].clone();
                p.push(c.id.clone());
                paths.insert(c.next, p);
                queue.push_back(c.next);
            }
        }
    }
    paths
}

/// Replays a conversation started in `lang` (picker skipped) through the choice `ids`:
/// the final state and the engine's replies to the last input.
pub fn replay<S: AsRef<str>>(content: &Content, lang: LangIdx, ids: &[S]) -> (State, Vec<dialogue::Reply>) {
    let state = State::new(&content.flows, lang);
    let (mut state, mut replies) = dialogue::step(
        &content.flows,
        &content.locales,
        state,
        Input::Start { lang, chosen: true },
    );
    for id in ids {
        (state, replies) = dialogue::step(&content.flows, &content.locales, state, Input::Choose(id.as_ref()));
    }
    (state, replies)
}

/// As [`replay`], as a server without teams answers: consenting to a handoff finds no
/// one to open a case with, and the conversation goes on to contacts and the menu.
pub fn replay_served<S: AsRef<str>>(content: &Content, lang: LangIdx, ids: &[S]) -> (State, Vec<dialogue::Reply>) {
    let (state, replies) = replay(content, lang, ids);
    if replies.contains(&dialogue::Reply::OpenCase) {
        return dialogue::step(
            &content.flows,
            &content.locales,
            state,
            Input::Case(dialogue::CaseSignal::Unavailable),
        );
    }
    (state, replies)
}

/// What a server without teams says for `inputs`, as protocol frames (without
/// session/ui frames).
pub fn expected(content: &Content, lang: LangIdx, ids: &[String]) -> (State, Vec<Value>) {
    let (state, replies) = replay_served(content, lang, ids);
    let frames = render::render(content, state.lang, &replies)
        .iter()
        .map(|r| serde_json::to_value(r).unwrap())
        .collect();
    (state, frames)
}

pub fn content_frames(frames: Vec<Value>) -> Vec<Value> {
    frames
        .into_iter()
        .filter(|f| f["type"] != "session" && f["type"] != "ui")
        .collect()
}
