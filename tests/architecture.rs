//! The import structure: every arrow points down the documented layers, and no modules
//! import each other in a circle. Read from the source itself (`use crate::…` and
//! `crate::…` paths outside comments), so a new import that breaks the order fails here.
//!
//! The order, top to bottom (`src/lib.rs`): `main -> startup -> channel, staff, terminal ->
//! handoff, mailbox, relay, privacy, session, render, stats, limit, metrics, shutdown, telemetry ->
//! content -> dialogue -> flow, i18n -> config, check, region, html`. Modules in one layer may
//! use each other, but never in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LAYERS: &[&[&str]] = &[
    &["config", "check", "region", "html"],
    &["flow", "i18n"],
    &["dialogue"],
    &["content"],
    &[
        "handoff",
        "mailbox",
        "relay",
        "privacy",
        "session",
        "render",
        "stats",
        "limit",
        "metrics",
        "shutdown",
        "telemetry",
        "notify",
    ],
    &["channel", "staff", "terminal"],
    &["startup"],
];

fn level(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`src/handoff/case.rs` -> `handoff`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .to_string();
    first.trim_end_matches(".rs").to_string()
}

/// Top-level modules a source text names through `crate::`, comments left out.
fn imports(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
            rest = after;
        }
    }
    out
}

/// Every edge between top-level modules, `from -> to`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let module = module_of(&src, &file);
        if module == "lib" || module == "main" {
            continue; // the crate root declares everything; main is the top
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let entry = edges.entry(module.clone()).or_default();
        for target in imports(&text) {
            if target != module {
                entry.insert(target);
            }
        }
    }
    edges
}

#[test]
fn every_module_has_a_layer() {
    let edges = graph();
    let unknown: Vec<&String> = edges
        .keys()
        .chain(edges.values().flatten())
        .filter(|m| level(m).is_none())
        .collect();
    assert!(
        unknown.is_empty(),
        "place these modules in LAYERS (and in lib.rs's order): {unknown:?}"
    );
}

#[test]
fn no_module_imports_one_above_it() {
    let mut upward = Vec::new();
    for (from, targets) in graph() {
        for to in targets {
            if let (Some(a), Some(b)) = (level(&from), level(&to))
                && b > a
            {
                upward.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(upward.is_empty(), "imports that point up: {upward:#?}");
}

#[test]
fn no_circles() {
    let edges = graph();
    // Depth-first search with colours: reaching a grey module again is a circle.
    fn visit<'a>(
        m: &'a str,
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        colour: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match colour.get(m) {
            Some(1) => {
                let start = path.iter().position(|p| *p == m).unwrap();
                let mut circle: Vec<String> = path[start..].iter().map(|s| s.to_string()).collect();
                circle.push(m.to_string());
                return Some(circle);
            }
            Some(2) => return None,
            _ => {}
        }
        colour.insert(m, 1);
        path.push(m);
        for next in edges.get(m).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, colour, path) {
                return Some(circle);
            }
        }
        path.pop();
        colour.insert(m, 2);
        None
    }
    let mut colour = BTreeMap::new();
    for m in edges.keys() {
        let mut path = Vec::new();
        if let Some(circle) = visit(m, &edges, &mut colour, &mut path) {
            panic!("modules import each other in a circle: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_reader_sees_crate_paths_and_skips_comments() {
    let found = imports(
        "use crate::handoff::Handoff;\n/// See [`crate::startup`].\nlet x = crate::render::say(); // crate::staff\n",
    );
    assert_eq!(found, ["handoff", "render"].iter().map(|s| s.to_string()).collect());
}
