//! `x-forbid-words`: a value must not contain given words (e.g. the login user name), nor their reverse.

use serde::Deserialize;

use super::StringRule;

#[derive(Deserialize)]
pub struct ForbidWords {
    words: Vec<String>,
    #[serde(default)]
    reversed: bool,
    #[serde(default)]
    ignore_case: bool,
}

impl StringRule for ForbidWords {
    fn check(&self, text: &str) -> Option<String> {
        let fold = |s: &str| {
            if self.ignore_case { s.to_lowercase() } else { s.to_owned() }
        };
        let haystack = fold(text);
        for word in &self.words {
            let w = fold(word);
            if haystack.contains(&w) {
                return Some(crate::t!("engine-forbid-word", word = format!("{word:?}")));
            }
            let back: String = w.chars().rev().collect();
            if self.reversed && haystack.contains(&back) {
                let (word, back) = (format!("{word:?}"), format!("{back:?}"));
                return Some(crate::t!("engine-forbid-reversed", word = word, reversed = back));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_and_reverses_ignoring_case() {
        let rule: ForbidWords = serde_json::from_value(serde_json::json!({
            "words": ["root", "administrator"], "reversed": true, "ignore_case": true
        }))
        .expect("valid rule");
        assert!(rule.check("Secure#Pass1").is_none());
        assert!(rule.check("myROOTpass1!").is_some());
        assert!(rule.check("xTOOR-9a").is_some_and(|m| m.contains("reversed")));
    }
}
