//! List and map commands on the focused row: add, duplicate, move, and what works on a row when
//! a command does not — the same wherever the focus came from.

use super::app::Level;
use super::form_screen::{FormScreen, Ui};
use super::keymap::Action;
use super::overlay::{Overlay, Prompt, PromptPurpose};
use crate::form::{FieldKind, RowType, Target};
use crate::t;

impl FormScreen {
    /// The list or map a row is, or belongs to (its items and keys, its "+ add" row).
    pub(super) fn container_of(&self, row: &crate::form::Row) -> Option<(String, FieldKind)> {
        let Target::Field(p) = &row.target else { return None };
        match row.row_type {
            RowType::Item(_) | RowType::Key(_) => {
                let (parent, _) = crate::pointer::split_last(p)?;
                let kind = self.form.kind(&Target::Field(parent.to_owned()));
                Some((parent.to_owned(), kind))
            }
            RowType::Add => Some((p.clone(), row.kind)),
            RowType::Field if matches!(row.kind, FieldKind::Array | FieldKind::Map) => Some((p.clone(), row.kind)),
            _ => None,
        }
    }

    /// Shows the list or map at `at` (entering it when another view is shown).
    pub(super) fn show_container(&mut self, at: &str) {
        if self.view() != crate::form::View::Container(at.to_owned()) {
            self.trail.push(at.to_owned());
        }
    }

    /// `a`: a new item in the list (or key in the map) the focused row is or belongs to, or the one
    /// shown; the same wherever the focus came from (Tab, arrows, a click, `n`).
    pub(super) fn add(&mut self, row: Option<&crate::form::Row>, ui: &mut Ui) {
        let shown = match self.view() {
            crate::form::View::Container(at) => Some((at.clone(), self.form.kind(&Target::Field(at)))),
            _ => None,
        };
        let container = row
            .and_then(|r| self.container_of(r))
            .or(shown)
            .filter(|(_, k)| matches!(k, FieldKind::Array | FieldKind::Map));
        match container {
            Some((at, FieldKind::Array)) => match self.form.add_item(&at) {
                Ok(i) => {
                    self.show_container(&at);
                    self.focus = i;
                    ui.say(Level::Info, t!("wizard-added-item", number = i + 1, list = crate::pointer::label(&at)));
                }
                Err(e) => ui.refuse(
                    t!("wizard-list-refused", list = crate::pointer::label(&at), error = e.to_string()),
                    &self.what_works(row),
                ),
            },
            Some((at, _)) => ui.overlays.push(Overlay::Prompt(Prompt::new(
                {
                    let map = crate::pointer::label(&at);
                    move || t!("wizard-new-key-prompt", map = map.as_str())
                },
                "",
                PromptPurpose::AddKey { at },
            ))),
            None => ui.refuse(t!("wizard-refuse-add"), &self.what_works(row)),
        }
    }

    /// `c`, `K`, `J`: duplicate or move the focused list item.
    pub(super) fn item_op(&mut self, action: Action, row: Option<&crate::form::Row>, ui: &mut Ui) {
        let item = row.and_then(|r| match r.row_type {
            RowType::Item(i) => self.container_of(r).map(|(at, _)| (at, i)),
            _ => None,
        });
        let Some((at, i)) = item else {
            let why = match action {
                Action::DuplicateItem => t!("wizard-refuse-duplicate"),
                Action::MoveItemUp => t!("wizard-refuse-move-up"),
                _ => t!("wizard-refuse-move-down"),
            };
            ui.refuse(why, &self.what_works(row));
            return;
        };
        let result = match action {
            Action::DuplicateItem => self.form.duplicate_item(&at, i),
            Action::MoveItemUp => self.form.move_item(&at, i, true),
            _ => self.form.move_item(&at, i, false),
        };
        match result {
            Ok(to) => {
                self.focus = to;
                let list = crate::pointer::label(&at);
                let done = match action {
                    Action::DuplicateItem => t!("wizard-copied-item", from = i + 1, to = to + 1, list = list),
                    _ => t!("wizard-moved-item", from = i + 1, to = to + 1, list = list),
                };
                ui.say(Level::Info, done);
            }
            Err(crate::form::EditError::NoSuchValue) => {
                let said = if action == Action::MoveItemUp {
                    t!("wizard-item-first", number = i + 1)
                } else {
                    t!("wizard-item-last", number = i + 1)
                };
                ui.say(Level::Info, said);
            }
            Err(e) => ui.refuse(
                t!("wizard-list-refused", list = crate::pointer::label(&at), error = e.to_string()),
                &self.what_works(row),
            ),
        }
    }

    /// The keys that act on `row`, for a refusal to say what works there instead.
    pub(super) fn what_works(&self, row: Option<&crate::form::Row>) -> String {
        let Some(row) = row else { return t!("wizard-works-nothing") };
        match (&row.row_type, row.kind) {
            (RowType::Item(_), _) => t!("wizard-works-item"),
            (RowType::Key(_), _) => t!("wizard-works-key"),
            (RowType::Add, _) => t!("wizard-works-add"),
            (RowType::Alternatives, _) => t!("wizard-works-alternatives"),
            (_, FieldKind::Boolean) => t!("wizard-works-boolean"),
            (_, FieldKind::Array) => t!("wizard-works-list"),
            (_, FieldKind::Map) => t!("wizard-works-map"),
            (_, FieldKind::Object) => t!("wizard-works-object"),
            (_, FieldKind::Choice) => t!("wizard-works-choice"),
            _ => t!("wizard-works-field"),
        }
    }
}
