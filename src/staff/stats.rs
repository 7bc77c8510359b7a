//! Statistics for staff: the page `GET /staff/stats` (server-drawn SVG charts, no script)
//! and the export `GET /staff/stats.csv?from=YYYY-MM-DD&to=YYYY-MM-DD` (columns
//! `day,dimension,value,count`, small cells written `<5`). Admins get every figure; a
//! coordinator the national figures and their own regions' (see [`crate::stats::Scope`]).

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use serde::Deserialize;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::content::Content;
use crate::staff::auth::StaffAuth;
use crate::staff::auth::{AuthError, StaffMember, audit_id};
use crate::staff::charts::{Bar, bars, columns, esc};
use crate::stats::{Cell, Scope, Stats, dimension};
use std::sync::Arc;

/// The longest range one export covers: the counters' retention.
const MAX_RANGE_DAYS: i32 = 400;
/// The range when none is given: the last 30 days, today included.
const DEFAULT_RANGE_DAYS: i64 = 29;

const STYLE: &str = include_str!("../../assets/stats.css");

/// The page's policy: this server's stylesheet, no script at all, never framed.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// The share of people who needed each kind of support in 2024 (`002`), by the needs
/// menu's ids, so the page can show where lotsa's picture differs.
const NEEDS_2024: [(&str, f64); 12] = [
    ("legal", 69.3),
    ("psych", 51.0),
    ("material", 32.9),
    ("authorities", 23.0),
    ("interpreter", 20.0),
    ("housing", 18.9),
    ("advice", 18.2),
    ("basic", 14.4),
    ("medical", 10.6),
    ("process", 4.5),
    ("return", 3.4),
    ("school", 1.8),
];

/// What the statistics routes use, derived from the application state by `startup`.
#[derive(Clone)]
pub struct StatsPageState {
    /// Labels for the charts, in the staff member's language.
    pub content: Arc<Content>,
    /// Who is logged in, and which regions they may see.
    pub staff_auth: Arc<StaffAuth>,
    /// The day counters.
    pub stats: Stats,
}

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    StatsPageState: axum::extract::FromRef<S>,
{
    Router::new()
        .route("/staff/stats", get(page))
        .route("/staff/stats.csv", get(csv))
        .route(
            "/staff/stats.css",
            get(|| async { html_response(StatusCode::OK, "text/css; charset=utf-8", STYLE.to_string()) }),
        )
}

fn html_response(status: StatusCode, content_type: &'static str, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response()
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

async fn csv(State(app): State<StatsPageState>, headers: HeaderMap, Query(range): Query<Range>) -> Response {
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

/// The statistics page: a range form, the CSV link, and the charts.
async fn page(State(app): State<StatsPageState>, headers: HeaderMap, Query(range): Query<Range>) -> Response {
    let Some(member) = app.staff_auth.session(&headers).await else {
        let body = shell(
            "Statistics",
            r#"<p>Log in first, in the <a href="/staff">staff console</a>, then come back here.</p>"#,
        );
        return html_response(StatusCode::UNAUTHORIZED, "text/html; charset=utf-8", body);
    };
    let (from, to) = match parse_range(range.from.as_deref(), range.to.as_deref(), app.stats.today()) {
        Ok(r) => r,
        Err(reason) => {
            let body = shell("Statistics", &format!("<p>{}</p>", esc(reason)));
            return html_response(StatusCode::BAD_REQUEST, "text/html; charset=utf-8", body);
        }
    };
    let scope = scope_of(&member);
    let (Ok(totals), Ok(rows)) = (
        app.stats.totals(from, to, &scope).await,
        app.stats.rows(from, to, &scope).await,
    ) else {
        return AuthError::Unavailable.into_response();
    };
    let content = &app.content;
    let lang = member
        .languages
        .iter()
        .find_map(|l| content.locales.by_code(l))
        .unwrap_or(content.locales.fallback());
    let labels = Labels { content, lang };
    let min = app.stats.min_cell();
    let empty = BTreeMap::new();
    let dim = |d: &str| totals.get(d).unwrap_or(&empty);
    let bars_of = |d: &str| -> Vec<Bar> {
        let mut v: Vec<Bar> = dim(d)
            .iter()
            .map(|(value, cell)| Bar {
                label: labels.value(d, value),
                cell: *cell,
                reference: None,
            })
            .collect();
        v.sort_by_key(|b| std::cmp::Reverse(shown(b.cell)));
        v
    };

    let mut body = String::new();
    let _ = write!(
        body,
        r#"<form method="get" action="/staff/stats" class="range"><label>From <input type="date" name="from" value="{from}"></label> <label>To <input type="date" name="to" value="{to}"></label> <button type="submit">Show</button></form>
<p><a href="/staff/stats.csv?from={from}&amp;to={to}" download>Download CSV</a> · Counts below {min} are shown as &lt;{min}, and so are the cells that would give them away. {scope_note}</p>"#,
        scope_note = match &scope {
            Scope::All => "All regions.".to_string(),
            Scope::Regions(r) => format!(
                "National figures, and the regions you work in: {}.",
                esc(&r.iter().map(|r| labels.region(r.id())).collect::<Vec<_>>().join(", "))
            ),
        },
    );

    // Conversations per day by language.
    let days: Vec<Date> = std::iter::successors(Some(from), |d| d.tomorrow().ok().filter(|d| *d <= to)).collect();
    let mut by_language: BTreeMap<String, Vec<Cell>> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.dimension == dimension::LANGUAGE) {
        let cells = by_language
            .entry(r.value.clone())
            .or_insert_with(|| vec![Cell::Shown(0); days.len()]);
        if let Some(i) = days.iter().position(|d| *d == r.day) {
            cells[i] = r.count;
        }
    }
    let series: Vec<(String, Vec<Cell>)> = by_language
        .into_iter()
        .map(|(code, cells)| (labels.value(dimension::LANGUAGE, &code), cells))
        .collect();
    let day_labels: Vec<String> = days.iter().map(|d| d.to_string()).collect();
    section(
        &mut body,
        "Conversations per day, by language",
        &columns("Conversations per day, by language", &day_labels, &series, min),
    );

    section(
        &mut body,
        "Rights topics opened",
        &bars("Rights topics opened", &bars_of("rights"), false, min),
    );

    let reference_total: f64 = NEEDS_2024.iter().map(|(_, p)| p).sum();
    let mut needs = bars_of("needs");
    for bar in &mut needs {
        let id = dim("needs")
            .iter()
            .find(|(v, _)| labels.value("needs", v) == bar.label)
            .map(|(v, _)| v.clone());
        bar.reference = id.and_then(|id| {
            NEEDS_2024
                .iter()
                .find(|(n, _)| *n == id)
                .map(|(_, p)| p / reference_total)
        });
    }
    section(
        &mut body,
        "Needs chosen, beside what people needed in 2024 (002)",
        &format!(
            "{}<p class=\"note\">Filled bar: the share of all needs chosen here. Outlined bar: the share of all needs civil society met in 2024 (002).</p>",
            bars("Needs chosen, beside 2024", &needs, true, min)
        ),
    );

    let mut signs: Vec<Bar> = totals
        .iter()
        .filter(|(d, _)| d.starts_with("sign."))
        .filter_map(|(d, values)| {
            values.get("yes").map(|cell| Bar {
                label: labels.question(d),
                cell: *cell,
                reference: None,
            })
        })
        .collect();
    signs.sort_by_key(|b| std::cmp::Reverse(shown(b.cell)));
    section(
        &mut body,
        "Self-check: signs answered yes",
        &bars("Signs answered yes", &signs, false, min),
    );

    section(
        &mut body,
        "Regions chosen",
        &bars("Regions chosen", &bars_of(dimension::REGION), false, min),
    );

    let stages = [
        (dimension::HANDOFF_REQUESTED, "asked for a person"),
        (dimension::HANDOFF_URGENT, "urgent"),
        (dimension::HANDOFF_CLAIMED, "answered"),
        (dimension::HANDOFF_FALLBACK, "no one could answer"),
        (dimension::HANDOFF_TRANSFERRED, "transferred"),
        (dimension::HANDOFF_LEFT, "the person left"),
    ];
    let mut funnel = Vec::new();
    for region in crate::region::Region::ALL {
        for (d, stage) in stages {
            if let Some(cell) = dim(d).get(region.id()) {
                funnel.push(Bar {
                    label: format!("{}: {stage}", labels.region(region.id())),
                    cell: *cell,
                    reference: None,
                });
            }
        }
    }
    section(
        &mut body,
        "Talk to a person, by region",
        &bars("Talk to a person, by region", &funnel, false, min),
    );

    let buckets = ["under-1m", "1-5m", "5-15m", "15-60m", "over-60m"];
    let waits: Vec<Bar> = buckets
        .iter()
        .filter_map(|b| {
            dim(dimension::HANDOFF_WAIT).get(*b).map(|cell| Bar {
                label: b
                    .replace('m', " min")
                    .replace("under-", "under ")
                    .replace("over-", "over "),
                cell: *cell,
                reference: None,
            })
        })
        .collect();
    section(
        &mut body,
        "Wait until a person answered",
        &bars("Wait until a person answered", &waits, false, min),
    );

    html_response(StatusCode::OK, "text/html; charset=utf-8", shell("Statistics", &body))
}

fn shown(c: Cell) -> u64 {
    match c {
        Cell::Shown(n) => n,
        Cell::Hidden => 0,
    }
}

fn section(body: &mut String, title: &str, chart: &str) {
    let _ = write!(body, "<section><h2>{}</h2>{chart}</section>", esc(title));
}

/// The page around `body`: no script, this server's stylesheet only.
fn shell(title: &str, body: &str) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>{t} · lotsa staff</title><link rel="stylesheet" href="/staff/stats.css"></head><body><header><h1>{t}</h1><a href="/staff">Console</a></header><main>{body}</main></body></html>"#,
        t = esc(title)
    )
}

/// Words for what the counters hold, in the staff member's language.
struct Labels<'a> {
    content: &'a crate::content::Content,
    lang: crate::i18n::LangIdx,
}

impl Labels<'_> {
    fn region(&self, id: &str) -> String {
        match crate::region::Region::parse(id) {
            Some(r) => self.content.locales.format(self.lang, &r.label_id(), None),
            None => id.to_string(),
        }
    }

    /// A counted value as the person saw it: a language's name, a region, the label of
    /// the button that was chosen.
    fn value(&self, dimension: &str, value: &str) -> String {
        let loc = &self.content.locales;
        if dimension == dimension::LANGUAGE {
            return loc
                .by_code(value)
                .map(|l| loc.name(l))
                .unwrap_or_else(|| value.to_string());
        }
        if dimension == dimension::REGION {
            return self.region(value);
        }
        let flows = &self.content.flows;
        flows
            .ids()
            .map(|n| flows.node(n))
            .filter(|n| n.count.as_deref() == Some(dimension))
            .flat_map(|n| n.choices.iter())
            .find(|c| c.id.rsplit('.').next() == Some(value))
            .map(|c| loc.format(self.lang, &c.label, None))
            .unwrap_or_else(|| value.to_string())
    }

    /// The question of a counted step (a self-check sign), shortened.
    fn question(&self, dimension: &str) -> String {
        let flows = &self.content.flows;
        let found = flows
            .ids()
            .map(|n| flows.node(n))
            .find(|n| n.count.as_deref() == Some(dimension));
        match found {
            Some(node) => {
                let q = self.content.locales.format(self.lang, &node.ask, None);
                // "Question 3 of 9. Did someone take your passport?" → the question itself.
                let q = q.split_once(". ").map(|(_, rest)| rest.to_string()).unwrap_or(q);
                match q.char_indices().nth(60) {
                    Some((cut, _)) => format!("{}…", &q[..cut]),
                    None => q,
                }
            }
            None => dimension.to_string(),
        }
    }
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
