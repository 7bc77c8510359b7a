//! Problems found while loading flows, locales and configuration, reported as `file:line`.
//!
//! Every loader collects all the problems it can find instead of stopping at the first, so
//! a flow author fixes a whole file in one pass. `lotsa check` and startup print the same
//! list and refuse to run while it is not empty.

use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with the content, located as precisely as the source allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file that holds the problem (a flow, an `.ftl` file or the configuration).
    pub file: PathBuf,
    /// 1-based line; 0 when the problem concerns the file as a whole.
    pub line: usize,
    /// What is wrong, in words a flow author understands.
    pub message: String,
}

impl Problem {
    pub fn new(file: impl AsRef<Path>, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.as_ref().to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// A non-empty list of problems; the error type of every content loader.
#[derive(Debug, Clone, thiserror::Error)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl Problems {
    /// `Ok(value)` when nothing was found, the problems otherwise.
    pub fn into_result<T>(problems: Vec<Problem>, value: T) -> Result<T, Problems> {
        if problems.is_empty() {
            Ok(value)
        } else {
            Err(Problems(problems))
        }
    }
}

/// 1-based line number of a byte offset in `source`.
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_of_counts_newlines_before_offset() {
        let src = "a\nbb\nccc";
        assert_eq!(line_of(src, 0), 1);
        assert_eq!(line_of(src, 2), 2);
        assert_eq!(line_of(src, 5), 3);
        assert_eq!(line_of(src, 999), 3);
    }

    #[test]
    fn display_includes_file_and_line() {
        let p = Problem::new("flows/a.toml", 7, "node `x` is missing");
        assert_eq!(p.to_string(), "flows/a.toml:7: node `x` is missing");
        let whole = Problem::new("locales/sv", 0, "no files");
        assert_eq!(whole.to_string(), "locales/sv: no files");
    }
}
