//! Imports: what is typed or pasted in the import prompt — a file path (a JSON document, or a curl
//! command saved in a file) or a curl command itself — lands in the open form, or, when the command
//! calls another API, in that API's form (the open one's draft is kept).

use serde_json::{Map, Value};

use super::app::{App, Effect, Level, Screen};
use crate::export::curl_import::{self, Imported};
use crate::form::FormState;
use crate::t;

/// Enter in the import prompt (it stays open until the import is done or refused).
pub fn prompt_done(app: &mut App, text: &str) -> Vec<Effect> {
    let text = text.trim();
    let Some(prompt) = super::overlay::top_prompt(&mut app.overlays) else { return Vec::new() };
    if text.is_empty() {
        prompt.fail(t!("wizard-import-empty"));
        return Vec::new();
    }
    prompt.pending = true;
    if curl_import::is_curl(text) {
        return self::text(app, &t!("wizard-import-pasted"), text);
    }
    vec![Effect::ReadFile(text.to_owned())]
}

/// Imports `text` read from `source` (a file name, or "the pasted command").
pub fn text(app: &mut App, source: &str, text: &str) -> Vec<Effect> {
    let current = app.pending_import.clone().or_else(|| app.form().map(|f| f.form.spec().id.clone()));
    let imported = match read(app, source, text, current) {
        Ok(imported) => imported,
        Err(e) => {
            super::app::refuse_in_prompt(app, e);
            return Vec::new();
        }
    };
    app.pending_import = None;
    if super::overlay::waiting_prompt(&mut app.overlays).is_some() {
        app.overlays.pop();
    }
    let ignored = if imported.ignored.is_empty() {
        String::new()
    } else {
        t!("wizard-import-ignored", names = crate::i18n::join(&imported.ignored))
    };
    if let Screen::Form(f) = &mut app.screen
        && f.form.spec().id == imported.api
    {
        let unknown = f.import(imported.document, imported.params);
        // A status line, not a list: a hostile file may hold thousands of unknown fields.
        let unknown = if unknown.is_empty() {
            String::new()
        } else {
            let more = if unknown.len() > 5 { ", …" } else { "" };
            let fields = format!("{}{more}", crate::i18n::join(&unknown[..unknown.len().min(5)]));
            t!("wizard-import-unknown", count = unknown.len(), fields = fields)
        };
        let level = if unknown.is_empty() && ignored.is_empty() { Level::Info } else { Level::Warn };
        app.say(level, t!("wizard-imported", source = source, unknown = unknown, ignored = ignored));
        return Vec::new();
    }
    let Ok(spec) = app.catalog.get(&imported.api).cloned() else { return Vec::new() };
    let mut effects: Vec<Effect> = match &mut app.screen {
        Screen::Form(f) => f.save_now().into_iter().chain([Effect::EndSession]).collect(),
        Screen::Start(_) => Vec::new(),
    };
    app.status = None;
    let form = FormState::new(spec, imported.document, imported.params);
    effects.extend(app.open_form(&imported.api, Some(form), None));
    if app.status.is_none() {
        app.say(
            if ignored.is_empty() { Level::Info } else { Level::Warn },
            t!("wizard-imported-new-form", source = source, api = imported.api.as_str(), ignored = ignored),
        );
    }
    effects
}

/// A curl command goes to the API it calls; a JSON document to the form it was imported from.
fn read(app: &App, source: &str, text: &str, current: Option<String>) -> Result<Imported, String> {
    if curl_import::is_curl(text) {
        return curl_import::import(&app.catalog, text, current.as_deref())
            .map_err(|e| t!("wizard-import-failed", source = source, error = e.to_string()));
    }
    let api = current.ok_or_else(|| t!("wizard-import-no-api", source = source))?;
    match crate::input::parse(source, text.as_bytes()).map_err(|e| e.0)? {
        document @ Value::Object(_) => Ok(Imported { api, params: Map::new(), document, ignored: Vec::new() }),
        _ => Err(t!("wizard-import-not-object", source = source)),
    }
}
