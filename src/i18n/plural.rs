//! CLDR plural categories per locale, and the check that a Fluent plural select uses
//! exactly them: no category the language lacks (`[few]` in English), none it needs left
//! out (`[many]` in Russian, which would silently fall back to the default variant).

use std::collections::BTreeSet;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The category names Fluent matches against `PluralRules` (besides exact numbers).
pub const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural categories of one language, for cardinal numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Categories {
    /// Every category a number can fall in, fractions included.
    pub all: BTreeSet<&'static str>,
    /// The categories whole numbers fall in: a select over a count must cover these.
    pub whole: BTreeSet<&'static str>,
}

impl Categories {
    /// The categories Fluent will use for `lang`: the same negotiation as fluent-bundle's
    /// (`fa-AF` uses `fa`'s rules, an unknown language English's), so the check and the
    /// formatter never disagree.
    pub fn of(lang: &LanguageIdentifier) -> Categories {
        let en: LanguageIdentifier = unic_langid::langid!("en");
        let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
        let chosen = negotiate_languages(
            std::slice::from_ref(lang),
            &available,
            Some(&en),
            NegotiationStrategy::Lookup,
        )
        .first()
        .map(|l| (*l).clone())
        .unwrap_or(en);
        let rules = PluralRules::create(chosen, PluralRuleType::CARDINAL).expect("a negotiated locale has rules");
        let mut whole = BTreeSet::new();
        // Every CLDR cardinal rule depends on at most the last three digits, and on
        // millions for the `many` of French and Spanish.
        for n in (0..=1_000u64).chain([1_000_000]) {
            if let Ok(c) = rules.select(n) {
                whole.insert(name(c));
            }
        }
        let mut all = whole.clone();
        for f in ["0.5", "1.5", "2.5", "0.1", "1.1", "2.1", "5.5", "11.5", "1000000.5"] {
            if let Ok(c) = rules.select(f) {
                all.insert(name(c));
            }
        }
        Categories { all, whole }
    }

    /// What is wrong with a select whose variant keys are `keys` (identifier keys only;
    /// numeric keys such as `[1]` are exact matches and always fine). A select counts as
    /// plural when it names a category other than `other`; a select over anything else
    /// (`[masculine]`) is left alone.
    pub fn check(&self, keys: &[&str]) -> Vec<String> {
        let plural = keys.iter().any(|k| CATEGORY_NAMES.contains(k) && *k != "other");
        if !plural {
            return Vec::new();
        }
        let list = self.all.iter().copied().collect::<Vec<_>>().join(", ");
        let mut problems = Vec::new();
        for key in keys.iter().filter(|k| CATEGORY_NAMES.contains(k)) {
            if !self.all.contains(key) {
                problems.push(format!(
                    "uses plural category `[{key}]`, which this language does not have (CLDR: {list})"
                ));
            }
        }
        for missing in self.whole.iter().filter(|c| !keys.contains(c)) {
            problems.push(format!(
                "is missing plural category `[{missing}]`, which this language uses (CLDR: {list})"
            ));
        }
        problems
    }
}

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(code: &str) -> Categories {
        Categories::of(&code.parse().unwrap())
    }

    fn set(names: &[&'static str]) -> BTreeSet<&'static str> {
        names.iter().copied().collect()
    }

    #[test]
    fn categories_follow_cldr() {
        assert_eq!(of("en").whole, set(&["one", "other"]));
        assert_eq!(of("ru").whole, set(&["one", "few", "many"]));
        assert_eq!(of("ru").all, set(&["one", "few", "many", "other"]));
        assert_eq!(of("pl").whole, set(&["one", "few", "many"]));
        assert_eq!(of("ar").whole, set(&["zero", "one", "two", "few", "many", "other"]));
        assert_eq!(of("ro").whole, set(&["one", "few", "other"]));
        assert_eq!(of("th").all, set(&["other"]));
        // Region and script subtags use the language's rules, as Fluent does.
        assert_eq!(of("fa-AF"), of("fa"));
        assert_eq!(of("zh-Hans").all, set(&["other"]));
    }

    #[test]
    fn a_select_must_use_exactly_the_languages_categories() {
        let ru = of("ru");
        assert!(ru.check(&["one", "few", "many", "other"]).is_empty());
        let missing = ru.check(&["one", "other"]);
        assert_eq!(missing.len(), 2, "{missing:?}");
        assert!(missing.iter().any(|p| p.contains("[few]")));
        let wrong = of("en").check(&["one", "few", "other"]);
        assert_eq!(wrong.len(), 1);
        assert!(wrong[0].contains("`[few]`"), "{wrong:?}");
        assert_eq!(of("th").check(&["one", "other"]).len(), 1);
        // Not a plural select: only `other`, or keys that are not categories.
        assert!(of("ru").check(&["other"]).is_empty());
        assert!(of("ru").check(&["masculine", "other"]).is_empty());
    }
}
