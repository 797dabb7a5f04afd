//! `x-password`: a password must mix enough character classes and use only allowed characters.

use serde::Deserialize;

use super::StringRule;
use crate::t;

#[derive(Deserialize)]
pub struct Password {
    min_classes: usize,
    #[serde(default = "all_classes")]
    classes: Vec<String>,
    #[serde(default)]
    special: String,
}

fn all_classes() -> Vec<String> {
    ["upper", "lower", "digit", "special"].map(String::from).to_vec()
}

impl Password {
    fn class_of(&self, c: char) -> Option<&'static str> {
        if c.is_ascii_uppercase() {
            Some("upper")
        } else if c.is_ascii_lowercase() {
            Some("lower")
        } else if c.is_ascii_digit() {
            Some("digit")
        } else if self.special.contains(c) {
            Some("special")
        } else {
            None
        }
    }

    fn describe(&self) -> String {
        let classes: Vec<String> = self
            .classes
            .iter()
            .map(|c| match c.as_str() {
                "upper" => t!("engine-class-upper"),
                "lower" => t!("engine-class-lower"),
                "digit" => t!("engine-class-digit"),
                _ => t!("engine-class-special", chars = self.special.as_str()),
            })
            .collect();
        crate::validate::message::joined(&classes)
    }
}

impl StringRule for Password {
    fn check(&self, text: &str) -> Option<String> {
        if let Some(bad) = text.chars().find(|c| self.class_of(*c).is_none_or(|k| !self.classes.iter().any(|x| x == k)))
        {
            return Some(t!("engine-password-bad-char", char = format!("{bad:?}"), classes = self.describe()));
        }
        let mut used: Vec<&str> = text.chars().filter_map(|c| self.class_of(c)).collect();
        used.sort_unstable();
        used.dedup();
        (used.len() < self.min_classes).then(|| {
            t!("engine-password-classes", used = used.len(), min = self.min_classes, classes = self.describe())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> Password {
        serde_json::from_value(serde_json::json!({"min_classes": 3, "special": "!@$%^-_=+[{}]:,./?"}))
            .expect("valid rule")
    }

    #[test]
    fn needs_three_classes() {
        assert!(rule().check("Abcdefg1").is_none());
        assert!(rule().check("Abc!defg").is_none());
        let msg = rule().check("abcdefg1").expect("two classes fail");
        assert!(msg.contains("at least 3"), "{msg}");
    }

    #[test]
    fn rejects_characters_outside_the_set() {
        let msg = rule().check("Abc def1").expect("space is not allowed");
        assert!(msg.contains("' '"), "{msg}");
        assert!(rule().check("Abcdef1#").is_some(), "# is not in the special set");
    }
}
