//! Left-to-right runs inside right-to-left labels: each embedded run of Latin (or other
//! left-to-right) words is wrapped in Unicode isolation marks, so it cannot reorder the
//! text around it.
//!
//! Why: an Arabic region label such as `الشمال (Norrbotten، Västerbotten؛ مثلًا Umeå)`
//! names Swedish places in Latin letters. Without isolation the bidi algorithm joins the
//! names and the Arabic commas between them into one left-to-right run, so the list reads
//! backwards and the parentheses flip. Isolating each name on its own (FSI … PDI) makes
//! the commas and brackets take the paragraph's direction, while each name still reads
//! left to right. Fluent already isolates placeables; this covers words written into the
//! message text itself. Only labels and region names go through here: message bodies may
//! hold `/forget`, whose marks the translations place themselves so Telegram still sees a
//! command.

use unicode_bidi::{BidiClass, bidi_class};

/// FIRST STRONG ISOLATE: the run takes the direction of its own first strong letter.
const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: ends the run.
const PDI: char = '\u{2069}';
/// Marks that open an isolate already; text inside them is left as it is.
const OPENERS: [char; 3] = ['\u{2066}', '\u{2067}', FSI];

/// Characters that join two left-to-right words into one run ("Västra Götaland",
/// "Jean-Luc", "St. Olof"). Commas are deliberately not among them: a list of names
/// separated by commas must follow the paragraph's order.
fn joins_words(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '-' | '.' | '\'' | '’')
}

/// A letter or digit that starts or continues a left-to-right run. The directional
/// marks LRM/RLM/ALM are excluded: they are placed on purpose and carry no text.
fn is_ltr(c: char) -> bool {
    bidi_class(c) == BidiClass::L && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Continues a run once it has started: letters, their combining marks and digits.
fn continues_ltr(c: char) -> bool {
    is_ltr(c) || matches!(bidi_class(c), BidiClass::NSM | BidiClass::EN)
}

/// `text` with every left-to-right run isolated. Text already inside an isolate is kept
/// as it is, so applying this twice changes nothing.
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if OPENERS.contains(&c) {
            depth += 1;
        } else if c == PDI {
            depth = depth.saturating_sub(1);
        }
        if depth > 0 || !is_ltr(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let end = run_end(&chars, i);
        out.push(FSI);
        out.extend(&chars[i..end]);
        out.push(PDI);
        i = end;
    }
    out
}

/// The end (exclusive) of the left-to-right run that starts at `start`: it takes joining
/// characters only when another left-to-right letter follows them.
fn run_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    let mut i = start;
    while i < chars.len() {
        if continues_ltr(chars[i]) {
            i += 1;
            end = i;
        } else if joins_words(chars[i]) {
            let mut j = i;
            while j < chars.len() && joins_words(chars[j]) {
                j += 1;
            }
            if j < chars.len() && is_ltr(chars[j]) {
                i = j;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(FSI, "[").replace(PDI, "]")
    }

    #[test]
    fn each_name_in_a_list_is_isolated_apart() {
        let label = "الشمال (Norrbotten، Västerbotten، Jämtland؛ مثلًا Umeå)";
        assert_eq!(
            shown(&isolate_ltr_runs(label)),
            "الشمال ([Norrbotten]، [Västerbotten]، [Jämtland]؛ مثلًا [Umeå])"
        );
    }

    #[test]
    fn words_of_one_name_stay_together() {
        assert_eq!(
            shown(&isolate_ltr_runs("غرب (Västra Götaland، Halland)")),
            "غرب ([Västra Götaland]، [Halland])"
        );
        assert_eq!(
            shown(&isolate_ltr_runs("منطقة Stockholm و Gotland")),
            "منطقة [Stockholm] و [Gotland]"
        );
        // A trailing space or full stop is not part of the name.
        assert_eq!(shown(&isolate_ltr_runs("Malmö. تم")), "[Malmö]. تم");
    }

    #[test]
    fn text_already_isolated_or_without_latin_is_unchanged() {
        let once = isolate_ltr_runs("جهات الاتصال في \u{2068}Skåne\u{2069}: Malmö");
        assert_eq!(shown(&once), "جهات الاتصال في [Skåne]: [Malmö]");
        assert_eq!(isolate_ltr_runs(&once), once);
        assert_eq!(
            isolate_ltr_runs("لا أعرف / أفضّل ألّا أذكر ذلك"),
            "لا أعرف / أفضّل ألّا أذكر ذلك"
        );
        // Numbers alone follow the paragraph; a directional mark is never wrapped.
        assert_eq!(isolate_ltr_runs("اتصل بـ 112\u{200e}"), "اتصل بـ 112\u{200e}");
    }
}
