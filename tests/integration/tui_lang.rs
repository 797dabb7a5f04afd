//! The wizard's language switch (Ctrl-L): at `update()` level it changes only the test's thread and
//! loses nothing (values, focus, problems, undo, an open editor or menu); in the real binary it
//! follows the locale at the first start and is remembered for the next one.

use apiwizard::form::{FormState, Target};
use apiwizard::i18n::{self, Lang};
use apiwizard::tui::{App, Effect, Msg, update};
use ratatui::crossterm::event::KeyCode;
use serde_json::json;

use super::pty::{ENTER, Pty};
use super::tui_support::*;

const HPC: &str = "ecs hpc";

fn form(app: &App) -> &FormState {
    &app.form().expect("a form is open").form
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(super::english::is_ideograph)
}

fn step_titles(form: &FormState) -> Vec<String> {
    form.steps().iter().map(|s| s.title.clone()).collect()
}

fn status(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

/// Whether `text` is drawn (at 80x24) with the text box's cursor (a reversed cell) in the column
/// right after it: after the two columns of each Chinese character, never inside one.
fn cursor_follows(app: &App, text: &str) -> bool {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("backend");
    terminal.draw(|f| apiwizard::tui::draw(app, f)).expect("draw");
    let buffer = terminal.backend().buffer().clone();
    let chars: Vec<char> = text.chars().collect();
    let width: u16 = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    (0..24u16).any(|y| {
        (0..80u16.saturating_sub(width + 1)).any(|x| {
            let mut at = x;
            let drawn = chars.iter().all(|c| {
                let same = buffer[(at, y)].symbol() == c.to_string();
                at += if c.is_ascii() { 1 } else { 2 };
                same
            });
            drawn && buffer[(x + width, y)].modifier.contains(ratatui::style::Modifier::REVERSED)
        })
    })
}

/// Ctrl-L, checked to hand the run loop the language to set for the process and remember.
fn switch(app: &mut App, to: Lang) {
    let effects = ctrl(app, 'l');
    assert_eq!(effects, vec![Effect::Language(to)], "the loop sets the process language and remembers it");
    assert_eq!(i18n::current(), to);
}

#[test]
fn switching_mid_form_keeps_values_focus_problems_and_undo_and_rebuilds_the_texts() {
    i18n::set_thread(Lang::En);
    let mut app = app();
    open(&mut app, HPC, 0);
    keys(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "cn-hangzhou");
    keys(&mut app, &[KeyCode::Enter, KeyCode::Down]);
    let document = form(&app).document.clone();
    let (step, focus, scroll) = {
        let f = app.form().expect("form");
        (f.step, f.focus, f.scroll)
    };
    let english_steps = step_titles(form(&app));
    let english_problems: Vec<String> = form(&app).violations().iter().map(|v| v.message.clone()).collect();
    assert_eq!(form(&app).problem_count(), 1, "the name is still missing");

    switch(&mut app, Lang::Zh);
    let f = app.form().expect("the form stays open");
    assert_eq!(f.form.document, document, "values kept");
    assert_eq!((f.step, f.focus, f.scroll), (step, focus, scroll), "place kept");
    assert_eq!(f.form.problem_count(), 1, "the same problems");
    assert!(status(&app).starts_with("语言：中文"), "the switch is confirmed in the new language: {}", status(&app));
    // The form's texts are those a form made in Chinese has: rebuilt, not left from before.
    let fresh = FormState::new(f.form.spec().clone(), document.clone(), f.form.params.clone());
    assert_eq!(step_titles(&f.form), step_titles(&fresh));
    let messages: Vec<String> = f.form.violations().iter().map(|v| v.message.clone()).collect();
    let fresh_messages: Vec<String> = fresh.violations().iter().map(|v| v.message.clone()).collect();
    assert_eq!(messages, fresh_messages);
    assert_eq!(step_titles(&f.form)[0], "基本信息", "step titles read in Chinese");
    assert!(messages.iter().all(|m| has_chinese(m)), "problem messages read in Chinese: {messages:?}");
    assert!(has_chinese(&screen(&app, (80, 24))), "the screen is drawn again in Chinese");

    // The edit made before the switch is still the one u takes back, and says so in Chinese.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(form(&app).document, json!({}), "undo undid the pre-switch edit");
    assert!(status(&app).starts_with("已撤销"), "{}", status(&app));
    ctrl(&mut app, 'r');
    assert_eq!(form(&app).document, document, "and redo makes it again");

    switch(&mut app, Lang::En);
    assert_eq!(step_titles(form(&app)), english_steps, "English again");
    let back: Vec<String> = form(&app).violations().iter().map(|v| v.message.clone()).collect();
    assert_eq!(back, english_problems);
    assert!(status(&app).starts_with("Language: English"), "{}", status(&app));
}

#[test]
fn the_start_screen_filter_an_open_menu_and_an_open_editor_survive_a_switch() {
    i18n::set_thread(Lang::En);
    let mut app = app();
    type_text(&mut app, HPC);
    switch(&mut app, Lang::Zh);
    let Some(Effect::ListDrafts(api)) = key(&mut app, KeyCode::Enter).first().cloned() else {
        panic!("Ctrl-L was not typed into the filter: Enter still opens the one API it matches")
    };
    update(&mut app, Msg::Drafts { api, drafts: Vec::new(), history: Vec::new() });
    let menu = |app: &App| match app.overlays.last() {
        Some(apiwizard::tui::Overlay::Menu(m)) => (m.items[0].label.clone(), m.selected, m.title.clone()),
        _ => panic!("the start menu is open"),
    };
    assert_eq!(menu(&app).0, "空白表单");
    assert!(menu(&app).2.ends_with("：选择起点"), "{}", menu(&app).2);
    key(&mut app, KeyCode::Down);
    switch(&mut app, Lang::En);
    assert_eq!(menu(&app), ("Empty form".to_owned(), 1, menu(&app).2), "the menu is made again, the choice kept");
    assert!(menu(&app).2.ends_with(": start from"));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);

    // An open editor keeps its text and stays open.
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    type_text(&mut app, "集群");
    switch(&mut app, Lang::Zh);
    let f = app.form().expect("form");
    assert_eq!(f.editor.as_ref().map(|e| e.text()), Some("集群".to_owned()), "still editing");
    type_text(&mut app, "01");
    assert_eq!(form(&app).value(&Target::Field("/Name".into())), Some(&json!("集群01")));
    assert!(cursor_follows(&app, "集群01"), "the row's editor shows the cursor after the text");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    assert_eq!(form(&app).value(&Target::Field("/Name".into())), Some(&json!("集")), "one whole character");
    assert!(cursor_follows(&app, "集"));
}

#[test]
fn the_help_and_key_hints_follow_the_language_and_list_the_switch() {
    i18n::set_thread(Lang::Zh);
    let mut app = app();
    key(&mut app, KeyCode::Char('?'));
    let text = screen(&app, (120, 40));
    assert!(text.contains("表单") && text.contains("上一个字段"), "the help is in Chinese:\n{text}");
    for _ in 0..80 {
        key(&mut app, KeyCode::Down);
    }
    let end = screen(&app, (120, 40));
    assert!(end.contains("Ctrl-L") && end.contains("切换语言"), "the switch is in the help:\n{end}");
    assert!(end.contains("直接输入会替换"), "the text boxes' keys too:\n{end}");
}

#[test]
fn chinese_typed_into_a_prompt_moves_the_cursor_by_whole_characters() {
    i18n::set_thread(Lang::Zh);
    let mut app = app();
    open(&mut app, HPC, 0);
    key(&mut app, KeyCode::Char('i'));
    type_text(&mut app, "草稿文件");
    key(&mut app, KeyCode::Backspace);
    let Some(apiwizard::tui::Overlay::Prompt(p)) = app.overlays.last() else { panic!("the import prompt is open") };
    assert_eq!(p.text(), "草稿文", "Backspace removed one whole character");
    assert_eq!(p.editor.cursor(), (0, 3), "the cursor is after the third character");
    assert!(cursor_follows(&app, "草稿文"), "on screen the cursor cell follows the text's six columns");
    type_text(&mut app, "x");
    let Some(apiwizard::tui::Overlay::Prompt(p)) = app.overlays.last() else { panic!("still open") };
    assert_eq!(p.text(), "草稿文x");
    assert_eq!(p.editor.cursor(), (0, 4));
}

/// The real binary: the locale picks Chinese at the first start, Ctrl-L switches to English, and the
/// next start (same locale) speaks English because the choice was remembered.
#[test]
fn the_binary_starts_in_the_locale_switches_with_ctrl_l_and_remembers_it() {
    let home = tempfile::tempdir().expect("tempdir");
    let zh = [("LANG", "zh_CN.UTF-8")];
    let mut w = Pty::wizard_with_env(home.path(), &[], &zh);
    w.wait("a Chinese start screen", has_chinese);
    w.send("?");
    w.wait_for("上一个字段");
    // Esc and the next key apart: a terminal reads Esc followed at once by a key as Alt and that key.
    w.send("\u{1b}");
    w.wait("the help to close", |s| !s.contains("上一个字段"));
    w.send("\u{c}");
    w.wait_for("Language: English");
    w.send("?");
    w.wait_for("previous field");
    assert!(!w.contents().contains("上一个字段"));
    w.send("\u{1b}");
    w.wait("the help to close", |s| !s.contains("previous field"));
    w.send("q");
    assert!(w.wait_exit());
    let settings = std::fs::read_to_string(home.path().join("config/settings.toml")).expect("settings written");
    assert!(settings.contains("language = \"en\""), "{settings}");

    let mut again = Pty::wizard_with_env(home.path(), &[], &zh);
    again.send("?");
    again.wait_for("previous field");
    again.send("\u{1b}");
    again.wait("the help to close", |s| !s.contains("previous field"));
    again.send(ENTER);
    again.wait_for("start from");
    again.send("\u{3}");
    assert!(again.wait_exit());
}

#[test]
fn a_form_menu_open_at_the_switch_is_made_again_in_the_new_language_with_its_choice_kept() {
    i18n::set_thread(Lang::En);
    let mut app = app();
    open(&mut app, HPC, 0);
    keys(&mut app, &[KeyCode::Char('e'), KeyCode::Down]);
    let top = |app: &App| match app.overlays.last() {
        Some(apiwizard::tui::Overlay::Menu(m)) => (m.title.clone(), m.selected, m.items[1].label.clone()),
        _ => panic!("the export menu is open"),
    };
    assert_eq!(top(&app).0, "Export");
    switch(&mut app, Lang::Zh);
    assert_eq!(app.overlays.len(), 1, "one menu, made again, not a second one");
    assert_eq!(top(&app), ("导出".to_owned(), 1, "将请求体复制到剪贴板（OSC 52；不含密钥）".to_owned()));
    let effects = key(&mut app, KeyCode::Enter);
    assert!(matches!(effects.first(), Some(Effect::Clipboard(_))), "the entry chosen is the one shown: {effects:?}");
    assert!(status(&app).starts_with("已将请求体复制到剪贴板"), "{}", status(&app));
}

#[test]
fn a_prompt_title_and_a_question_open_at_the_switch_are_said_again_in_the_new_language() {
    i18n::set_thread(Lang::En);
    let mut app = app();
    open(&mut app, HPC, 0);
    key(&mut app, KeyCode::Char('i'));
    type_text(&mut app, "mine.json");
    switch(&mut app, Lang::Zh);
    let Some(apiwizard::tui::Overlay::Prompt(p)) = app.overlays.last() else { panic!("the import prompt is open") };
    assert_eq!(p.title, "导入到此表单：输入 JSON 文件的路径，或粘贴 curl 命令");
    assert_eq!(p.text(), "mine.json", "what was typed is kept");
    key(&mut app, KeyCode::Esc);
    update(&mut app, Msg::FileExists { path: "out.json".into(), contents: "{}".into(), private: false });
    let question = |app: &App| match app.overlays.last() {
        Some(apiwizard::tui::Overlay::Confirm(c)) => c.text.clone(),
        _ => panic!("the overwrite question is open"),
    };
    assert_eq!(question(&app), "out.json 已存在。要覆盖吗？");
    switch(&mut app, Lang::En);
    assert_eq!(question(&app), "out.json already exists. Overwrite it?");
    let effects = key(&mut app, KeyCode::Char('y'));
    assert!(matches!(effects.first(), Some(Effect::WriteFile { overwrite: true, .. })), "{effects:?}");
}
