//! The statistics export for staff: `GET /staff/stats.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`,
//! columns `day,dimension,value,count`, small cells written `<5`. Admins get every
//! figure; a coordinator the national figures and their own regions' (see
//! [`crate::stats::Scope`]).

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use serde::Deserialize;

use crate::staff::auth::{AuthError, StaffMember, audit_id};
use crate::startup::AppState;
use crate::stats::Scope;

/// The longest range one export covers: the counters' retention.
const MAX_RANGE_DAYS: i32 = 400;
/// The range when none is given: the last 30 days, today included.
const DEFAULT_RANGE_DAYS: i64 = 29;

pub fn router() -> Router<AppState> {
    Router::new().route("/staff/stats.csv", get(csv))
}

#[derive(Deserialize)]
struct Range {
    from: Option<String>,
    to: Option<String>,
}

/// What an admin or a coordinator may see.
pub fn scope_of(member: &StaffMember) -> Scope {
    if member.is_admin() {
        Scope::All
    } else {
        Scope::Regions(member.regions.clone())
    }
}

/// A bad range, said plainly (the request's own text is never echoed).
fn bad_range(reason: &'static str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        reason,
    )
        .into_response()
}

/// `from` and `to` as dates, defaulting to the last 30 days; `Err` says what is wrong.
pub fn parse_range(from: Option<&str>, to: Option<&str>, today: Date) -> Result<(Date, Date), &'static str> {
    let date = |s: &str| s.parse::<Date>().map_err(|_| "from and to are dates: YYYY-MM-DD");
    let to = to.map(date).transpose()?.unwrap_or(today);
    let from = match from {
        Some(f) => date(f)?,
        None => to.checked_sub(jiff::Span::new().days(DEFAULT_RANGE_DAYS)).unwrap_or(to),
    };
    if from > to {
        return Err("from must not be after to");
    }
    let days = (to - from).get_days();
    if days >= MAX_RANGE_DAYS {
        return Err("a range covers at most 400 days");
    }
    Ok((from, to))
}

async fn csv(State(app): State<AppState>, headers: HeaderMap, Query(range): Query<Range>) -> Response {
    let member = match app.staff_auth.session(&headers).await {
        Some(m) => m,
        None => return AuthError::Unauthenticated.into_response(),
    };
    let (from, to) = match parse_range(range.from.as_deref(), range.to.as_deref(), app.stats.today()) {
        Ok(r) => r,
        Err(reason) => return bad_range(reason),
    };
    let Ok(rows) = app.stats.rows(from, to, &scope_of(&member)).await else {
        return AuthError::Unavailable.into_response();
    };
    tracing::info!(target: "audit", event = "stats.export", staff = audit_id(&member.id), "statistics exported");
    let disposition = format!("attachment; filename=\"lotsa-stats-{from}-{to}.csv\"");
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        app.stats.csv(&rows),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_default_to_thirty_days_and_refuse_nonsense() {
        let today: Date = "2026-11-23".parse().unwrap();
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(parse_range(None, None, today), Ok((d("2026-10-25"), today)));
        assert_eq!(
            parse_range(Some("2026-01-01"), Some("2026-01-31"), today),
            Ok((d("2026-01-01"), d("2026-01-31")))
        );
        assert!(parse_range(Some("2026-02-01"), Some("2026-01-01"), today).is_err());
        assert!(parse_range(Some("yesterday"), None, today).is_err());
        assert!(parse_range(Some("2024-01-01"), Some("2026-01-01"), today).is_err());
    }
}
