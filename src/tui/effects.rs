//! Running the effects `update` asks for (drafts, files, clipboard) and turning their results back
//! into messages.

use std::path::PathBuf;

use super::app::{Effect, Msg};
use super::submitter::Submitter;
use super::terminal::Session;
use crate::drafts::DraftStore;

pub struct Runner {
    store: DraftStore,
    pub submitter: Submitter,
}

impl Runner {
    pub fn new(store: DraftStore, submitter: Submitter) -> Runner {
        Runner { store, submitter }
    }

    /// Messages to start with: an interrupted session's draft to offer back (after what a killed
    /// process's atomic writes left behind is removed).
    pub fn startup(&self) -> Vec<Msg> {
        self.store.clean_leftovers();
        crate::history::History::open().clean_leftovers();
        self.store.interrupted().map(Msg::Interrupted).into_iter().collect()
    }

    pub fn run(&mut self, effect: Effect, session: &mut Session) -> Vec<Msg> {
        match effect {
            Effect::SaveDraft(draft) => match self.store.save(&draft) {
                Ok(()) => Vec::new(),
                Err(e) => vec![Msg::Failed(crate::t!("wizard-draft-save-failed", error = e.to_string()))],
            },
            Effect::BeginSession { api, draft } => {
                // The sandbox is started when a form opens, not before: the start screen needs none.
                self.submitter.start_sandbox();
                let _ = self.store.begin_session(&api, &draft);
                Vec::new()
            }
            Effect::EndSession => {
                self.store.end_session();
                Vec::new()
            }
            Effect::ListDrafts(api) => {
                let drafts = crate::drafts::distinct(self.store.list(&api));
                let history =
                    crate::history::History::open().list().into_iter().filter(|e| e.api == api).take(20).collect();
                vec![Msg::Drafts { api, drafts, history }]
            }
            Effect::DeleteDraft { api, id } => match self.store.delete(&api, &id) {
                Ok(()) => Vec::new(),
                Err(e) => vec![Msg::Failed(crate::t!("wizard-draft-delete-failed", error = e.to_string()))],
            },
            Effect::WriteFile { path, contents, overwrite, private } => {
                vec![write_file(path, contents, overwrite, private)]
            }
            Effect::ReadFile(path) => {
                let result = crate::input::read_text(std::path::Path::new(&path)).map_err(|e| e.0);
                vec![Msg::FileRead { path, result }]
            }
            Effect::LoadProfiles => vec![Msg::Profiles(crate::profile::Profiles::load().map_err(|e| e.to_string()))],
            Effect::Submit(order) => {
                self.submitter.submit(order);
                Vec::new()
            }
            Effect::Language(lang) => {
                crate::i18n::set_process(lang);
                match crate::i18n::remember(lang) {
                    Ok(()) => Vec::new(),
                    Err(e) => vec![Msg::Failed(crate::t!("wizard-lang-not-remembered", error = e.to_string()))],
                }
            }
            Effect::Clipboard(text) => {
                use base64::Engine as _;
                let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
                match session.write_raw(format!("\u{1b}]52;c;{encoded}\u{7}").as_bytes()) {
                    Ok(()) => Vec::new(),
                    Err(e) => vec![Msg::Failed(crate::t!("wizard-copy-failed", error = e.to_string()))],
                }
            }
        }
    }
}

fn write_file(path: String, contents: String, overwrite: bool, private: bool) -> Msg {
    let target = PathBuf::from(&path);
    if !overwrite && target.exists() {
        return Msg::FileExists { path, contents, private };
    }
    let written = if private {
        crate::paths::write_atomic_private(&target, contents.as_bytes())
    } else {
        crate::paths::write_atomic(&target, contents.as_bytes())
    };
    match written {
        Ok(()) => Msg::FileWritten(Ok(target)),
        Err(e) => Msg::FileWritten(Err(crate::t!("wizard-write-failed", path = path.as_str(), error = e.to_string()))),
    }
}
