//! The form screen's state: which step and nested object is shown, the focused row, the open editor,
//! the preview (re-rendered only when the document changed) and the autosave clock.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use serde_json::Value;

use super::app::{Effect, Level, Status};
use super::editor::{Edited, Editor};
use super::layout;
use super::overlay::Overlay;
use crate::drafts::{self, Draft};
use crate::form::{FieldKind, FormState, Row, RowType, Target, View};
use crate::preview::Preview;
use crate::t;

/// What a form handler may touch besides the form: the overlay stack and the status line.
pub struct Ui<'a> {
    pub overlays: &'a mut Vec<Overlay>,
    pub status: &'a mut Option<Status>,
    pub size: (u16, u16),
    pub endpoint: &'a super::app::Endpoint,
}

impl Ui<'_> {
    pub fn say(&mut self, level: Level, text: impl Into<String>) {
        *self.status = Some(Status { text: text.into(), level });
    }

    /// A command that does not apply to the focused row: a notice that says why and what works
    /// there, holding the keys until it is closed.
    pub fn refuse(&mut self, why: impl Into<String>, works: &str) {
        self.overlays.push(Overlay::Notice { text: format!("{}\n{works}", why.into()) });
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewMode {
    Body,
    Http,
    Wire,
    /// One job of this session (its id).
    Job(u64),
}

/// Where a change was made: the step, the nested objects entered, the focused row.
type Place = (usize, Vec<String>, usize);

/// What the rows depend on: the form's revision, the step, the nested object shown, required-only.
type RowsKey = (u64, usize, Option<String>, bool);

pub struct FormScreen {
    pub form: FormState,
    pub step: usize,
    /// Nested objects, lists and maps entered within the step, outermost first.
    pub trail: Vec<String>,
    pub focus: usize,
    pub scroll: usize,
    pub editor: Option<Editor>,
    /// Why the editor's text is not applied yet, or applied but not right (JSON that does not parse).
    pub editor_error: Option<crate::form::EditError>,
    pub preview_mode: PreviewMode,
    /// The preview zoomed to the whole screen (`z`), scrolled to this line.
    pub zoom: Option<usize>,
    /// Where Ctrl-S sends now (the sandbox, or a profile), for the request view to show that URL.
    pub endpoint: Option<super::app::Endpoint>,
    pub required_only: bool,
    pub revealed: HashSet<Target>,
    pub draft_id: String,
    pub keep_secrets: bool,
    pub preview: Preview,
    /// Every change, to undo and redo.
    history: crate::form::History<Place>,
    rows_cache: RefCell<Option<(RowsKey, Rc<Vec<Row>>)>>,
    /// What the preview was made from: document revision, revealed secrets, mode.
    preview_key: (u64, usize, PreviewMode),
    /// The problem `n` went to last (none yet: the first `n` goes to the first problem).
    problem_cursor: Option<usize>,
    saved_rev: u64,
}

impl FormScreen {
    pub fn new(form: FormState, draft_id: Option<String>, size: (u16, u16)) -> FormScreen {
        let rev = form.revision();
        let history = crate::form::History::new(&form);
        let mut screen = FormScreen {
            history,
            form,
            step: 0,
            trail: Vec::new(),
            focus: 0,
            scroll: 0,
            editor: None,
            editor_error: None,
            preview_mode: PreviewMode::Body,
            zoom: None,
            endpoint: None,
            required_only: false,
            revealed: HashSet::new(),
            draft_id: draft_id.unwrap_or_else(drafts::new_id),
            keep_secrets: false,
            preview: Preview::default(),
            rows_cache: RefCell::new(None),
            preview_key: (u64::MAX, 0, PreviewMode::Body),
            problem_cursor: None,
            saved_rev: rev,
        };
        screen.refresh_preview();
        screen.keep_focus_visible(size);
        screen
    }

    pub fn view(&self) -> View {
        match self.trail.last() {
            Some(at) => View::Container(at.clone()),
            None => self.form.steps().get(self.step).map_or(View::Container(String::new()), |s| s.view.clone()),
        }
    }

    /// The rows shown, built once per form revision and view: a frame asks for them several times.
    pub fn rows(&self) -> Rc<Vec<Row>> {
        let key = (self.form.revision(), self.step, self.trail.last().cloned(), self.required_only);
        let mut cache = self.rows_cache.borrow_mut();
        match cache.as_ref() {
            Some((k, rows)) if *k == key => Rc::clone(rows),
            _ => {
                let rows = Rc::new(self.form.rows(&self.view(), self.required_only));
                *cache = Some((key, Rc::clone(&rows)));
                rows
            }
        }
    }

    pub fn focused(&self) -> Option<Row> {
        self.rows().get(self.focus).cloned()
    }

    pub fn keep_focus_visible(&mut self, size: (u16, u16)) {
        let n = self.rows().len();
        self.focus = self.focus.min(n.saturating_sub(1));
        let height = layout::visible_rows(size);
        if self.focus < self.scroll {
            self.scroll = self.focus;
        } else if self.focus >= self.scroll + height {
            self.scroll = self.focus + 1 - height;
        }
    }

    pub fn is_secret(&self, target: &Target) -> bool {
        self.form.kind(target) == FieldKind::Secret && !self.revealed.contains(target)
    }

    /// The secret fields that hold a value, by name.
    pub fn secret_labels(&self) -> Vec<String> {
        let pointers = crate::spec::secrets::pointers(self.form.spec(), &self.form.document);
        pointers.iter().map(|p| crate::pointer::label(p)).collect()
    }

    /// The typed secrets the draft will not keep (all of them, unless `S` asked it to).
    pub fn unsaved_secrets(&self) -> Vec<String> {
        if self.keep_secrets { Vec::new() } else { self.secret_labels() }
    }

    /// `text` (a URL, a wire value, a signed request) with the value of every secret field not
    /// revealed masked, in each spelling a request gives it.
    pub fn mask_hidden_secrets(&self, text: &str) -> String {
        crate::export::redact::mask_all(text, &self.hidden_secrets())
    }

    /// The values of the secret fields not revealed.
    pub fn hidden_secrets(&self) -> Vec<&str> {
        let hidden = |at: &str| self.is_secret(&Target::Field(at.to_owned()));
        crate::export::redact::secret_values(self.form.spec(), &self.form.document, hidden)
    }

    /// Brings the preview up to date: nothing when nothing changed, one top-level field's lines
    /// after an edit inside it, everything after a bigger change.
    pub fn refresh_preview(&mut self) {
        let key = (self.form.revision(), self.revealed.len(), self.preview_mode);
        if key == self.preview_key {
            return;
        }
        let one_edit = self.preview_key.0.checked_add(1) == Some(key.0) && key.1 == self.preview_key.1;
        self.preview_key = key;
        let preview = std::mem::take(&mut self.preview);
        self.preview = super::preview_text::refresh(self, preview, one_edit);
    }

    /// Follows where Ctrl-S sends (the sandbox came up, `t` chose a profile): the request view shows
    /// that URL, so it is redrawn when the destination changes.
    pub fn follow_endpoint(&mut self, endpoint: &super::app::Endpoint) {
        let same = self
            .endpoint
            .as_ref()
            .is_some_and(|e| e.profile == endpoint.profile && e.sandbox_url == endpoint.sandbox_url);
        if !same {
            self.endpoint = Some(endpoint.clone());
            self.preview_key.0 = u64::MAX;
            self.refresh_preview();
        }
    }

    /// Notes a change made since the last call, as one undo step (typing in one editor is one step).
    pub fn record_change(&mut self) {
        let place = (self.step, self.trail.clone(), self.focus);
        let group = self.editor.as_ref().map(|e| e.target.clone());
        self.history.record(&self.form, place, group.as_ref());
    }

    /// `u` (`redo` false) and Ctrl-R: takes the last change back, or makes it again, and shows where it
    /// was made.
    pub fn undo(&mut self, redo: bool, ui: &mut Ui) {
        self.record_change();
        let place = if redo { self.history.redo(&mut self.form) } else { self.history.undo(&mut self.form) };
        let Some((step, trail, focus)) = place else {
            ui.say(Level::Info, if redo { t!("wizard-nothing-to-redo") } else { t!("wizard-nothing-to-undo") });
            return;
        };
        self.editor = None;
        self.editor_error = None;
        self.step = step.min(self.form.steps().len().saturating_sub(1));
        self.trail = trail;
        // A list or map entered may be gone in the values put back.
        while self.trail.last().is_some_and(|at| self.form.document.pointer(at).is_none()) {
            self.trail.pop();
        }
        self.focus = focus;
        let said = match (self.focused(), redo) {
            (Some(row), true) => t!("wizard-redid-at", field = row_label(&row.target)),
            (Some(row), false) => t!("wizard-undid-at", field = row_label(&row.target)),
            (None, true) => t!("wizard-redid"),
            (None, false) => t!("wizard-undid"),
        };
        ui.say(Level::Info, said);
        self.changed(ui.size);
    }

    /// After a language switch: the form's texts (step titles, problem messages) rebuilt in the
    /// current language and every text made from them drawn again; values, focus, scroll, undo
    /// history and the draft stay as they are.
    pub fn relocalize(&mut self, size: (u16, u16)) {
        self.form.relocalize();
        *self.rows_cache.borrow_mut() = None;
        self.preview_key.0 = u64::MAX;
        self.changed(size);
    }

    /// Called after anything that may change the form.
    pub fn changed(&mut self, size: (u16, u16)) {
        self.keep_focus_visible(size);
        self.refresh_preview();
    }

    fn draft(&self) -> Draft {
        let spec = self.form.spec();
        let (params, document) = if self.keep_secrets {
            (self.form.params.clone(), self.form.document.clone())
        } else {
            drafts::without_secrets(spec, &self.form.params, &self.form.document)
        };
        Draft {
            id: self.draft_id.clone(),
            api: spec.id.clone(),
            saved_at: drafts::now_rfc3339(),
            secrets_included: self.keep_secrets,
            params,
            document,
        }
    }

    /// Saves at the tick that follows a change — the loop ticks after every batch of input, before
    /// it draws — so what the screen shows is on disk and a kill -9 at any moment loses nothing
    /// typed. (A batch of fast typing or a paste is one save.)
    pub fn autosave(&mut self) -> Option<Effect> {
        self.save_now()
    }

    /// The draft as it is now, unless nothing changed since the last save.
    pub fn save_now(&mut self) -> Option<Effect> {
        let rev = self.form.revision();
        if rev == self.saved_rev {
            return None;
        }
        self.saved_rev = rev;
        Some(Effect::SaveDraft(self.draft()))
    }

    /// Replaces the document; the imported parameters are set over the ones already typed. Returns
    /// the fields the spec does not know.
    pub fn import(&mut self, document: Value, imported: serde_json::Map<String, Value>) -> Vec<String> {
        let spec = self.form.spec().clone();
        let mut params = self.form.params.clone();
        params.extend(imported);
        self.form = FormState::new(spec, document, params);
        self.trail.clear();
        self.focus = 0;
        self.scroll = 0;
        self.editor = None;
        self.refresh_preview();
        self.form.unknown_fields()
    }

    /// A key no binding matched: text for the open editor. Without an editor, single letters are
    /// commands, so typing does not start editing (Enter does) — the status line says so.
    pub fn editor_key(&mut self, key: ratatui::crossterm::event::KeyEvent) -> (Vec<Effect>, Option<Status>) {
        use ratatui::crossterm::event::KeyCode;
        if self.editor.is_none() {
            let hint = matches!(key.code, KeyCode::Char(_))
                .then(|| Status { text: t!("wizard-press-enter"), level: Level::Info });
            return (Vec::new(), hint);
        }
        let Some(editor) = self.editor.as_mut() else { return (Vec::new(), None) };
        match editor.key(key) {
            Edited::Changed => (Vec::new(), self.apply_editor()),
            Edited::Unchanged => (Vec::new(), None),
            Edited::Refused(why) => {
                let text = t!("wizard-editor-refused", field = row_label(&editor.target), why = why);
                (Vec::new(), Some(Status { text, level: Level::Warn }))
            }
        }
    }

    pub fn paste(&mut self, text: &str) -> Vec<Effect> {
        if self.editor.is_none() {
            let Some(row) = self.focused().filter(|r| !r.kind.is_container() && r.row_type != RowType::Add) else {
                return Vec::new();
            };
            self.open_editor(&row, false);
        }
        if let Some(editor) = self.editor.as_mut()
            && editor.paste(text) == Edited::Changed
        {
            self.apply_editor();
        }
        Vec::new()
    }

    /// Opens the editor on a row; `clear` starts from empty text (typing replaces the value).
    pub fn open_editor(&mut self, row: &Row, clear: bool) {
        let text = if clear { String::new() } else { self.form.edit_text(&row.target) };
        let revealed = self.revealed.contains(&row.target);
        self.editor = Some(Editor::new(row.target.clone(), row.kind, &text, revealed));
        self.editor_error = None;
    }

    /// Applies the editor's text to the form (live, after each keystroke).
    fn apply_editor(&mut self) -> Option<Status> {
        let editor = self.editor.as_ref()?;
        let (target, text) = (editor.target.clone(), editor.text());
        let result = self.form.set_text(&target, &text);
        self.editor_error = result.err();
        self.refresh_preview();
        None
    }

    pub fn click(&mut self, column: u16, row: u16, size: (u16, u16)) {
        let areas = layout::form(size);
        let inside =
            |r: ratatui::layout::Rect| column >= r.x && column < r.x + r.width && row > r.y && row < r.y + r.height - 1;
        if inside(areas.rows) {
            let index = self.scroll + usize::from(row - areas.rows.y - 1);
            if index < self.rows().len() {
                self.editor = None;
                self.focus = index;
            }
        } else if inside(areas.steps) {
            let index = usize::from(row - areas.steps.y - 1);
            if index < self.form.steps().len() {
                self.go_to_step(index);
            }
        }
        self.keep_focus_visible(size);
    }

    pub fn go_to_step(&mut self, step: usize) {
        self.step = step.min(self.form.steps().len().saturating_sub(1));
        self.trail.clear();
        self.focus = 0;
        self.scroll = 0;
        self.editor = None;
    }

    /// The step whose own rows hold `target` (a field of Basics, an alternatives choice, a field
    /// the spec does not know), and the row's index.
    fn row_in_steps(&self, target: &Target) -> Option<(usize, usize)> {
        self.form.steps().iter().enumerate().find_map(|(i, step)| {
            let rows = self.form.rows(&step.view, self.required_only);
            rows.iter().position(|r| &r.target == target && r.row_type != RowType::Add).map(|at| (i, at))
        })
    }

    /// Shows the field at `pointer`: its step, the nested objects down to it, and focus on it.
    pub fn go_to(&mut self, target: &Target, size: (u16, u16)) {
        if let Some((step, at)) = self.row_in_steps(target) {
            self.go_to_step(step);
            self.focus = at;
            self.keep_focus_visible(size);
            return;
        }
        let steps = self.form.steps().to_vec();
        let at = match target {
            Target::Param(_) => {
                if let Some(i) = steps.iter().position(|s| s.view == View::Params) {
                    self.go_to_step(i);
                    self.focus = self.rows().iter().position(|r| &r.target == target).unwrap_or(0);
                }
                self.keep_focus_visible(size);
                return;
            }
            Target::Field(p) => p.clone(),
        };
        let under = |prefix: &str| at == prefix || (at.starts_with(prefix) && at[prefix.len()..].starts_with('/'));
        let step = steps.iter().position(|s| match &s.view {
            View::Basics(fields) => fields.iter().any(|f| under(f)),
            View::Container(p) => under(p),
            View::Params => false,
        });
        self.go_to_step(step.unwrap_or(0));
        // Walk down through nested containers until the row of the field itself.
        for _ in 0..32 {
            let rows = self.rows();
            let Some(i) = rows
                .iter()
                .position(|r| matches!(&r.target, Target::Field(p) if under(p)) && r.row_type != RowType::Add)
            else {
                break;
            };
            self.focus = i;
            let Target::Field(p) = &rows[i].target else { break };
            if *p == at || !rows[i].kind.is_container() {
                break;
            }
            self.trail.push(p.clone());
            self.focus = 0;
        }
        self.scroll = 0;
        self.keep_focus_visible(size);
    }

    pub fn jump_to_problem(&mut self, index: usize, size: (u16, u16)) {
        let targets = self.problem_targets();
        if let Some(t) = targets.get(index.min(targets.len().saturating_sub(1))) {
            self.problem_cursor = Some(index);
            self.go_to(&t.clone(), size);
        }
    }

    /// Every problem, parameters first, then the document's, then fields the spec does not know
    /// (kept from an import; they may be fine, but they are worth a look before sending).
    pub fn problems(&self) -> Vec<Problem> {
        let params = self.form.param_violations().iter().map(|(n, v)| Problem {
            target: Target::Param(n.clone()),
            at: t!("wizard-problem-parameter", name = n.as_str()),
            code: v.code.clone(),
            message: v.message.clone(),
        });
        let fields = self.form.violations().iter().map(|v| Problem {
            target: Target::Field(v.pointer.clone()),
            at: if v.pointer.is_empty() { "/".to_owned() } else { v.pointer.clone() },
            code: v.code.clone(),
            message: v.message.clone(),
        });
        let mut out: Vec<Problem> = params.chain(fields).collect();
        for at in self.form.unknown_fields() {
            let target = Target::Field(at.clone());
            if !out.iter().any(|p| p.target == target) {
                let message = t!("wizard-problem-unknown", field = crate::pointer::label(&at));
                out.push(Problem { target, at, code: t!("wizard-problem-unknown-code"), message });
            }
        }
        out
    }

    fn problem_targets(&self) -> Vec<Target> {
        self.problems().into_iter().map(|p| p.target).collect()
    }

    pub fn next_problem(&mut self, size: (u16, u16)) -> bool {
        let n = self.problem_targets().len();
        if n == 0 {
            return false;
        }
        let next = self.problem_cursor.map_or(0, |i| (i + 1) % n);
        self.jump_to_problem(next, size);
        true
    }
}

/// One entry of the problems list.
pub struct Problem {
    pub target: Target,
    /// Where, as the list shows it.
    pub at: String,
    pub code: String,
    pub message: String,
}

/// A short name for a target in messages.
pub fn row_label(target: &Target) -> String {
    match target {
        Target::Param(name) => name.clone(),
        Target::Field(p) => crate::pointer::label(p),
    }
}
