//! What the start screen and `list` show of an API — id, title, provider, route — read from a spec's
//! text without building its whole JSON tree, so the wizard opens without parsing every spec.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::{Spec, SpecError};
use crate::i18n::Text;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub provider: Text,
    pub product: String,
    pub method: String,
    pub path: String,
}

#[derive(Deserialize)]
struct Head {
    #[serde(rename = "x-api-id", default)]
    id: String,
    #[serde(default)]
    info: Info,
    #[serde(default)]
    paths: BTreeMap<String, BTreeMap<String, IgnoredAny>>,
}

#[derive(Deserialize, Default)]
struct Info {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(rename = "x-provider", default)]
    provider: String,
    #[serde(rename = "x-product", default)]
    product: String,
    #[serde(rename = "x-zh", default)]
    zh: InfoZh,
}

/// `info.x-zh`: the Chinese of the texts above.
#[derive(Deserialize, Default)]
struct InfoZh {
    title: Option<String>,
    summary: Option<String>,
    #[serde(rename = "x-provider")]
    provider: Option<String>,
}

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

impl Summary {
    /// Reads the summary from a spec's text (everything else is skipped, not stored).
    pub fn read(file: &str, text: &str) -> Result<Summary, SpecError> {
        let bad = |reason: String| SpecError::Invalid { file: file.to_owned(), reason };
        let head: Head = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        if head.id.is_empty() {
            return Err(bad(crate::t!("engine-spec-missing", what = "x-api-id")));
        }
        let (path, item) =
            head.paths.iter().next().ok_or_else(|| bad(crate::t!("engine-spec-missing", what = "paths")))?;
        let method = item
            .keys()
            .find(|k| METHODS.contains(&k.as_str()))
            .ok_or_else(|| bad(crate::t!("engine-spec-no-operation")))?;
        Ok(Summary {
            id: head.id,
            title: Text { en: head.info.title, zh: head.info.zh.title },
            summary: Text { en: head.info.summary, zh: head.info.zh.summary },
            provider: Text { en: head.info.provider, zh: head.info.zh.provider },
            product: head.info.product,
            method: method.to_uppercase(),
            path: path.clone(),
        })
    }

    pub fn of(spec: &Spec) -> Summary {
        Summary {
            id: spec.id.clone(),
            title: spec.title.clone(),
            summary: spec.summary.clone(),
            provider: spec.provider.clone(),
            product: spec.product.clone(),
            method: spec.method.clone(),
            path: spec.path.clone(),
        }
    }
}
