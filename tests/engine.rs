//! Properties of the pure engine over the repository's flows: no input sequence panics,
//! strands a person, or grows state without bound, and the same inputs give the same
//! answers. Also the terminal chat, which runs the engine directly.

mod common;

use lotsa::dialogue::{ANSWER_LIMIT, HISTORY_LIMIT, Input, Reply, State, step};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Action {
    Choose(String),
    Text,
    Repeat,
}

impl Action {
    fn input(&self) -> Input<'_> {
        match self {
            Action::Choose(id) => Input::Choose(id),
            Action::Text => Input::Text,
            Action::Repeat => Input::Repeat,
        }
    }
}

/// The repository's content, loaded once for all property cases.
fn shared_content() -> &'static lotsa::content::Content {
    static CONTENT: std::sync::OnceLock<lotsa::content::Content> = std::sync::OnceLock::new();
    CONTENT.get_or_init(common::content)
}

fn actions(content: &lotsa::content::Content) -> Vec<Action> {
    let mut ids: Vec<String> = content
        .flows
        .ids()
        .flat_map(|id| content.flows.node(id).choices.iter().map(|c| c.id.clone()))
        .collect();
    ids.extend(["nav.back", "nav.menu", "nav.language", "nav.human"].map(String::from));
    ids.extend(content.locales.codes().map(|c| format!("lang.{c}")));
    ids.extend(["", "lang.xx", "nav.", "who.self ", "\u{202e}", "ä"].map(String::from));
    ids.sort();
    ids.dedup();
    let mut out: Vec<Action> = ids.into_iter().map(Action::Choose).collect();
    out.push(Action::Text);
    out.push(Action::Repeat);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_dead_ends_and_bounded_state(seq in proptest::collection::vec(any::<prop::sample::Index>(), 1..120), lang_pick in any::<prop::sample::Index>()) {
        let content = shared_content();
        let all = actions(content);
        let langs: Vec<_> = content.locales.all().collect();
        let lang = *lang_pick.get(&langs);
        let (mut state, replies) = step(&content.flows, &content.locales, State::new(&content.flows, lang), Input::Start { lang, chosen: false });
        let starts_with_question = matches!(replies.last(), Some(Reply::Ask { .. }));
        prop_assert!(starts_with_question);
        let mut trace = Vec::new();
        for index in &seq {
            let action = index.get(&all).clone();
            let input = action.input();
            let before = state.clone();
            let (next, replies) = step(&content.flows, &content.locales, state, input);
            // Text typed during a handoff goes to staff: nothing else happens.
            if replies == [Reply::Relay] {
                prop_assert!(content.flows.in_case(next.node));
                prop_assert_eq!(&next, &before);
                trace.push((next.clone(), replies));
                state = next;
                continue;
            }
            // Every other answer ends with a question about the current step.
            match replies.last() {
                Some(Reply::Ask { node, nav }) => {
                    prop_assert_eq!(*node, next.node);
                    prop_assert!(nav.end, "end and erase is always offered");
                }
                other => prop_assert!(false, "answer without a question: {:?}", other),
            }
            prop_assert!(next.history.len() <= HISTORY_LIMIT);
            prop_assert!(next.answers.len() <= ANSWER_LIMIT);
            prop_assert!(usize::from(next.node.0) < content.flows.len());
            let rendered = lotsa::render::render(content, next.lang, &replies);
            prop_assert!(rendered.iter().all(|r| r.text().is_none_or(|t| !t.is_empty())));
            trace.push((next.clone(), replies));
            state = next;
        }
        // Deterministic: replaying gives the same states and replies.
        let (mut again, _) = step(&content.flows, &content.locales, State::new(&content.flows, lang), Input::Start { lang, chosen: false });
        for (index, (want_state, want_replies)) in seq.iter().zip(&trace) {
            let action = index.get(&all).clone();
            let input = action.input();
            let (next, replies) = step(&content.flows, &content.locales, again, input);
            prop_assert_eq!(&next, want_state);
            prop_assert_eq!(&replies, want_replies);
            again = next;
        }
    }
}

#[test]
fn end_is_always_honoured() {
    let content = common::content();
    for lang in content.locales.all() {
        for node in content.flows.ids() {
            let state = State {
                node,
                ..State::new(&content.flows, lang)
            };
            for input in [Input::End, Input::Choose("nav.end")] {
                let (_, replies) = step(&content.flows, &content.locales, state.clone(), input);
                assert_eq!(replies, vec![Reply::Ended]);
            }
        }
    }
}

#[test]
fn terminal_chat_walks_to_the_rights_in_swedish() {
    let content = common::content();
    // Numbers pick choices; ids work too; typed text gets the gentle error.
    let input = "1\nsafety.yes\nwho.info\nhello there\nmenu.rights\nrights.reflection\nq\n";
    let mut out = Vec::new();
    lotsa::terminal::run(&content, Some("sv"), input.as_bytes(), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    let sv = content.locales.by_code("sv").unwrap();
    for id in [
        "promise-anonymous",
        "safety-ask",
        "who-ask",
        "error-pick_option",
        "rights-ask",
        "right-reflection-1",
    ] {
        let text = content.locales.format(sv, id, None);
        assert!(out.contains(&text), "missing {id} ({text}) in:\n{out}");
    }
    assert!(out.contains("[nav.end]"), "choices show their ids for flow writers");
}
