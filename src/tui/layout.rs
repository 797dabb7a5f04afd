//! Screen geometry, computed from the terminal size alone so the view and mouse handling agree.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the wizard shows a "terminal too small" notice instead of the form.
pub const MIN_SIZE: (u16, u16) = (60, 16);

pub fn too_small(size: (u16, u16)) -> bool {
    size.0 < MIN_SIZE.0 || size.1 < MIN_SIZE.1
}

fn full(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// The start screen's list of APIs (three lines each).
pub fn start(size: (u16, u16)) -> Rect {
    let [_, _, list, _] =
        Layout::vertical([Constraint::Length(2), Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)])
            .areas(full(size));
    list
}

pub struct FormAreas {
    pub top: Rect,
    pub steps: Rect,
    pub rows: Rect,
    pub details: Rect,
    pub preview: Rect,
    pub hints: Rect,
}

pub fn form(size: (u16, u16)) -> FormAreas {
    let [top, body, hints] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(4), Constraint::Length(1)]).areas(full(size));
    let steps_w = if size.0 >= 100 { 24 } else { 18 };
    let preview_w = (size.0.saturating_sub(steps_w) * 2 / 5).max(20);
    let [steps, main, preview] =
        Layout::horizontal([Constraint::Length(steps_w), Constraint::Min(20), Constraint::Length(preview_w)])
            .areas(body);
    let details_h = if size.1 >= 30 { 8 } else { 6 };
    let [rows, details] = Layout::vertical([Constraint::Min(3), Constraint::Length(details_h)]).areas(main);
    FormAreas { top, steps, rows, details, preview, hints }
}

/// How many field rows fit (the list has a border line above and below).
pub fn visible_rows(size: (u16, u16)) -> usize {
    usize::from(form(size).rows.height.saturating_sub(2)).max(1)
}
