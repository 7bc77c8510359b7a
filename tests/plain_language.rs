//! Plain language in the source locales: no sentence in a Swedish or English message is
//! longer than 20 words. A message may be exempted only explicitly, with a comment line
//! `# long-sentence: <why>` directly above it (a list of organisations, say), so every
//! exception is visible to the next writer and to translators.

use std::fs;
use std::path::Path;

use fluent_syntax::ast;

const MAX_WORDS: usize = 20;
const EXEMPT: &str = "long-sentence:";

/// Every text a pattern can produce: one per combination of select variants, with
/// placeables shown as a one-word stand-in.
fn texts(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = vec![String::new()];
    for element in &pattern.elements {
        let alternatives: Vec<String> = match element {
            ast::PatternElement::TextElement { value } => vec![value.to_string()],
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => variants.iter().flat_map(|v| texts(&v.value)).collect(),
                ast::Expression::Inline(_) => vec!["X".to_string()],
            },
        };
        out = out
            .iter()
            .flat_map(|prefix| alternatives.iter().map(move |a| format!("{prefix}{a}")))
            .collect();
    }
    out
}

/// Sentences end at `.`, `!` or `?` followed by a space or the end, and at line breaks
/// (list items and headings are their own sentences).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let end = c == '\n' || (matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| n.is_whitespace()));
        current.push(c);
        if end {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// `(file:line id, words, sentence)` for every over-long sentence in one locale.
fn long_sentences(dir: &Path) -> (Vec<String>, usize, usize) {
    let mut found = Vec::new();
    let (mut checked, mut exempt) = (0, 0);
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("the locale parses");
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else { continue };
            let exempted = m
                .comment
                .as_ref()
                .is_some_and(|c| c.content.iter().any(|l| l.trim_start().starts_with(EXEMPT)));
            let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                for text in texts(pattern) {
                    for sentence in sentences(&text) {
                        checked += 1;
                        let n = words(&sentence);
                        if n > MAX_WORDS {
                            if exempted {
                                exempt += 1;
                            } else {
                                found.push(format!(
                                    "{}: {} ({n} words): {}",
                                    file.display(),
                                    m.id.name,
                                    sentence.trim()
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    (found, checked, exempt)
}

#[test]
fn swedish_and_english_sentences_have_at_most_twenty_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for code in ["sv", "en"] {
        let (long, checked, exempt) = long_sentences(&root.join(code));
        assert!(
            checked > 300,
            "{code}: only {checked} sentences found; is the parser reading the files?"
        );
        assert!(
            long.is_empty(),
            "{code}: {} sentence(s) over {MAX_WORDS} words; shorten them, or mark a real exception \
             with `# {EXEMPT} <why>` above the message:\n{}",
            long.len(),
            long.join("\n")
        );
        // Exceptions stay exceptions: a handful at most.
        assert!(exempt <= 5, "{code}: {exempt} exempted sentences");
    }
}

#[test]
fn the_counter_sees_long_sentences_and_honours_marked_exceptions() {
    let tmp = tempfile::tempdir().unwrap();
    let long = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone.";
    fs::write(
        tmp.path().join("a.ftl"),
        format!(
            "short = Two sentences. Both short!\nlong = Fine. {long}\n# {EXEMPT} a list of organisations\nlisted = {long}\nsel = {{ $n ->\n    [one] Fine.\n   *[other] {long}\n}}\n"
        ),
    )
    .unwrap();
    let (found, checked, exempt) = long_sentences(tmp.path());
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("long (21 words)"), "{found:?}");
    assert!(found[1].contains("sel (21 words)"), "{found:?}");
    assert_eq!(exempt, 1);
    assert_eq!(checked, 7);
}
