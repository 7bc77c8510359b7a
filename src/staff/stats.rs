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

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use crate::content::Content;
use crate::html::escape as esc;
use crate::staff::auth::StaffAuth;
use crate::staff::auth::{AuthError, StaffMember, audit_id};
use crate::staff::charts::{Bar, Marks, bars as bars_chart, columns};
use crate::staff::words::{Lang, Words};
use crate::stats::{Cell, Row, Scope, Stats, dimension};
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
    /// The page's own words, in the staff member's language.
    pub words: Arc<Words>,
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

/// Why a range was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeError {
    NotDates,
    Backwards,
    TooLong,
}

impl RangeError {
    /// Plain English, for the CSV export's scripts.
    pub fn as_str(self) -> &'static str {
        match self {
            RangeError::NotDates => "from and to are dates: YYYY-MM-DD",
            RangeError::Backwards => "from must not be after to",
            RangeError::TooLong => "a range covers at most 400 days",
        }
    }

    /// The page's words for it.
    fn word(self) -> &'static str {
        match self {
            RangeError::NotDates => "stats_bad_dates",
            RangeError::Backwards => "stats_bad_order",
            RangeError::TooLong => "stats_bad_long",
        }
    }
}

/// A bad range, said plainly (the request's own text is never echoed).
fn bad_range(reason: RangeError) -> Response {
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        reason.as_str(),
    )
        .into_response()
}

/// `from` and `to` as dates, defaulting to the last 30 days; `Err` says what is wrong.
pub fn parse_range(from: Option<&str>, to: Option<&str>, today: Date) -> Result<(Date, Date), RangeError> {
    let date = |s: &str| s.parse::<Date>().map_err(|_| RangeError::NotDates);
    let to = to.map(date).transpose()?.unwrap_or(today);
    let from = match from {
        Some(f) => date(f)?,
        None => to.checked_sub(jiff::Span::new().days(DEFAULT_RANGE_DAYS)).unwrap_or(to),
    };
    if from > to {
        return Err(RangeError::Backwards);
    }
    let days = (to - from).get_days();
    if days >= MAX_RANGE_DAYS {
        return Err(RangeError::TooLong);
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

/// The statistics page: a range form, the CSV link, and the charts, in the staff
/// member's language.
async fn page(State(app): State<StatsPageState>, headers: HeaderMap, Query(range): Query<Range>) -> Response {
    let Some(member) = app.staff_auth.session(&headers).await else {
        let words = app.words.pick(&[]);
        let body = format!("<p>{}</p>", esc(&words.get("stats_login_first")));
        return html_response(
            StatusCode::UNAUTHORIZED,
            "text/html; charset=utf-8",
            shell(words, &body),
        );
    };
    let words = app.words.pick(&member.languages);
    let today = app.stats.today();
    let (from, to) = match parse_range(range.from.as_deref(), range.to.as_deref(), today) {
        Ok(r) => r,
        Err(reason) => {
            // The form stays, with the default range, so the next try is one tap away.
            let (from, to) = parse_range(None, None, today).unwrap_or((today, today));
            let mut body = form(words, from, to);
            let _ = write!(
                body,
                r#"<p class="err" role="alert">{}</p>"#,
                esc(&words.get(reason.word()))
            );
            return html_response(StatusCode::BAD_REQUEST, "text/html; charset=utf-8", shell(words, &body));
        }
    };
    let scope = scope_of(&member);
    let Ok(rows) = app.stats.rows(from, to, &scope).await else {
        return AuthError::Unavailable.into_response();
    };
    let lang = member
        .languages
        .iter()
        .find_map(|l| app.content.locales.by_code(l))
        .unwrap_or(app.content.locales.fallback());
    let charts = Charts {
        labels: Labels::new(&app.content, lang),
        words,
        marks: marks(words, app.stats.min_cell()),
        totals: Stats::totals(&rows),
    };
    let mut body = form(words, from, to);
    let _ = write!(
        body,
        r#"<p><a href="/staff/stats.csv?from={from}&amp;to={to}" download>{csv}</a> · {marks} {scope_note}</p>"#,
        csv = esc(&words.get("stats_csv")),
        marks = esc(&words.with("stats_marks", &[("n", app.stats.min_cell().into())])),
        scope_note = esc(&match &scope {
            Scope::All => words.get("stats_all_regions"),
            Scope::Regions(r) => words.with(
                "stats_your_regions",
                &[(
                    "x",
                    r.iter()
                        .map(|r| charts.labels.region(r.id()))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into()
                )],
            ),
        }),
    );
    charts.per_day(&mut body, &rows, from, to);
    charts.draw(&mut body);
    html_response(StatusCode::OK, "text/html; charset=utf-8", shell(words, &body))
}

/// The range form.
fn form(words: &Lang, from: Date, to: Date) -> String {
    format!(
        r#"<form method="get" action="/staff/stats" class="range"><label>{f} <input type="date" name="from" value="{from}"></label> <label>{t} <input type="date" name="to" value="{to}"></label> <button type="submit">{show}</button></form>"#,
        f = esc(&words.get("stats_from")),
        t = esc(&words.get("stats_to")),
        show = esc(&words.get("stats_show")),
    )
}

fn marks(words: &Lang, min: u64) -> Marks {
    Marks {
        small: words.with("stats_small", &[("n", min.into())]),
        suppressed: words.get("stats_suppressed"),
        at_least: words.with("stats_at_least", &[("n", "{n}".into())]),
        all_hidden: words.get("stats_all_hidden"),
        some_hidden: words.get("stats_some_hidden"),
        no_figures: words.get("stats_no_figures"),
    }
}

/// The page's charts, from the range's totals (see [`Stats::totals`]).
struct Charts<'a> {
    labels: Labels<'a>,
    words: &'a Lang,
    marks: Marks,
    totals: BTreeMap<String, BTreeMap<String, Cell>>,
}

impl Charts<'_> {
    fn dim(&self, d: &str) -> impl Iterator<Item = (&String, &Cell)> {
        self.totals.get(d).into_iter().flatten()
    }

    /// One bar per value of a dimension, largest first.
    fn bars_of(&self, d: &str) -> Vec<Bar> {
        let mut v: Vec<Bar> = self
            .dim(d)
            .map(|(value, cell)| Bar {
                label: self.labels.value(d, value),
                cell: *cell,
                reference: None,
            })
            .collect();
        v.sort_by_key(|b| std::cmp::Reverse(b.cell.known()));
        v
    }

    fn section(&self, body: &mut String, title_id: &str, bars: &[Bar], shares: bool, note_id: Option<&str>) {
        let title = self.words.get(title_id);
        let note = note_id
            .map(|id| format!(r#"<p class="note">{}</p>"#, esc(&self.words.get(id))))
            .unwrap_or_default();
        section(
            body,
            &title,
            &format!("{}{note}", bars_chart(&title, bars, shares, &self.marks)),
        );
    }

    /// Conversations per day by language: day cells as published.
    fn per_day(&self, body: &mut String, rows: &[Row], from: Date, to: Date) {
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
            .map(|(code, cells)| (self.labels.value(dimension::LANGUAGE, &code), cells))
            .collect();
        let day_labels: Vec<String> = days.iter().map(|d| d.to_string()).collect();
        let title = self.words.get("stats_per_day");
        section(body, &title, &columns(&title, &day_labels, &series, &self.marks));
    }

    /// Every chart after the first.
    fn draw(&self, body: &mut String) {
        self.section(body, "stats_rights", &self.bars_of("rights"), false, None);
        self.section(body, "stats_needs", &self.needs(), true, Some("stats_needs_note"));
        self.section(body, "stats_signs", &self.signs(), false, None);
        self.section(body, "stats_regions", &self.bars_of(dimension::REGION), false, None);
        self.section(body, "stats_handoff", &self.funnel(), false, None);
        self.section(body, "stats_wait", &self.waits(), false, None);
        // `002` gives one share for certain: sexual exploitation, 57 % in 2024.
        let forms = self.wrapup(dimension::WRAPUP_FORM, "form_", &[("sexual", 0.57)]);
        self.section(body, "stats_forms", &forms, true, Some("stats_forms_note"));
        let who = self.wrapup(dimension::WRAPUP_WHO, "who_", &[]);
        self.section(body, "stats_who", &who, false, None);
        let done = self.wrapup(dimension::WRAPUP_DONE, "done_", &[]);
        self.section(body, "stats_done", &done, false, None);
    }

    fn needs(&self) -> Vec<Bar> {
        let reference_total: f64 = NEEDS_2024.iter().map(|(_, p)| p).sum();
        let mut needs: Vec<Bar> = self
            .dim("needs")
            .map(|(value, cell)| Bar {
                label: self.labels.value("needs", value),
                cell: *cell,
                reference: NEEDS_2024
                    .iter()
                    .find(|(n, _)| n == value)
                    .map(|(_, p)| p / reference_total),
            })
            .collect();
        needs.sort_by_key(|b| std::cmp::Reverse(b.cell.known()));
        needs
    }

    fn signs(&self) -> Vec<Bar> {
        let mut signs: Vec<Bar> = self
            .totals
            .iter()
            .filter(|(d, _)| d.starts_with("sign."))
            .filter_map(|(d, values)| {
                values.get("yes").map(|cell| Bar {
                    label: self.labels.question(d),
                    cell: *cell,
                    reference: None,
                })
            })
            .collect();
        signs.sort_by_key(|b| std::cmp::Reverse(b.cell.known()));
        signs
    }

    fn funnel(&self) -> Vec<Bar> {
        let stages = [
            (dimension::HANDOFF_REQUESTED, "stats_requested"),
            (dimension::HANDOFF_URGENT, "stats_urgent"),
            (dimension::HANDOFF_CLAIMED, "stats_claimed"),
            (dimension::HANDOFF_FALLBACK, "stats_fallback"),
            (dimension::HANDOFF_TRANSFERRED, "stats_transferred"),
            (dimension::HANDOFF_LEFT, "stats_left"),
        ];
        let mut funnel = Vec::new();
        for region in crate::region::Region::ALL {
            for (d, stage) in stages {
                if let Some(cell) = self.totals.get(d).and_then(|v| v.get(region.id())) {
                    funnel.push(Bar {
                        label: format!("{}: {}", self.labels.region(region.id()), self.words.get(stage)),
                        cell: *cell,
                        reference: None,
                    });
                }
            }
        }
        funnel
    }

    fn waits(&self) -> Vec<Bar> {
        ["under-1m", "1-5m", "5-15m", "15-60m", "over-60m"]
            .iter()
            .filter_map(|b| {
                self.totals.get(dimension::HANDOFF_WAIT)?.get(*b).map(|cell| Bar {
                    label: self.words.get(&format!("stats_{}", b.replace('-', "_"))),
                    cell: *cell,
                    reference: None,
                })
            })
            .collect()
    }

    /// A wrap-up dimension, labelled with the console's words for its choices; a value
    /// in `references` (by its id, not its words) is drawn beside its published share.
    fn wrapup(&self, d: &str, prefix: &str, references: &[(&str, f64)]) -> Vec<Bar> {
        let mut v: Vec<Bar> = self
            .dim(d)
            .map(|(value, cell)| Bar {
                label: self.words.get(&format!("{prefix}{value}")),
                cell: *cell,
                reference: references.iter().find(|(id, _)| id == value).map(|(_, share)| *share),
            })
            .collect();
        v.sort_by_key(|b| std::cmp::Reverse(b.cell.known()));
        v
    }
}

fn section(body: &mut String, title: &str, chart: &str) {
    let _ = write!(body, "<section><h2>{}</h2>{chart}</section>", esc(title));
}

/// The page around `body`: no script, this server's stylesheet only.
fn shell(words: &Lang, body: &str) -> String {
    format!(
        r#"<!doctype html><html lang="{lang}"><head>{head}<title>{t} · lotsa</title><link rel="stylesheet" href="/staff/stats.css"></head><body><header><h1>{t}</h1><a href="/staff">{console}</a></header><main>{body}</main></body></html>"#,
        lang = words.code(),
        head = crate::html::HEAD,
        t = esc(&words.get("stats_title")),
        console = esc(&words.get("stats_console")),
    )
}

/// Words for what the counters hold, in the staff member's language.
struct Labels<'a> {
    content: &'a crate::content::Content,
    lang: crate::i18n::LangIdx,
    /// Each counted step's choices by (dimension, value): the label's message id, found
    /// once per page rather than by searching the flows for every bar.
    choices: HashMap<(&'a str, &'a str), &'a str>,
}

impl<'a> Labels<'a> {
    fn new(content: &'a crate::content::Content, lang: crate::i18n::LangIdx) -> Labels<'a> {
        let flows = &content.flows;
        let mut choices = HashMap::new();
        for node in flows.ids().map(|n| flows.node(n)) {
            let Some(dimension) = node.count.as_deref() else {
                continue;
            };
            for c in &node.choices {
                let value = c.id.rsplit('.').next().unwrap_or(&c.id);
                // The first wins, as the search it replaces did.
                choices.entry((dimension, value)).or_insert(c.label.as_str());
            }
        }
        Labels { content, lang, choices }
    }

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
        self.choices
            .get(&(dimension, value))
            .map(|label| loc.format(self.lang, label, None))
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
        assert_eq!(
            parse_range(Some("2026-02-01"), Some("2026-01-01"), today),
            Err(RangeError::Backwards)
        );
        assert_eq!(parse_range(Some("yesterday"), None, today), Err(RangeError::NotDates));
        assert_eq!(
            parse_range(Some("2024-01-01"), Some("2026-01-01"), today),
            Err(RangeError::TooLong)
        );
    }
}
