//! List and map commands on the focused row: add, duplicate, move, and what works on a row when
//! a command does not — the same wherever the focus came from.

use super::app::Level;
use super::form_screen::{FormScreen, Ui};
use super::keymap::Action;
use super::overlay::{Overlay, Prompt, PromptPurpose};
use crate::form::{FieldKind, RowType, Target};

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
                    ui.say(Level::Info, format!("added item #{} to {}", i + 1, crate::pointer::label(&at)));
                }
                Err(e) => ui.refuse(format!("{}: {e}.", crate::pointer::label(&at)), &self.what_works(row)),
            },
            Some((at, _)) => ui.overlays.push(Overlay::Prompt(Prompt::new(
                &format!("New key in {}", crate::pointer::label(&at)),
                "",
                PromptPurpose::AddKey { at },
            ))),
            None => {
                ui.refuse("a adds an item to a list or a key to a map, and this row is neither.", &self.what_works(row))
            }
        }
    }

    /// `c`, `K`, `J`: duplicate or move the focused list item.
    pub(super) fn item_op(&mut self, action: Action, row: Option<&crate::form::Row>, ui: &mut Ui) {
        let item = row.and_then(|r| match r.row_type {
            RowType::Item(i) => self.container_of(r).map(|(at, _)| (at, i)),
            _ => None,
        });
        let Some((at, i)) = item else {
            let verb = match action {
                Action::DuplicateItem => "c duplicates",
                Action::MoveItemUp => "K moves up",
                _ => "J moves down",
            };
            ui.refuse(format!("{verb} an item of a list, and this row is not one."), &self.what_works(row));
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
                let done = match action {
                    Action::DuplicateItem => format!("copied item #{} to #{}", i + 1, to + 1),
                    _ => format!("moved item #{} to #{}", i + 1, to + 1),
                };
                ui.say(Level::Info, format!("{done} of {} (u undoes)", crate::pointer::label(&at)));
            }
            Err(crate::form::EditError::NoSuchValue) => {
                let edge = if action == Action::MoveItemUp { "first" } else { "last" };
                ui.say(Level::Info, format!("item #{} is already the {edge}", i + 1));
            }
            Err(e) => ui.refuse(format!("{}: {e}.", crate::pointer::label(&at)), &self.what_works(row)),
        }
    }

    /// The keys that act on `row`, for a refusal to say what works there instead.
    pub(super) fn what_works(&self, row: Option<&crate::form::Row>) -> String {
        let Some(row) = row else { return "Tab goes to another step; ? lists every key.".into() };
        let text = match (&row.row_type, row.kind) {
            (RowType::Item(_), _) => {
                "On a list item: Enter opens or edits it, c duplicates it, K / J move it, x removes it, a adds an item."
            }
            (RowType::Key(_), _) => {
                "On a map key: Enter edits its value, r renames the key, x removes it, a adds a key."
            }
            (RowType::Add, _) => "On this row Enter adds.",
            (RowType::Alternatives, _) => "On this row Enter chooses between the alternatives.",
            (_, FieldKind::Boolean) => "On a true/false field: Space toggles it, x clears it.",
            (_, FieldKind::Array) => "On a list: Enter opens it, a adds an item.",
            (_, FieldKind::Map) => "On a map: Enter opens it, a adds a key.",
            (_, FieldKind::Object) => "On an object: Enter opens it.",
            (_, FieldKind::Choice) => "On a choice: Enter opens the list of values, x clears it.",
            _ => "On a field: Enter edits it, x clears it.",
        };
        text.to_owned()
    }
}
