//! Properties of the pure engine over the repository's flows: no input sequence panics,
//! strands a person, or grows state without bound, and the same inputs give the same
//! answers. Also the terminal chat, which runs the engine directly.

mod common;

use lotsa::dialogue::{ANSWER_LIMIT, Caps, ErrorCode, HISTORY_LIMIT, Input, Reply, State, step, step_with};
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
            // Text typed during a handoff goes to staff, and at a mailbox step it is the
            // channel's to keep (it moves on with `Input::Done`): nothing else happens.
            if replies == [Reply::Relay] {
                prop_assert!(content.flows.in_case(next.node));
                prop_assert_eq!(&next, &before);
                trace.push((next.clone(), replies));
                state = next;
                continue;
            }
            if replies == [Reply::MailboxWrite] || replies == [Reply::MailboxCode] {
                prop_assert!(content.flows.node(next.node).kind.is_mailbox());
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

/// The consent step at the repository's flows, in the reference language.
fn at_consent(content: &lotsa::content::Content) -> State {
    let mut state = State::new(&content.flows, content.locales.fallback());
    state.node = content.flows.by_name("consent").expect("the flows have a consent step");
    state
}

fn offered(content: &lotsa::content::Content, replies: &[Reply]) -> Vec<String> {
    lotsa::render::render(content, content.locales.fallback(), replies)
        .into_iter()
        .flat_map(|r| match r {
            lotsa::render::Rendered::Ask { choices, .. } => choices.into_iter().map(|c| c.id).collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn a_channel_without_a_live_chat_neither_offers_nor_accepts_one_and_says_why() {
    let content = shared_content();
    let (flows, locales) = (&content.flows, &content.locales);
    let basic = Caps {
        live_chat: false,
        mailbox: false,
    };
    let (_, shown) = step_with(flows, locales, basic, at_consent(content), Input::Repeat);
    let ask = shown.iter().position(|r| matches!(r, Reply::Ask { .. })).unwrap();
    let aside = shown.iter().position(|r| *r == Reply::Say("ui-basic-live".into()));
    let contacts = shown.iter().position(|r| matches!(r, Reply::Contacts(..)));
    assert!(
        aside.is_some_and(|a| a < ask) && contacts.is_some_and(|c| c < ask),
        "{shown:?}"
    );
    let ids = offered(content, &shown);
    assert!(
        !ids.contains(&"handoff.yes".into()) && ids.contains(&"handoff.contacts".into()),
        "{ids:?}"
    );

    // Sent anyway (a crafted form): refused like any unknown choice, no case, same step,
    // and the aside comes with the question again.
    let (after, replies) = step_with(flows, locales, basic, at_consent(content), Input::Choose("handoff.yes"));
    assert_eq!(after, at_consent(content));
    assert!(replies.contains(&Reply::Error(ErrorCode::UnknownChoice)), "{replies:?}");
    assert!(!replies.contains(&Reply::OpenCase));
    assert!(replies.contains(&Reply::Say("ui-basic-live".into())));

    // A channel that holds a live chat: offered, accepted, no aside.
    let (_, shown) = step_with(flows, locales, Caps::ALL, at_consent(content), Input::Repeat);
    assert!(!shown.contains(&Reply::Say("ui-basic-live".into())));
    assert!(offered(content, &shown).contains(&"handoff.yes".into()));
    let (after, replies) = step(flows, locales, at_consent(content), Input::Choose("handoff.yes"));
    assert_eq!(after.node, flows.waiting);
    assert!(replies.contains(&Reply::OpenCase));
}

/// A small flow with a mailbox step, compiled against the repository's locales.
fn mailbox_flows(content: &lotsa::content::Content) -> lotsa::flow::Flows {
    let source = r#"
[[node]]
id = "language"
kind = "picker"
ask = "ui-basic-live"
next = "menu"

[[node]]
id = "menu"
ask = "ui-basic-live"

[[node.choice]]
id = "menu.leave"
label = "handoff-consent-yes"
next = "leave"
needs = "mailbox"

[[node.choice]]
id = "menu.human"
label = "handoff-consent-yes"
next = "human"

[[node]]
id = "leave"
kind = "mailbox_write"
ask = "ui-basic-live"
done = "left"

[[node.choice]]
id = "leave.delete"
label = "handoff-consent-yes"
next = "menu"
mailbox = "delete"

[[node]]
id = "left"
ask = "ui-basic-live"

[[node.choice]]
id = "left.menu"
label = "handoff-consent-yes"
next = "menu"

[[node]]
id = "human"
ask = "ui-basic-live"

[[node.choice]]
id = "human.menu"
label = "handoff-consent-yes"
next = "menu"

[[node.choice]]
id = "human.wait"
label = "handoff-consent-yes"
next = "waiting"

[[node]]
id = "waiting"
ask = "ui-basic-live"

[[node.choice]]
id = "waiting.menu"
label = "handoff-consent-yes"
next = "menu"

[[node]]
id = "fallback"
ask = "ui-basic-live"

[[node.choice]]
id = "fallback.menu"
label = "handoff-consent-yes"
next = "menu"
"#;
    let raw = toml::from_str(source).expect("the test flow parses");
    let file = std::path::PathBuf::from("mailbox.toml");
    lotsa::flow::Flows::compile(
        std::path::Path::new("."),
        &[(file, source.to_string(), raw)],
        &content.locales,
    )
    .expect("the test flow compiles")
}

#[test]
fn at_a_mailbox_step_typed_text_is_the_channels_and_done_moves_on() {
    // Its own content, so the renderer reads the same flows as the engine.
    let mut content = common::content();
    content.flows = mailbox_flows(&content);
    let (content, flows) = (&content, &content.flows);
    let locales = &content.locales;
    let lang = locales.fallback();
    let mut state = State::new(flows, lang);
    state.node = flows.menu;
    let without = Caps {
        live_chat: true,
        mailbox: false,
    };

    // The mailbox is off: not offered, not accepted.
    let (_, shown) = step_with(flows, locales, without, state.clone(), Input::Repeat);
    let ids: Vec<String> = lotsa::render::render(content, lang, &shown)
        .into_iter()
        .flat_map(|r| match r {
            lotsa::render::Rendered::Ask { choices, .. } => choices.into_iter().map(|c| c.id).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert!(
        !ids.contains(&"menu.leave".into()) && ids.contains(&"menu.human".into()),
        "{ids:?}"
    );
    let (after, _) = step_with(flows, locales, without, state.clone(), Input::Choose("menu.leave"));
    assert_eq!(after.node, flows.menu);

    // On: the step asks for a message, and typed text there is the channel's to keep.
    let (at_leave, shown) = step(flows, locales, state, Input::Choose("menu.leave"));
    let leave = flows.by_name("leave").unwrap();
    assert_eq!(at_leave.node, leave);
    let input = lotsa::render::render(content, lang, &shown)
        .into_iter()
        .find_map(|r| match r {
            lotsa::render::Rendered::Ask { input, .. } => Some(input),
            _ => None,
        });
    assert_eq!(input, Some(Some("message")));
    let (same, replies) = step(flows, locales, at_leave.clone(), Input::Text);
    assert_eq!((same.clone(), replies), (at_leave.clone(), vec![Reply::MailboxWrite]));

    // Done moves on to `done`; anywhere else it only asks again.
    let (left, replies) = step(flows, locales, same, Input::Done);
    assert_eq!(left.node, flows.by_name("left").unwrap());
    assert!(matches!(replies.last(), Some(Reply::Ask { .. })));
    let (still, _) = step(flows, locales, left.clone(), Input::Done);
    assert_eq!(still, left);

    // The delete choice asks the channel to delete the opened item, then goes on.
    let (after, replies) = step(flows, locales, at_leave, Input::Choose("leave.delete"));
    assert!(replies.contains(&Reply::MailboxDelete));
    assert_eq!(after.node, flows.menu);
}
