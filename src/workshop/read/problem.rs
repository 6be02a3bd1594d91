//! Problems found in files, each with the place a person should look.

use std::fmt;

use super::text::{printable, shorten_numbers};

/// One thing wrong with a file, printed as `FILE:LINE:COLUMN: message`.
///
/// Made only by [`Problem::new`], which keeps the message to one readable line: control
/// characters echoed from the file are escaped (an id holding ESC or a line break cannot colour
/// a terminal or forge another `FILE:LINE:COLUMN` line) and huge numbers are shown in powers of
/// ten. The file's name is escaped the same way when printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, line: usize, column: usize, message: impl Into<String>) -> Problem {
        let message = message.into();
        let message = printable(&shorten_numbers(&message)).into_owned();
        Problem {
            file: file.to_owned(),
            line,
            column,
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            printable(&self.file),
            self.line,
            self.column,
            printable(&self.message)
        )
    }
}

/// All the problems found in one file; never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct Problems(pub Vec<Problem>);

/// A problem with a whole file (missing, empty, too big): placed at its start.
pub fn whole_file(file: &str, message: impl Into<String>) -> Problem {
    Problem::new(file, 1, 1, message)
}
