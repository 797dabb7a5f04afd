//! The start screen: the APIs with type-to-filter.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::spec::{Catalog, Summary};

#[derive(Default)]
pub struct StartScreen {
    pub filter: String,
    pub selected: usize,
    pub wants_quit: bool,
}

impl StartScreen {
    /// The specs whose id, title, provider, product or summary (in either language) contain every
    /// word of the filter.
    pub fn visible<'a>(&self, catalog: &'a Catalog) -> Vec<&'a Summary> {
        let words: Vec<String> = self.filter.to_lowercase().split_whitespace().map(str::to_owned).collect();
        catalog
            .summaries()
            .filter(|s| {
                // Both languages' words find an API, whichever the screen speaks.
                let both = |t: &crate::i18n::Text| format!("{} {}", t.en, t.zh.as_deref().unwrap_or_default());
                let hay =
                    format!("{} {} {} {} {}", s.id, both(&s.title), both(&s.provider), s.product, both(&s.summary))
                        .to_lowercase();
                words.iter().all(|w| hay.contains(w))
            })
            .collect()
    }

    pub fn selected_spec<'a>(&self, catalog: &'a Catalog) -> Option<&'a Summary> {
        self.visible(catalog).get(self.selected).copied()
    }

    pub fn clamp(&mut self, catalog: &Catalog) {
        let n = self.visible(catalog).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    pub fn move_by(&mut self, delta: isize, catalog: &Catalog) {
        let n = self.visible(catalog).len();
        if n > 0 {
            self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
        }
    }

    /// Typing filters; `q` on an empty filter quits (no API name starts with it).
    pub fn type_key(&mut self, key: KeyEvent, catalog: &Catalog) {
        match key.code {
            KeyCode::Char('q') if self.filter.is_empty() => self.wants_quit = true,
            KeyCode::Char(c) if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                self.filter.push(c);
                self.selected = 0;
            }
            KeyCode::Backspace => {
                self.filter.pop();
            }
            _ => {}
        }
        self.clamp(catalog);
    }

    /// A click on a list row selects it (rows start below the title and filter lines).
    pub fn click(&mut self, row: u16, catalog: &Catalog, size: (u16, u16)) {
        let list = super::layout::start(size);
        if row >= list.y && row < list.y + list.height {
            let index = usize::from((row - list.y) / 3);
            if index < self.visible(catalog).len() {
                self.selected = index;
            }
        }
    }
}
