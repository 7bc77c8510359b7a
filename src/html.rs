//! HTML every page shares: the common `<head>` lines, escaping, and filling a template's
//! `{{NAME}}` placeholders. Pages are templates in `assets/` filled on the server; their
//! values come from locale files and configuration, never from a request, and are escaped
//! all the same.

/// The `<head>` lines of every page (chat, chat without JavaScript, staff console,
/// statistics): UTF-8, a phone's width, no referrer to whatever a link leads to, not
/// indexed by search engines, and the reader's own light or dark colours. One copy, so a
/// page cannot forget one of them.
pub const HEAD: &str = include_str!("../assets/head.html");

/// Escapes text for HTML and SVG content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Replaces each `{{NAME}}` in `template`, and `{{HEAD}}` with [`HEAD`]; values must
/// already be escaped.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.replace("{{HEAD}}", HEAD.trim_end());
    for (name, value) in values {
        out = out.replace(&format!("{{{{{name}}}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder_and_escape_covers_attributes() {
        let t = escape("\"<x>&'");
        let out = fill("<a title=\"{{T}}\">{{T}} {{U}}</a>", &[("T", &t), ("U", "u")]);
        assert_eq!(
            out,
            "<a title=\"&quot;&lt;x&gt;&amp;&#39;\">&quot;&lt;x&gt;&amp;&#39; u</a>"
        );
    }

    #[test]
    fn every_page_gets_the_shared_head() {
        let page = fill("<head>\n{{HEAD}}\n<title>{{T}}</title>", &[("T", "x")]);
        for line in HEAD.lines() {
            assert!(page.contains(line), "{line}");
        }
        assert!(HEAD.contains("no-referrer") && HEAD.contains("noindex"));
    }
}
