//! Undo and redo for the whole form: a snapshot of the values (document, parameters, the stashed
//! branches of alternatives) before every change, with where the change was made, so `u` can take
//! back an edit, a clear, a removed item or key, a switched alternative or an import.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::{FormState, Target};

/// The values of a form at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    document: Value,
    params: Map<String, Value>,
    stash: HashMap<(String, usize), Map<String, Value>>,
    choices: HashMap<String, usize>,
}

impl Snapshot {
    /// Takes `target`'s value (a parameter, or the document's field) from `form`, the only value an
    /// editor changes; returns whether it differed. A field that appeared or went away takes the
    /// whole document.
    fn follow(&mut self, form: &FormState, target: &Target) -> bool {
        match target {
            Target::Param(name) => match form.params.get(name) {
                _ if self.params.get(name) == form.params.get(name) => false,
                Some(value) => {
                    self.params.insert(name.clone(), value.clone());
                    true
                }
                None => self.params.remove(name).is_some(),
            },
            Target::Field(at) => match (self.document.pointer_mut(at), form.document.pointer(at)) {
                (Some(mine), Some(theirs)) if mine == theirs => false,
                (Some(mine), Some(theirs)) => {
                    mine.clone_from(theirs);
                    true
                }
                (None, None) => false,
                _ => {
                    self.document.clone_from(&form.document);
                    true
                }
            },
        }
    }
}

impl FormState {
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            document: self.document.clone(),
            params: self.params.clone(),
            stash: self.stash.clone(),
            choices: self.choices.clone(),
        }
    }

    /// Puts the values of `snapshot` back and validates them again.
    pub fn restore(&mut self, snapshot: Snapshot) {
        self.document = snapshot.document;
        self.params = snapshot.params;
        self.stash = snapshot.stash;
        self.choices = snapshot.choices;
        self.revalidate();
    }
}

/// How many changes can be undone; older ones are dropped.
const DEPTH: usize = 500;

/// The form's past and (after an undo) future. `P` is where a change was made, for the screen to
/// go back to it.
pub struct History<P> {
    /// Each entry: the values before a change, and where the change was made.
    past: Vec<(Snapshot, P)>,
    future: Vec<(Snapshot, P)>,
    current: Snapshot,
    revision: u64,
    /// The field an open editor is changing: its keystrokes are one change, not one per key.
    group: Option<Target>,
}

impl<P> History<P> {
    pub fn new(form: &FormState) -> History<P> {
        History {
            past: Vec::new(),
            future: Vec::new(),
            current: form.snapshot(),
            revision: form.revision(),
            group: None,
        }
    }

    /// Notes the form as it is now. A change since the last call becomes one undo step, except that
    /// changes within one `group` (typing in one editor) join the step before.
    pub fn record(&mut self, form: &FormState, place: P, group: Option<&Target>) {
        if form.revision() == self.revision {
            // A group ends when its editor closes or another opens; the next change starts a step.
            if group != self.group.as_ref() {
                self.group = None;
            }
            return;
        }
        if let Some(target) = group.filter(|g| Some(*g) == self.group.as_ref()) {
            // Typing in one editor changes only its field: the snapshot follows that value instead of
            // copying and comparing the whole form on every key (a 10,000-field form's cost).
            self.revision = form.revision();
            if self.current.follow(form, target) {
                self.future.clear();
            }
            return;
        }
        let now = form.snapshot();
        self.revision = form.revision();
        if now == self.current {
            return;
        }
        if group.is_none() || group != self.group.as_ref() {
            self.past.push((std::mem::replace(&mut self.current, now), place));
            if self.past.len() > DEPTH {
                self.past.remove(0);
            }
        } else {
            self.current = now;
        }
        self.group = group.cloned();
        self.future.clear();
    }

    /// Takes the last change back; returns where it was made, or `None` when there is nothing to undo.
    pub fn undo(&mut self, form: &mut FormState) -> Option<P>
    where
        P: Clone,
    {
        let (before, place) = self.past.pop()?;
        let now = std::mem::replace(&mut self.current, before.clone());
        self.future.push((now, place.clone()));
        self.settle(form, before);
        Some(place)
    }

    /// Makes the last undone change again; returns where it was made.
    pub fn redo(&mut self, form: &mut FormState) -> Option<P>
    where
        P: Clone,
    {
        let (after, place) = self.future.pop()?;
        let now = std::mem::replace(&mut self.current, after.clone());
        self.past.push((now, place.clone()));
        self.settle(form, after);
        Some(place)
    }

    fn settle(&mut self, form: &mut FormState, values: Snapshot) {
        form.restore(values);
        self.revision = form.revision();
        self.group = None;
    }
}
