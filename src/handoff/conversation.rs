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
use crate::handoff::routing::Reach;
use crate::handoff::{Handoff, HandoffError, UserNews};
use crate::privacy::Channel;
use crate::region::Region;
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
        if let (false, Some(code)) = (leaving, before.case) {
            // Any step the person takes in a case shows they are there.
            self.person_seen(&code).await;
        }
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
                    let answering = opened.reach.answering();
                    let news = match opened.reach {
                        Reach::Own { .. } => UserNews::Queued {
                            position: opened.position,
                            team: None,
                        },
                        Reach::Overflow { team, .. } => UserNews::Queued {
                            position: opened.position,
                            team: Some(team),
                        },
                        Reach::Away { opens, .. } => UserNews::Away { opens },
                    };
                    settled.news = self.render_news(settled.state.lang, &news);
                    if !answering {
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
        if settled.state.node != before.node && self.is_consent(settled.state.node) {
            // Before the person agrees: who will answer, or when someone can.
            settled.news.extend(self.reach_news(&settled.state));
        }
        Ok(settled)
    }

    /// The step where a person agrees to chat: it leads to `waiting` (and is not the
    /// fallback, which also does).
    fn is_consent(&self, node: crate::flow::NodeId) -> bool {
        let flows = &self.content.flows;
        node != flows.fallback && flows.edges(node).any(|n| n == flows.waiting)
    }

    /// What a person about to agree should know when their region's team cannot answer:
    /// another team will, or none can now (and when one opens). Nothing when their own
    /// team answers.
    fn reach_news(&self, state: &State) -> Vec<Rendered> {
        let region = state.region.unwrap_or(Region::National);
        let lang = self.content.locales.code(state.lang);
        match self.reach(region, lang) {
            Some(Reach::Overflow { closed, team }) => {
                let mut args = FluentArgs::new();
                args.set("region", self.team_name(state.lang, closed));
                args.set("team", self.team_name(state.lang, team));
                let loc = &self.content.locales;
                vec![render::say(
                    &self.content,
                    state.lang,
                    loc.format(state.lang, "handoff-overflow", Some(&args)),
                )]
            }
            // The words only: the `away` status belongs to a case in the queue.
            Some(Reach::Away { opens, .. }) => self
                .render_news(state.lang, &UserNews::Away { opens })
                .into_iter()
                .filter(|r| !matches!(r, Rendered::Status { .. }))
                .collect(),
            Some(Reach::Own { .. }) | None => Vec::new(),
        }
    }

    /// A team's short name (`team-<region>`) in `lang`, for a sentence.
    fn team_name(&self, lang: crate::i18n::LangIdx, team: Region) -> String {
        self.content.locales.format(lang, &format!("team-{}", team.id()), None)
    }

    /// "A team opens on Monday at 08:00": the day as today, tomorrow, a weekday within a
    /// week, or else the date; the time in Stockholm, where the hours are kept.
    fn opens_args(opens: &jiff::Zoned) -> FluentArgs<'static> {
        let today = jiff::Timestamp::now().to_zoned(opens.time_zone().clone()).date();
        let days = (opens.date() - today).get_days();
        let day = match days {
            0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            2..=6 => ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                [opens.weekday().to_monday_zero_offset() as usize]
                .to_string(),
            _ => "date".to_string(),
        };
        let mut args = FluentArgs::new();
        args.set("day", day);
        args.set("time", opens.strftime("%H:%M").to_string());
        args.set("date", opens.date().to_string());
        args
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
            team: None,
            opens: None,
        };
        let queued_for = |p: usize, team: Region| Rendered::Status {
            state: "queued",
            position: Some(p),
            team: Some(team.id()),
            opens: None,
        };
        match news {
            UserNews::Queued { position, team } => {
                let mut args = FluentArgs::new();
                args.set("position", *position);
                let status = match team {
                    Some(team) => queued_for(*position, *team),
                    None => queued(*position),
                };
                vec![say("handoff-queued", Some(&args)), status]
            }
            UserNews::Overflowed { from, team, position } => {
                let mut args = FluentArgs::new();
                args.set("region", self.team_name(lang, *from));
                args.set("team", self.team_name(lang, *team));
                vec![say("handoff-overflow-wait", Some(&args)), queued_for(*position, *team)]
            }
            UserNews::Away { opens } => {
                let status = Rendered::Status {
                    state: "away",
                    position: None,
                    team: None,
                    opens: opens.as_ref().map(crate::handoff::routing::rfc3339),
                };
                let line = match opens {
                    Some(opens) => say("handoff-away", Some(&Self::opens_args(opens))),
                    None => say("handoff-away-unknown", None),
                };
                vec![line, status]
            }
            UserNews::Position(p) => vec![queued(*p)],
            UserNews::Typing => vec![Rendered::Typing],
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
