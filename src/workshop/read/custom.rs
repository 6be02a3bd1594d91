//! Mistakes that Jaws's own readers (`Deserialize` impls such as [`super::UniqueMap`]) find
//! while a file is parsed, as a kind rather than a sentence to be recognised later.
//!
//! serde lets a reader stop parsing only with a message. The message carries the mistake
//! encoded behind a marker no file can produce, and [`super::syntax`] decodes it to place the
//! problem: a repeated key at its second appearance, a value at the value.

use serde::{Deserialize, Serialize, de};

/// Starts every encoded mistake; a NUL cannot come from a parser's own messages.
const MARK: &str = "\0jaws-reader\0";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReaderError {
    /// A map gives this key twice: reported at its second appearance.
    RepeatedKey(String),
    /// A value of a kind the field does not take: reported at the value, saying this.
    Value(String),
}

impl ReaderError {
    /// The error to stop parsing with.
    pub fn into_serde<E: de::Error>(self) -> E {
        // An enum of strings always serialises.
        let encoded = ron::to_string(&self).unwrap_or_default();
        E::custom(format!("{MARK}{encoded}"))
    }

    /// The mistake a parser's message carries, if it is one of ours.
    pub fn decode(message: &str) -> Option<ReaderError> {
        ron::from_str(message.strip_prefix(MARK)?).ok()
    }

    /// What a person is told.
    pub fn message(&self) -> String {
        match self {
            ReaderError::RepeatedKey(key) => crate::t!("file-key-twice", key = key.as_str()),
            ReaderError::Value(message) => message.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mistakes_survive_the_trip_through_a_message() {
        for e in [
            ReaderError::RepeatedKey("a \"quoted\"\nkey)".into()),
            ReaderError::Value("expected \"all\"".into()),
        ] {
            let message = e.clone().into_serde::<ron::Error>().to_string();
            assert_eq!(ReaderError::decode(&message), Some(e));
        }
        assert_eq!(ReaderError::decode("RepeatedKey(\"a\")"), None);
    }
}
