//! A handoff case: a small state machine of its own, `queued -> live -> closed`, with
//! transfers back to `queued` at another team. Pure, like the dialogue engine: time, ids
//! and names come in as arguments, and every transition returns a new case or a
//! [`CaseError`] that says why not.
//!
//! A case holds no text. It knows the conversation's pseudonym (to reach the person), the
//! channel, language, region and urgency, and the categorical answers the person agreed
//! to show; a transfer note from staff is sealed by the caller before it gets here.

use serde::{Deserialize, Serialize};

use crate::dialogue::CaseCode;
use crate::privacy::Channel;
use crate::region::Region;
use crate::session::SessionKey;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseState {
    /// Waiting for a staff member of `team` to claim it.
    Queued,
    /// A staff member holds it and text flows both ways.
    Live,
}

impl CaseState {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseState::Queued => "queued",
            CaseState::Live => "live",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    /// Someone else got there first, or the case is not in a state that allows it.
    #[error("conflict")]
    Conflict,
    /// The staff member already holds as many live cases as allowed.
    #[error("limit")]
    Limit,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub code: CaseCode,
    /// The conversation, to deliver staff messages and status to the person.
    #[serde(with = "session_hex")]
    pub session: SessionKey,
    pub channel: Channel,
    /// The person's language code.
    pub lang: String,
    /// The region the person chose.
    pub region: Region,
    /// The team that holds the case now (the region's own, or the national team).
    pub team: Region,
    pub urgent: bool,
    /// The person's answers before asking for a person, each with the question it
    /// answers: the self-check's nine questions share the choice ids `sign.yes`, …, so the
    /// choice id alone does not say which question was answered.
    pub answers: Vec<Answered>,
    pub state: CaseState,
    /// Who holds it while live.
    pub staff: Option<String>,
    /// Unix seconds when the person first asked; orders the queue across transfers.
    pub opened_at: i64,
    /// Unix seconds since the case last waited for a claim; the wait limit counts from here.
    pub waiting_since: i64,
    /// The fallback contacts were offered for the current wait.
    pub fallback_offered: bool,
    /// The team that transferred it here.
    pub from_team: Option<Region>,
    /// The transfer note for the next staff member, sealed under the case's key.
    #[serde(with = "crate::privacy::hex_serde::option", default)]
    pub note: Option<Vec<u8>>,
    /// The team it overflowed from (closed, or no claim within the wait limit); a case
    /// overflows once, so it never bounces between teams.
    #[serde(default)]
    pub overflow_from: Option<Region>,
    /// An urgent case left unclaimed: the national team and admins see it too.
    #[serde(default)]
    pub escalated: bool,
}

/// What a new case starts from.
pub struct NewCase {
    pub code: CaseCode,
    pub session: SessionKey,
    pub channel: Channel,
    pub lang: String,
    pub region: Region,
    pub team: Region,
    pub urgent: bool,
    pub answers: Vec<Answered>,
    pub now: i64,
}

/// One answer a case carries: the node (question) and the choice, by their flow names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AnsweredWire")]
pub struct Answered {
    /// The node's name in the flows (`sign-passport`).
    pub node: String,
    /// The choice id (`sign.yes`).
    pub choice: String,
}

/// Cases stored before answers kept their node held choice ids alone; a case open during
/// an upgrade still reads (its answers then show without their question).
#[derive(Deserialize)]
#[serde(untagged)]
enum AnsweredWire {
    Full { node: String, choice: String },
    ChoiceOnly(String),
}

impl From<AnsweredWire> for Answered {
    fn from(wire: AnsweredWire) -> Answered {
        match wire {
            AnsweredWire::Full { node, choice } => Answered { node, choice },
            AnsweredWire::ChoiceOnly(choice) => Answered {
                node: String::new(),
                choice,
            },
        }
    }
}

impl Case {
    pub fn open(new: NewCase) -> Case {
        Case {
            code: new.code,
            session: new.session,
            channel: new.channel,
            lang: new.lang,
            region: new.region,
            team: new.team,
            urgent: new.urgent,
            answers: new.answers,
            state: CaseState::Queued,
            staff: None,
            opened_at: new.now,
            waiting_since: new.now,
            fallback_offered: false,
            from_team: None,
            note: None,
            overflow_from: None,
            escalated: false,
        }
    }

    /// `staff` takes a queued case. `holding` is how many live cases they have now.
    pub fn claim(&self, staff: &str, holding: usize, max_live: usize) -> Result<Case, CaseError> {
        if self.state != CaseState::Queued {
            return Err(CaseError::Conflict);
        }
        if holding >= max_live {
            return Err(CaseError::Limit);
        }
        Ok(Case {
            state: CaseState::Live,
            staff: Some(staff.to_string()),
            ..self.clone()
        })
    }

    /// A warm transfer to `region`, answered by `team`: the case waits again, keeping
    /// its place by age; the person stays in the chat. Only its holder may transfer a
    /// live case. The staff member decided where the person belongs, so the case's region
    /// becomes the new one.
    pub fn transfer(
        &self,
        by: &str,
        region: Region,
        team: Region,
        note: Option<Vec<u8>>,
        now: i64,
    ) -> Result<Case, CaseError> {
        if self.state == CaseState::Live && self.staff.as_deref() != Some(by) {
            return Err(CaseError::Conflict);
        }
        Ok(Case {
            state: CaseState::Queued,
            staff: None,
            from_team: Some(self.team),
            region,
            team,
            note,
            waiting_since: now,
            fallback_offered: false,
            overflow_from: None,
            escalated: false,
            ..self.clone()
        })
    }

    /// Offered to `team` because its own is closed or did not answer in time: the
    /// region stays, and the wait starts again there.
    pub fn overflow(&self, team: Region, now: i64) -> Result<Case, CaseError> {
        if self.state != CaseState::Queued || self.overflow_from.is_some() || team == self.team {
            return Err(CaseError::Conflict);
        }
        Ok(Case {
            overflow_from: Some(self.team),
            team,
            waiting_since: now,
            fallback_offered: false,
            ..self.clone()
        })
    }

    /// Urgent, still waiting after `after_secs`, and not escalated yet.
    pub fn escalation_due(&self, now: i64, after_secs: i64) -> bool {
        self.urgent && self.state == CaseState::Queued && !self.escalated && now - self.waiting_since >= after_secs
    }

    pub fn with_escalated(&self) -> Case {
        Case {
            escalated: true,
            ..self.clone()
        }
    }

    /// Whether `staff` may write in or close the case.
    pub fn held_by(&self, staff: &str) -> bool {
        self.state == CaseState::Live && self.staff.as_deref() == Some(staff)
    }

    /// The wait limit passed without a claim and the fallback was not yet offered.
    pub fn wait_expired(&self, now: i64, max_wait_secs: i64) -> bool {
        self.state == CaseState::Queued && !self.fallback_offered && now - self.waiting_since >= max_wait_secs
    }

    pub fn with_fallback_offered(&self) -> Case {
        Case {
            fallback_offered: true,
            ..self.clone()
        }
    }

    /// The person chose to keep waiting after the fallback: the wait limit starts again.
    pub fn keep_waiting(&self, now: i64) -> Case {
        Case {
            fallback_offered: false,
            waiting_since: now,
            ..self.clone()
        }
    }

    /// Queue order: urgent first, then the longest waiting, then the code (stable).
    pub fn order_key(&self) -> (bool, i64, CaseCode) {
        (!self.urgent, self.opened_at, self.code)
    }

    /// 1-based place in its team's queue among `open` cases; `None` unless queued.
    pub fn position(&self, open: &[Case]) -> Option<usize> {
        if self.state != CaseState::Queued {
            return None;
        }
        let ahead = open
            .iter()
            .filter(|c| c.state == CaseState::Queued && c.team == self.team && c.order_key() < self.order_key())
            .count();
        Some(ahead + 1)
    }
}

mod session_hex {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::session::SessionKey;

    pub fn serialize<S: Serializer>(key: &SessionKey, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(key.0))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SessionKey, D::Error> {
        let text = String::deserialize(d)?;
        let mut key = [0u8; 16];
        hex::decode_to_slice(&text, &mut key).map_err(serde::de::Error::custom)?;
        Ok(SessionKey(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(code: &str, team: Region, urgent: bool, at: i64) -> Case {
        Case::open(NewCase {
            code: CaseCode::parse(code).unwrap(),
            session: SessionKey([7; 16]),
            channel: Channel::Web,
            lang: "ar".into(),
            region: team,
            team,
            urgent,
            answers: vec![Answered {
                node: "who".into(),
                choice: "who.self".into(),
            }],
            now: at,
        })
    }

    #[test]
    fn claim_once_within_the_limit() {
        let c = case("AAAAAAAA", Region::Syd, false, 0);
        let live = c.claim("anna", 0, 2).unwrap();
        assert!(live.held_by("anna") && !live.held_by("bo"));
        assert_eq!(live.claim("bo", 0, 2), Err(CaseError::Conflict));
        assert_eq!(c.claim("bo", 2, 2), Err(CaseError::Limit));
    }

    #[test]
    fn transfer_requeues_at_the_new_team_and_restarts_the_wait() {
        let live = case("AAAAAAAA", Region::Syd, true, 10).claim("anna", 0, 3).unwrap();
        assert_eq!(
            live.transfer("bo", Region::Vast, Region::Vast, None, 50),
            Err(CaseError::Conflict)
        );
        let moved = live
            .transfer("anna", Region::Vast, Region::Vast, Some(vec![1]), 50)
            .unwrap();
        assert_eq!(
            (moved.state, moved.team, moved.from_team),
            (CaseState::Queued, Region::Vast, Some(Region::Syd))
        );
        assert_eq!(
            (moved.opened_at, moved.waiting_since, moved.staff.clone()),
            (10, 50, None)
        );
        assert!(!moved.wait_expired(60, 30) && moved.wait_expired(80, 30));
        let offered = moved.with_fallback_offered();
        assert!(!offered.wait_expired(1000, 30), "offered once per wait");
        assert!(offered.keep_waiting(1000).wait_expired(1030, 30));
    }

    #[test]
    fn urgent_cases_go_first_then_the_longest_waiting() {
        let old = case("AAAAAAAA", Region::Syd, false, 0);
        let urgent = case("BBBBBBBB", Region::Syd, true, 100);
        let other_team = case("CCCCCCCC", Region::Vast, false, 0);
        let new = case("DDDDDDDD", Region::Syd, false, 200);
        let open = vec![old.clone(), urgent.clone(), other_team.clone(), new.clone()];
        assert_eq!(urgent.position(&open), Some(1));
        assert_eq!(old.position(&open), Some(2));
        assert_eq!(new.position(&open), Some(3));
        assert_eq!(other_team.position(&open), Some(1));
        let json = serde_json::to_string(&urgent).unwrap();
        assert_eq!(serde_json::from_str::<Case>(&json).unwrap(), urgent);
    }

    #[test]
    fn a_case_overflows_once_and_keeps_its_region() {
        let c = case("AAAAAAAA", Region::Stockholm, false, 0);
        let moved = c.overflow(Region::National, 300).unwrap();
        assert_eq!(
            (moved.region, moved.team, moved.overflow_from, moved.waiting_since),
            (Region::Stockholm, Region::National, Some(Region::Stockholm), 300)
        );
        assert_eq!(moved.overflow(Region::Vast, 600), Err(CaseError::Conflict), "once");
        let live = c.claim("anna", 0, 1).unwrap();
        assert_eq!(
            live.overflow(Region::National, 1),
            Err(CaseError::Conflict),
            "queued only"
        );
        assert_eq!(c.overflow(Region::Stockholm, 1), Err(CaseError::Conflict), "elsewhere");
    }

    #[test]
    fn only_urgent_waiting_cases_escalate_and_once() {
        let urgent = case("AAAAAAAA", Region::Syd, true, 0);
        assert!(!urgent.escalation_due(59, 60) && urgent.escalation_due(60, 60));
        assert!(!urgent.with_escalated().escalation_due(1000, 60));
        assert!(!case("BBBBBBBB", Region::Syd, false, 0).escalation_due(1000, 60));
        assert!(!urgent.claim("anna", 0, 1).unwrap().escalation_due(1000, 60));
    }

    #[test]
    fn answers_stored_as_bare_choice_ids_still_read() {
        let mut json = serde_json::to_value(case("AAAAAAAA", Region::Syd, false, 0)).unwrap();
        json["answers"] = serde_json::json!(["who.self"]);
        let read: Case = serde_json::from_value(json).unwrap();
        assert_eq!(
            read.answers,
            vec![Answered {
                node: String::new(),
                choice: "who.self".into()
            }]
        );
    }
}
