//! Exports from the form: the menu's entries, the body with or without secrets and the note on
//! what a saved file holds, the request in another tool's form, and default file names.

use super::app::Endpoint;
use super::form_screen::{FormScreen, Ui};
use super::overlay::{Overlay, Prompt, PromptPurpose};
use crate::export::{Format, Secrets};
use crate::http::sign::Moment;
use crate::t;

/// The export menu's entries; the menu and its handler both read this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Export {
    File,
    FileWithSecrets,
    Clipboard,
    /// The request in another tool's form, copied to the clipboard.
    Copy(Format),
    /// A `.http` file for VS Code REST Client / JetBrains.
    HttpFile,
    /// A program for the official SDK (Python or TypeScript), saved to a file.
    Program(Format),
}

impl FormScreen {
    pub(super) fn export_options(&self) -> Vec<(Export, String)> {
        let has_secrets = !crate::spec::secrets::pointers(self.form.spec(), &self.form.document).is_empty();
        let mut out = vec![(
            Export::File,
            if has_secrets { t!("wizard-export-file-no-secrets") } else { t!("wizard-export-file") },
        )];
        if has_secrets {
            out.push((Export::FileWithSecrets, t!("wizard-export-file-secrets")));
        }
        out.push((Export::Clipboard, t!("wizard-export-clipboard")));
        out.push((Export::Copy(Format::Curl), t!("wizard-export-curl")));
        out.push((Export::HttpFile, t!("wizard-export-http")));
        out.push((Export::Copy(Format::Httpie), t!("wizard-export-httpie")));
        out.push((Export::Copy(Format::Cli), t!("wizard-export-cli")));
        out.push((Export::Copy(Format::Python), t!("wizard-export-python-copy")));
        out.push((Export::Program(Format::Python), t!("wizard-export-python-save")));
        out.push((Export::Copy(Format::Typescript), t!("wizard-export-typescript-copy")));
        out.push((Export::Program(Format::Typescript), t!("wizard-export-typescript-save")));
        out
    }

    /// The request in `format` for the current endpoint, secrets masked.
    pub(super) fn render_as(&self, format: Format, endpoint: &Endpoint) -> Result<String, String> {
        let target = self.target(endpoint)?;
        crate::export::render(self.form.spec(), &target, &self.form.document, format, Secrets::Mask, &Moment::now())
            .map_err(|e| e.to_string())
    }

    pub(super) fn body_json(&self, with_secrets: bool) -> String {
        let doc = if with_secrets {
            self.form.document.clone()
        } else {
            crate::drafts::without_secrets(self.form.spec(), &self.form.params, &self.form.document).1
        };
        format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
    }

    /// The prompt for the body's file name; `with_secrets` once the user said yes to keeping them.
    pub fn export_prompt(&self, with_secrets: bool, ui: &mut Ui) {
        let secrets = self.secret_labels();
        let note = match (secrets.is_empty(), with_secrets) {
            (true, _) => String::new(),
            (false, true) => {
                t!("wizard-export-note-secrets", count = secrets.len(), secrets = crate::i18n::join(&secrets))
            }
            (false, false) => {
                let spec = self.form.spec();
                let (params, stripped) = crate::drafts::without_secrets(spec, &self.form.params, &self.form.document);
                let read_back = crate::form::FormState::new(spec.clone(), stripped, params);
                let (count, names) = (secrets.len(), crate::i18n::join(&secrets));
                let changes = self.meaning_changes(&read_back);
                if read_back.violations().len() > self.form.violations().len() {
                    t!("wizard-export-note-invalid", count = count, secrets = names, changes = changes)
                } else {
                    t!("wizard-export-note-refill", count = count, secrets = names, changes = changes)
                }
            }
        };
        let title = move || if with_secrets { t!("wizard-export-prompt-secrets") } else { t!("wizard-export-prompt") };
        let contents = self.body_json(with_secrets);
        ui.overlays.push(Overlay::Prompt(Prompt::new(
            title,
            &self.default_export_name(),
            PromptPurpose::Export { contents, note, private: with_secrets && !secrets.is_empty() },
        )));
    }

    /// What the saved file would mean differently from the form, read back without its secrets: an
    /// alternative that changes (Huawei's password login reads as "use the image's password").
    pub(super) fn meaning_changes(&self, read_back: &crate::form::FormState) -> String {
        let mut out = String::new();
        for at in self.form.alternative_objects() {
            let (Some(now), Some(then)) = (self.form.alternatives(&at), read_back.alternatives(&at)) else { continue };
            if now.active != then.active {
                let object = crate::pointer::label(&at);
                let (then, now) = (then.titles[then.active].as_str(), now.titles[now.active].as_str());
                out.push_str(&t!("wizard-export-note-reads-back", object = object, then = then, now = now));
            }
        }
        out
    }

    /// A file name that says what it holds and when: `CreateServers-20261123-160102.json`.
    pub(super) fn default_export_name(&self) -> String {
        let spec = self.form.spec();
        let action = spec.id.rsplit('.').next().unwrap_or("request");
        let now = time::OffsetDateTime::now_utc();
        let stamp = format!(
            "{:04}{:02}{:02}-{:02}{:02}{:02}",
            now.year(),
            u8::from(now.month()),
            now.day(),
            now.hour(),
            now.minute(),
            now.second()
        );
        format!("{action}-{stamp}.json")
    }
}
