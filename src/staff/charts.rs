//! Server-drawn SVG charts for the statistics page: horizontal bars (optionally beside a
//! reference share) and day columns stacked by series. No script and no inline style:
//! geometry and colours are SVG attributes, which the page's strict CSP allows, and every
//! text is escaped. A hidden cell is drawn as no bar and labelled with its own mark
//! (`<5`, `suppressed`), a lower bound as a bar with `≥ n` (see [`crate::stats::Cell`]).
//!
//! Labels sit on their own line above each bar, from the left edge, so a long label is
//! never cut off at the left on a phone.

use std::fmt::Write as _;

use crate::html::escape as esc;
use crate::stats::Cell;

/// How hidden figures are written, in the reader's language.
pub struct Marks {
    /// A small count: `<5`.
    pub small: String,
    /// Hidden to protect a small one: `suppressed`.
    pub suppressed: String,
    /// A lower bound, with `{n}` for the figure: `≥ {n}`.
    pub at_least: String,
    /// A lower bound of nothing (every day hidden): `hidden`.
    pub all_hidden: String,
    /// For the legend of a series with hidden days: `some days hidden`.
    pub some_hidden: String,
    /// An empty chart: `No figures in this range.`
    pub no_figures: String,
}

impl Marks {
    /// The text for a cell, or `None` for a plain count (the caller formats those).
    fn of(&self, cell: Cell) -> Option<String> {
        match cell {
            Cell::Shown(_) => None,
            Cell::Small => Some(self.small.clone()),
            Cell::Suppressed => Some(self.suppressed.clone()),
            Cell::AtLeast(0) => Some(self.all_hidden.clone()),
            Cell::AtLeast(n) => Some(self.at_least.replace("{n}", &n.to_string())),
        }
    }
}

/// One row of a bar chart.
pub struct Bar {
    pub label: String,
    pub cell: Cell,
    /// A share (0 to 1) to draw beside it, e.g. the same category in `002`'s 2024 figures.
    pub reference: Option<f64>,
}

/// Colours that stay apart for colour-blind readers (Okabe–Ito).
const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];
const WIDTH: u32 = 560;
/// A row: its label on one line, the bar under it.
const ROW_H: u32 = 42;
/// The longest label, in characters, that fits the chart's width at its font size.
const LABEL_CHARS: usize = 62;

fn clip(label: &str) -> String {
    match label.char_indices().nth(LABEL_CHARS) {
        Some((cut, _)) => format!("{}…", &label[..cut]),
        None => label.to_string(),
    }
}

/// Horizontal bars. With `shares`, each bar is its share of the known total, and a
/// reference share (if any) is drawn as a thin outlined bar under it. A lower bound
/// counts with what is known of it.
pub fn bars(title: &str, rows: &[Bar], shares: bool, marks: &Marks) -> String {
    let known_total: u64 = rows.iter().map(|r| r.cell.known()).sum();
    let value = |r: &Bar| -> f64 {
        let n = r.cell.known() as f64;
        if shares && known_total > 0 {
            n / known_total as f64
        } else if shares {
            0.0
        } else {
            n
        }
    };
    let max = rows
        .iter()
        .map(|r| value(r).max(r.reference.unwrap_or(0.0)))
        .fold(0.0f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let height = ROW_H * rows.len().max(1) as u32 + 8;
    let span = f64::from(WIDTH - 110);
    let mut svg = format!(
        r#"<svg class="chart" role="img" aria-label="{t}" viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet"><title>{t}</title>"#,
        t = esc(title)
    );
    if rows.is_empty() {
        let _ = write!(
            svg,
            r#"<text x="0" y="18" class="muted">{}</text>"#,
            esc(&marks.no_figures)
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = i as u32 * ROW_H;
        let w = (value(r) / max * span).round();
        let text = match (marks.of(r.cell), r.cell) {
            (Some(mark), _) if shares && r.cell.known() > 0 => {
                format!("{:.0} % ({mark})", value(r) * 100.0)
            }
            (Some(mark), _) => mark,
            (None, Cell::Shown(n)) if shares => format!("{:.0} % ({n})", value(r) * 100.0),
            (None, cell) => cell.known().to_string(),
        };
        let _ = write!(
            svg,
            r#"<text x="0" y="{ty}" class="label">{label}</text><rect x="0" y="{by}" width="{w}" height="14" fill="{c}"><title>{full}: {text_esc}</title></rect><text x="{vx}" y="{vy}" class="value">{text_esc}</text>"#,
            ty = y + 15,
            by = y + 20,
            vy = y + 32,
            label = esc(&clip(&r.label)),
            full = esc(&r.label),
            c = PALETTE[0],
            vx = w + 6.0,
            text_esc = esc(&text),
        );
        if let Some(reference) = r.reference {
            let rw = (reference / max * span).round();
            let _ = write!(
                svg,
                r##"<rect x="0" y="{ry}" width="{rw}" height="5" fill="none" stroke="#555" stroke-width="1"><title>2024 (002): {p:.0} %</title></rect>"##,
                ry = y + 35,
                p = reference * 100.0,
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Columns per day, stacked by series (e.g. languages), with a legend. Hidden cells are
/// left out of the stack; the legend says which series had any.
pub fn columns(title: &str, days: &[String], series: &[(String, Vec<Cell>)], marks: &Marks) -> String {
    let height: u32 = 220;
    let top = 10.0;
    let plot_h = 150.0;
    let totals: Vec<u64> = (0..days.len())
        .map(|d| {
            series
                .iter()
                .map(|(_, cells)| match cells.get(d) {
                    Some(Cell::Shown(n)) => *n,
                    _ => 0,
                })
                .sum()
        })
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1) as f64;
    let slot = f64::from(WIDTH - 40) / days.len().max(1) as f64;
    let bar_w = (slot * 0.7).max(2.0);
    let legend_rows = series.len().div_ceil(3) as u32;
    let total_h = height + legend_rows * 20;
    let mut svg = format!(
        r#"<svg class="chart" role="img" aria-label="{t}" viewBox="0 0 {WIDTH} {total_h}" width="100%" preserveAspectRatio="xMinYMin meet"><title>{t}</title>"#,
        t = esc(title)
    );
    let _ = write!(
        svg,
        r##"<text x="0" y="{y}" class="muted">{max}</text><line x1="36" y1="{top}" x2="36" y2="{b}" stroke="#888"/>"##,
        y = top + 8.0,
        max = max as u64,
        b = top + plot_h,
    );
    for (d, day) in days.iter().enumerate() {
        let x = 40.0 + d as f64 * slot;
        let mut y = top + plot_h;
        for (s, (name, cells)) in series.iter().enumerate() {
            if let Some(Cell::Shown(n)) = cells.get(d) {
                let h = *n as f64 / max * plot_h;
                y -= h;
                let _ = write!(
                    svg,
                    r#"<rect x="{x:.1}" y="{y:.1}" width="{bar_w:.1}" height="{h:.1}" fill="{c}"><title>{day} {name}: {n}</title></rect>"#,
                    c = PALETTE[s % PALETTE.len()],
                    day = esc(day),
                    name = esc(name),
                );
            }
        }
        // A label under every few columns, so they do not overlap on a phone.
        let every = (days.len() / 6).max(1);
        if d % every == 0 {
            let _ = write!(
                svg,
                r#"<text x="{x:.1}" y="{ly}" class="muted">{label}</text>"#,
                ly = top + plot_h + 16.0,
                label = esc(day.get(5..).unwrap_or(day)),
            );
        }
    }
    for (s, (name, cells)) in series.iter().enumerate() {
        let hidden = cells.iter().any(|c| c.is_hidden());
        let (lx, ly) = ((s % 3) as u32 * 185, height + (s / 3) as u32 * 20);
        let _ = write!(
            svg,
            r#"<rect x="{lx}" y="{ry}" width="12" height="12" fill="{c}"/><text x="{tx}" y="{ty}" class="label">{name}{note}</text>"#,
            ry = ly - 10,
            c = PALETTE[s % PALETTE.len()],
            tx = lx + 16,
            ty = ly,
            name = esc(name),
            note = if hidden {
                format!(" ({})", esc(&marks.some_hidden))
            } else {
                String::new()
            },
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_hidden_cells_have_no_bar() {
        let svg = bars(
            "Needs <script>",
            &[
                Bar {
                    label: "Legal \"advice\"".into(),
                    cell: Cell::Shown(10),
                    reference: Some(0.25),
                },
                Bar {
                    label: "Housing".into(),
                    cell: Cell::Small,
                    reference: None,
                },
                Bar {
                    label: "Medical".into(),
                    cell: Cell::Suppressed,
                    reference: None,
                },
                Bar {
                    label: "School".into(),
                    cell: Cell::AtLeast(10),
                    reference: None,
                },
            ],
            true,
            &marks(),
        );
        assert!(!svg.contains("<script>") && svg.contains("Needs &lt;script&gt;"));
        assert!(svg.contains("Legal &quot;advice&quot;"));
        assert!(svg.contains("&lt;5"), "{svg}");
        assert!(svg.contains(">suppressed<"), "{svg}");
        // The lower bound counts with what is known, and says it is one.
        assert!(svg.contains("50 % (10)") && svg.contains("50 % (≥ 10)"), "{svg}");
        assert!(svg.contains("2024 (002): 25 %"));
        let cols = columns(
            "Per day",
            &["2026-11-22".into(), "2026-11-23".into()],
            &[("sv".into(), vec![Cell::Shown(7), Cell::Small])],
            &marks(),
        );
        assert_eq!(cols.matches("<rect").count(), 2, "one column and the legend: {cols}");
        assert!(cols.contains("(some days hidden)"));
        // A label longer than the chart is cut with an ellipsis, never at the left edge.
        let long = "x".repeat(100);
        let svg = bars(
            "t",
            &[Bar {
                label: long.clone(),
                cell: Cell::Shown(5),
                reference: None,
            }],
            false,
            &marks(),
        );
        assert!(svg.contains(&format!("{}…", "x".repeat(LABEL_CHARS))) && svg.contains(&long));
        assert!(!svg.contains("text-anchor=\"end\""));
    }

    fn marks() -> Marks {
        Marks {
            small: "<5".into(),
            suppressed: "suppressed".into(),
            at_least: "≥ {n}".into(),
            all_hidden: "hidden".into(),
            some_hidden: "some days hidden".into(),
            no_figures: "No figures.".into(),
        }
    }
}
