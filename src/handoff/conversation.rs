//! Where a conversation's engine steps and its case meet, the same for every channel.
//!
//! After each engine step a channel calls [`Handoff::settle`], which carries out what the
//! step asked of the handoff (open a case, relay the person's text, close the case when
//! they leave, restart the wait) and folds any consequence back into the engine (no team
//! at all, a team closed now, a case that closed while the person was away). News from
//! staff arrives through [`Handoff::apply_news`], which steps the engine where the news
//! changes the conversation (fallback, ended) and renders the rest.

use fluent_bundle::FluentArgs;

use crate::dialogue::{self, CaseSignal, Input, Reply, State};
use crate::handoff::{Handoff, HandoffError, UserNews};
use crate::privacy::Channel;
use crate::render::{self, Rendered};
use crate::session::SessionKey;

/// An engine step with its handoff consequences carried out.
pub struct Settled {
    pub state: State,
    pub replies: Vec<Reply>,
    /// Shown before the replies (the place in the queue of a case just opened).
    pub news: Vec<Rendered>,
}

impl Handoff {
    /// Carries out the handoff actions of one engine step. `before` is the state the step
    /// started from, `text` what the person typed (for [`Reply::Relay`]). Fails only when
    /// the store cannot be reached; the channel then gives its degraded answer.
    pub async fn settle(
        &self,
        key: SessionKey,
        channel: Channel,
        before: &State,
        state: State,
        replies: Vec<Reply>,
        text: Option<&str>,
    ) -> Result<Settled, HandoffError> {
        let content = &self.content;
        let step = |state: State, signal: CaseSignal| {
            dialogue::step(&content.flows, &content.locales, state, Input::Case(signal))
        };
        let mut settled = Settled {
            state,
            replies,
            news: Vec::new(),
        };
        let leaving = settled.replies.contains(&Reply::LeaveCase) || settled.replies.contains(&Reply::Ended);
        if let (true, Some(code)) = (leaving, before.case) {
            self.user_left(&code).await?;
        }
        if settled.replies.contains(&Reply::Relay) {
            let sent = match (before.case, text) {
                (Some(code), Some(text)) => self.user_text(&code, text).await,
                _ => Err(HandoffError::NotFound),
            };
            match sent {
                Ok(()) => {}
                // The case closed while the person was away: back to the menu.
                Err(HandoffError::NotFound) => {
                    (settled.state, settled.replies) = step(settled.state, CaseSignal::Ended)
                }
                Err(e) => return Err(e),
            }
        }
        let flows = &content.flows;
        if before.node == flows.fallback
            && settled.state.node == flows.waiting
            && let Some(code) = before.case
        {
            match self.keep_waiting(&code).await {
                Ok(()) => {}
                Err(HandoffError::NotFound) => {
                    (settled.state, settled.replies) = step(settled.state, CaseSignal::Ended)
                }
                Err(e) => return Err(e),
            }
        }
        if settled.replies.contains(&Reply::OpenCase) {
            match self.open(key, channel, &settled.state).await {
                Ok(opened) => {
                    settled.state.case = Some(opened.code);
                    settled.news = self.render_news(settled.state.lang, &UserNews::Queued(opened.position));
                    if !opened.answering {
                        // No one answers now: straight to the fallback, not the waiting step.
                        (settled.state, settled.replies) = step(settled.state, CaseSignal::Fallback);
                    }
                }
                Err(HandoffError::NoTeam) => {
                    (settled.state, settled.replies) = step(settled.state, CaseSignal::Unavailable);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(settled)
    }

    /// A person reconnected: if their case closed meanwhile, the conversation moves on to
    /// the menu, as if they had been there when it closed.
    pub async fn reconcile(&self, state: State) -> Result<(State, Vec<Reply>), HandoffError> {
        match state.case {
            Some(code) if !self.exists(&code).await? => {
                let content = &self.content;
                Ok(dialogue::step(
                    &content.flows,
                    &content.locales,
                    state,
                    Input::Case(CaseSignal::Ended),
                ))
            }
            _ => Ok((state, Vec::new())),
        }
    }

    /// News from the case for a person at `state`: the new state (when the news moves the
    /// conversation on) and what to show.
    pub fn apply_news(&self, state: &State, news: &UserNews) -> (Option<State>, Vec<Rendered>) {
        let content = &self.content;
        let signal = match news {
            UserNews::Fallback => CaseSignal::Fallback,
            UserNews::Ended => CaseSignal::Ended,
            other => return (None, self.render_news(state.lang, other)),
        };
        let (next, replies) = dialogue::step(&content.flows, &content.locales, state.clone(), Input::Case(signal));
        let mut out = Vec::new();
        if signal == CaseSignal::Ended {
            out.push(Rendered::status("ended"));
        }
        out.extend(render::render(content, next.lang, &replies));
        (Some(next), out)
    }

    /// News that only informs (queue place, connected, a staff message), in `lang`.
    pub fn render_news(&self, lang: crate::i18n::LangIdx, news: &UserNews) -> Vec<Rendered> {
        let content = &self.content;
        let loc = &content.locales;
        let say = |id: &str, args: Option<&FluentArgs<'_>>| render::say(content, lang, loc.format(lang, id, args));
        let queued = |p: usize| Rendered::Status {
            state: "queued",
            position: Some(p),
        };
        match news {
            UserNews::Queued(p) => {
                let mut args = FluentArgs::new();
                args.set("position", *p);
                vec![say("handoff-queued", Some(&args)), queued(*p)]
            }
            UserNews::Position(p) => vec![queued(*p)],
            UserNews::Connected => vec![say("handoff-connected", None), Rendered::status("connected")],
            UserNews::Staff(text) => vec![Rendered::Staff {
                text: text.clone(),
                lang: loc.code(lang).to_string(),
                dir: loc.dir(lang).as_str(),
            }],
            UserNews::Transferred(p) => vec![say("handoff-transferred", None), queued(*p)],
            UserNews::Fallback | UserNews::Ended => Vec::new(),
        }
    }
}
