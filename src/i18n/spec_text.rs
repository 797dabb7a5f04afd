//! The specs' own texts in the current language. English sits in the standard keys (`title`,
//! `description`, …), which every OpenAPI tool reads; Chinese in an `x-zh` object beside them with the
//! same keys. A text without its Chinese shows in English behind a visible "untranslated" mark.

use std::borrow::Cow;

use serde_json::Value;

use super::Lang;

/// The keys of a spec node a user reads, each of which needs its `x-zh` twin (the coverage test's list).
#[cfg(test)]
pub const TEXT_KEYS: &[&str] = &[
    "title",
    "summary",
    "description",
    "x-provider",
    "x-rule",
    "x-choice-title",
    "x-enum-descriptions",
    "message",
    "meaning",
];

/// What a text missing its Chinese starts with, so the fallback is seen as one.
pub const UNTRANSLATED: &str = "〔未译〕";

/// A spec text read out once (a title, a summary): its English and, if the spec has it, its
/// Chinese. Shown with `Display` in the current language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    pub zh: Option<String>,
}

impl Text {
    /// `node[key]` and its `x-zh` twin; empty when the node has neither.
    pub fn of(node: &Value, key: &str) -> Text {
        let get = |n: Option<&Value>| n.and_then(|n| n.get(key)).and_then(Value::as_str).map(str::to_owned);
        Text { en: get(Some(node)).unwrap_or_default(), zh: get(node.get("x-zh")) }
    }

    /// The text in `lang`.
    pub fn get_in(&self, lang: Lang) -> Cow<'_, str> {
        match (lang, &self.zh) {
            (Lang::En, _) => Cow::Borrowed(&self.en),
            (Lang::Zh, Some(zh)) => Cow::Borrowed(zh),
            (Lang::Zh, None) if self.en.is_empty() => Cow::Borrowed(""),
            (Lang::Zh, None) => Cow::Owned(format!("{UNTRANSLATED}{}", self.en)),
        }
    }

    /// The text in the current language.
    pub fn get(&self) -> Cow<'_, str> {
        self.get_in(super::current())
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_empty()
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.get())
    }
}

/// `node[key]` in the current language (`x-enum-descriptions` is read with `spec_meaning`).
pub fn spec_text<'a>(node: &'a Value, key: &str) -> Option<Cow<'a, str>> {
    spec_text_in(super::current(), node, key)
}

/// `node[key]` in `lang`.
pub fn spec_text_in<'a>(lang: Lang, node: &'a Value, key: &str) -> Option<Cow<'a, str>> {
    localized(lang, node.get(key), node.get("x-zh").and_then(|z| z.get(key)))
}

/// What enum value `value` means (`x-enum-descriptions`) in the current language.
pub fn spec_meaning<'a>(node: &'a Value, value: &str) -> Option<Cow<'a, str>> {
    let key = "x-enum-descriptions";
    let zh = node.get("x-zh").and_then(|z| z.get(key)).and_then(|m| m.get(value));
    localized(super::current(), node.get(key).and_then(|m| m.get(value)), zh)
}

fn localized<'a>(lang: Lang, en: Option<&'a Value>, zh: Option<&'a Value>) -> Option<Cow<'a, str>> {
    let en = en.and_then(Value::as_str);
    match lang {
        Lang::En => en.map(Cow::Borrowed),
        Lang::Zh => match zh.and_then(Value::as_str) {
            Some(zh) => Some(Cow::Borrowed(zh)),
            None => en.map(|en| Cow::Owned(format!("{UNTRANSLATED}{en}"))),
        },
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn chinese_comes_from_x_zh_and_a_missing_one_shows_english_marked_untranslated() {
        let node = json!({"title": "Region", "description": "Where it runs", "x-zh": {"title": "地域"},
            "x-enum-descriptions": {"a": "first"}});
        assert_eq!(spec_text_in(Lang::Zh, &node, "title").as_deref(), Some("地域"));
        assert_eq!(spec_text_in(Lang::En, &node, "title").as_deref(), Some("Region"));
        assert_eq!(spec_text_in(Lang::Zh, &node, "description").as_deref(), Some("〔未译〕Where it runs"));
        assert_eq!(spec_text_in(Lang::Zh, &node, "x-rule"), None);
        super::super::set_thread(Lang::Zh);
        assert_eq!(spec_meaning(&node, "a").as_deref(), Some("〔未译〕first"));
        super::super::set_thread(Lang::En);
        assert_eq!(spec_meaning(&node, "a").as_deref(), Some("first"));
    }
}
