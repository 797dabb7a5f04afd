//! Keys land where the user aimed them: failing prompts stay open, refused commands hold the next
//! keys, list commands work on any focused item, undo takes every change back, and text boxes keep
//! readline's keys.

use apiwizard::form::Target;
use apiwizard::tui::{App, Effect, Msg, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::{Value, json};

use super::tui_support::*;

fn doc(app: &App) -> &Value {
    &app.form().expect("a form is open").form.document
}

fn go_to_step(app: &mut App, title: &str) {
    for _ in 0..40 {
        let f = app.form().expect("form");
        if f.form.steps()[f.step].title == title {
            return;
        }
        key(app, KeyCode::Tab);
    }
    panic!("no step {title}");
}

fn focus_row(app: &mut App, pred: impl Fn(&apiwizard::form::Row) -> bool) {
    let at = app.form().expect("form").rows().iter().position(pred).expect("the row");
    while app.form().expect("form").focus > at {
        key(app, KeyCode::Up);
    }
    while app.form().expect("form").focus < at {
        key(app, KeyCode::Down);
    }
}

#[test]
fn a_missing_import_file_keeps_the_prompt_open_and_the_next_keys_go_into_it() {
    let mut app = app();
    open(&mut app, "ecs hpc", 2);
    let before = doc(&app).clone();
    key(&mut app, KeyCode::Char('i'));
    type_text(&mut app, "nope.json");
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::ReadFile("nope.json".into())]);
    update(
        &mut app,
        Msg::FileRead { path: "nope.json".into(), result: Err("cannot read nope.json: No such file".into()) },
    );
    let shown = screen(&app, (80, 24));
    assert!(shown.contains("cannot read nope.json") && shown.contains("Import into this form"), "{shown}");
    // A hurried user retypes the path: t, e, x would switch the target, export and clear a field.
    for _ in 0..9 {
        key(&mut app, KeyCode::Backspace);
    }
    let effects = type_text(&mut app, "text.json");
    assert!(effects.is_empty(), "no letter ran as a command: {effects:?}");
    assert!(screen(&app, (80, 24)).contains("text.json"), "the letters are in the prompt");
    assert_eq!(doc(&app), &before, "nothing outside the prompt changed");
    assert!(app.endpoint.is_sandbox());
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::ReadFile("text.json".into())]);
    update(&mut app, Msg::FileRead { path: "text.json".into(), result: Ok(json!({"RegionId": "cn-x"}).to_string()) });
    assert!(app.overlays.is_empty(), "an import that works closes the prompt");
    assert_eq!(doc(&app), &json!({"RegionId": "cn-x"}));
}

#[test]
fn a_refused_key_name_and_an_unwritable_path_stay_in_their_prompts() {
    let mut app = app();
    open(&mut app, "batch", 1);
    go_to_step(&mut app, "EnvVars");
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, (80, 24)).contains("a key cannot be empty"), "{}", screen(&app, (80, 24)));
    type_text(&mut app, "team");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlays.is_empty());
    assert_eq!(doc(&app)["EnvVars"]["team"], "");
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "/no/such/dir/x.json");
    let effects = key(&mut app, KeyCode::Enter);
    assert!(matches!(effects.as_slice(), [Effect::WriteFile { .. }]), "{effects:?}");
    update(&mut app, Msg::FileWritten(Err("could not write /no/such/dir/x.json: Permission denied".into())));
    assert!(screen(&app, (80, 24)).contains("Permission denied"), "the error is in the prompt");
    assert!(type_text(&mut app, "qx").is_empty(), "q and x are letters of the file name");
    assert!(!app.quit);
}

#[test]
fn typing_replaces_the_default_file_name_and_ctrl_u_clears_it() {
    let mut app = app();
    open(&mut app, "ecs hpc", 2);
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, (80, 24)).contains("typing replaces the selected text"), "the prompt says so");
    type_text(&mut app, "mine.json");
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::WriteFile { path, .. }) = effects.first() else { panic!("{effects:?}") };
    assert_eq!(path, "mine.json", "typing replaced the default");
    update(&mut app, Msg::FileWritten(Ok("mine.json".into())));
    assert!(app.overlays.is_empty());
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    type_text(&mut app, "x");
    update(&mut app, Msg::Key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
    type_text(&mut app, "a b");
    update(&mut app, Msg::Key(KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL)));
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::WriteFile { path, .. }) = effects.first() else { panic!("{effects:?}") };
    assert_eq!(path, "a", "Ctrl-U cleared the line and Ctrl-W the last word");
}

#[test]
fn a_refused_command_says_what_works_and_holds_the_next_keys() {
    let mut app = app();
    open(&mut app, "ecs hpc", 2);
    let before = doc(&app).clone();
    key(&mut app, KeyCode::Char('c'));
    let shown = screen(&app, (80, 24));
    assert!(shown.contains("c duplicates an item of a list") && shown.contains("Enter edits it"), "{shown}");
    assert!(type_text(&mut app, "tex").is_empty(), "t, e and x do nothing while the notice is up");
    assert!(app.endpoint.is_sandbox());
    assert_eq!(doc(&app), &before);
    key(&mut app, KeyCode::Esc);
    assert!(app.overlays.is_empty(), "Esc closes the notice");
    assert!(app.form().is_some(), "and only the notice");
}

#[test]
fn list_commands_work_on_an_item_focused_by_tab_arrows_or_mouse() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    go_to_step(&mut app, "data_volumes");
    let volumes = |app: &App| doc(app)["server"]["data_volumes"].as_array().expect("list").clone();
    let first = volumes(&app)[0].clone();
    assert!(app.form().expect("form").trail.is_empty(), "reached by Tab, not by a");
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(volumes(&app).len(), 3);
    assert_eq!(volumes(&app)[1], first, "the copy is after the original");
    update(&mut app, Msg::Key(KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT)));
    assert_eq!(volumes(&app)[2], first);
    assert_eq!(app.form().expect("form").focus, 2, "the focus follows the item");
    update(&mut app, Msg::Key(KeyEvent::new(KeyCode::Char('K'), KeyModifiers::SHIFT)));
    assert_eq!(app.form().expect("form").focus, 1);
    // By mouse: the rows start two lines below the top (top bar, list border).
    update(&mut app, Msg::Click { column: 25, row: 2 });
    assert_eq!(app.form().expect("form").focus, 0);
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(volumes(&app).len(), 2);
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(volumes(&app).len(), 3, "a on an item adds to its list");
}

#[test]
fn a_on_a_map_key_adds_a_key_to_that_map() {
    let mut app = app();
    open(&mut app, "batch", 1);
    go_to_step(&mut app, "EnvVars");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "one");
    key(&mut app, KeyCode::Enter);
    focus_row(&mut app, |r| r.label == "one");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "two");
    key(&mut app, KeyCode::Enter);
    let keys: Vec<&String> = doc(&app)["EnvVars"].as_object().expect("map").keys().collect();
    assert!(keys.ends_with(&[&"one".to_owned(), &"two".to_owned()]), "{keys:?}");
}

#[test]
fn undo_and_redo_take_back_removals_clears_switches_and_imports() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    let start = doc(&app).clone();
    go_to_step(&mut app, "data_volumes");
    key(&mut app, KeyCode::Char('x'));
    assert_ne!(doc(&app), &start);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(doc(&app), &start, "the removed item is back");
    update(&mut app, Msg::Key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)));
    assert_eq!(doc(&app)["server"]["data_volumes"].as_array().map(Vec::len), Some(1), "redo removes it again");
    key(&mut app, KeyCode::Char('u'));
    // An edit is one step however many keys it took.
    go_to_step(&mut app, "Basics");
    focus_row(&mut app, |r| r.target == Target::Field("/server/name".into()));
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "-more");
    key(&mut app, KeyCode::Enter);
    assert_eq!(doc(&app)["server"]["name"], "newserver-more");
    key(&mut app, KeyCode::Char('x'));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(doc(&app)["server"]["name"], "newserver-more", "the clear is undone");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(doc(&app), &start, "the whole edit is one step");
    update(
        &mut app,
        Msg::FileRead { path: "x.json".into(), result: Ok(json!({"server": {"name": "imp"}}).to_string()) },
    );
    assert_eq!(doc(&app), &json!({"server": {"name": "imp"}}));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(doc(&app), &start, "an import is undone too");
    assert!(screen(&app, (80, 24)).contains("undid the change"));
    let help = {
        key(&mut app, KeyCode::Char('?'));
        screen(&app, (120, 60))
    };
    assert!(help.contains("undo the last change") && help.contains("Ctrl-R"), "{help}");
}

#[test]
fn undo_brings_back_a_switched_alternative_with_its_values() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    go_to_step(&mut app, "Basics");
    let before = doc(&app).clone();
    focus_row(&mut app, |r| r.row_type == apiwizard::form::RowType::Alternatives);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_ne!(doc(&app), &before, "switched");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(doc(&app), &before);
}

/// The StarRocks form with its AdminPassword typed (a secret only the session holds).
fn starrocks_with_a_typed_password() -> App {
    let mut app = app();
    open(&mut app, "starrocks", 1);
    focus_row(&mut app, |r| r.label == "AdminPassword");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Pw#12345678");
    key(&mut app, KeyCode::Enter);
    app
}

#[test]
fn esc_on_the_top_level_asks_before_losing_typed_secrets() {
    let mut app = starrocks_with_a_typed_password();
    key(&mut app, KeyCode::Esc);
    assert!(app.form().is_some(), "not left yet");
    assert!(screen(&app, (80, 24)).contains("AdminPassword will be lost"), "{}", screen(&app, (80, 24)));
    key(&mut app, KeyCode::Char('n'));
    assert!(app.form().is_some());
    key(&mut app, KeyCode::Esc);
    let effects = key(&mut app, KeyCode::Char('y'));
    assert!(app.form().is_none(), "y leaves");
    assert!(effects.contains(&Effect::EndSession), "{effects:?}");
}

#[test]
fn space_flips_a_boolean_and_x_clears_it() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    go_to_step(&mut app, "data_volumes");
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    focus_row(&mut app, |r| r.kind == apiwizard::form::FieldKind::Boolean);
    let target = app.form().expect("form").focused().expect("row").target;
    let value = |app: &App| app.form().expect("form").form.value(&target).cloned();
    let first = value(&app);
    key(&mut app, KeyCode::Char(' '));
    let second = value(&app);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(value(&app), second, "only true and false in the cycle");
    assert!(matches!(second, Some(Value::Bool(_))) && second != first);
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(value(&app), None, "x clears it");
}

#[test]
fn the_multi_line_editor_takes_enter_as_a_new_line_and_esc_finishes() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    go_to_step(&mut app, "Basics");
    focus_row(&mut app, |r| r.target == Target::Field("/server/user_data".into()));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, (80, 24)).contains("Enter new line · Esc finish"), "the hint names the keys");
    type_text(&mut app, "#!/bin/sh");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "echo one");
    update(&mut app, Msg::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL)));
    type_text(&mut app, "echo two");
    key(&mut app, KeyCode::Esc);
    let f = app.form().expect("form");
    assert!(f.editor.is_none(), "Esc finished");
    assert_eq!(f.form.edit_text(&Target::Field("/server/user_data".into())), "#!/bin/sh\necho one\necho two");
}

#[test]
fn saving_without_secrets_names_them_and_with_secrets_asks_and_writes_0600() {
    let mut app = starrocks_with_a_typed_password();
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::WriteFile { path, contents, private: false, .. }) = effects.first().cloned() else {
        panic!("{effects:?}")
    };
    assert!(!contents.contains("AdminPassword"), "{contents}");
    update(&mut app, Msg::FileWritten(Ok(path.clone().into())));
    let said = app.status.clone().expect("status").text;
    assert!(
        said.contains("without the secret AdminPassword") && said.contains("will not validate"),
        "the status says what the file lacks: {said}"
    );
    // At 80 columns the message takes the rows it needs above the bottom line: it is read whole.
    let shown = screen(&app, (80, 24));
    let bottom: Vec<&str> = shown.lines().rev().take(3).collect();
    let joined = bottom.into_iter().rev().collect::<Vec<_>>().join(" ");
    assert!(joined.contains("until it is filled in again"), "{shown}");
    key(&mut app, KeyCode::Char('e'));
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    let asked = screen(&app, (100, 30));
    assert!(asked.contains("AdminPassword in plain text") && asked.contains("0600"), "{asked}");
    key(&mut app, KeyCode::Char('y'));
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::WriteFile { path, contents, private: true, .. }) = effects.first().cloned() else {
        panic!("{effects:?}")
    };
    assert!(contents.contains("Pw#12345678"));
    update(&mut app, Msg::FileWritten(Ok(path.into())));
    let said = app.status.clone().expect("status").text;
    assert!(said.contains("with the secret AdminPassword, readable by you only (0600)"), "{said}");
}

#[test]
fn an_unknown_imported_field_is_a_row_reachable_with_n_and_the_problems_list_and_removable() {
    let mut app = app();
    open(&mut app, "ecs hpc", 0);
    let imported = json!({"RegionId": "cn-beijing", "Name": "abc", "Surprise": 1});
    update(&mut app, Msg::FileRead { path: "x.json".into(), result: Ok(imported.to_string()) });
    key(&mut app, KeyCode::Char('n'));
    let f = app.form().expect("form");
    assert_eq!(f.focused().expect("row").target, Target::Field("/Surprise".into()), "n goes to it");
    let shown = screen(&app, (80, 24));
    assert!(shown.contains("not in the spec"), "{shown}");
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('p'));
    assert!(screen(&app, (80, 24)).contains("/Surprise"), "listed with the problems");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.form().expect("form").focused().expect("row").target, Target::Field("/Surprise".into()));
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(doc(&app), &json!({"RegionId": "cn-beijing", "Name": "abc"}));
}

#[test]
fn every_problem_opens_the_row_it_is_about() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    let mut both = doc(&app).clone();
    both["server"]["adminPass"] = json!("Pw#12345678");
    update(&mut app, Msg::FileRead { path: "x.json".into(), result: Ok(both.to_string()) });
    let problems = app.form().expect("form").problems();
    assert!(!problems.is_empty());
    for (i, problem) in problems.iter().enumerate() {
        key(&mut app, KeyCode::Char('p'));
        for _ in 0..i {
            key(&mut app, KeyCode::Down);
        }
        key(&mut app, KeyCode::Enter);
        let f = app.form().expect("form");
        let row = f.focused().expect("a row is focused");
        let Target::Field(at) = &problem.target else { continue };
        let Target::Field(shown) = &row.target else { panic!("{:?}", row.target) };
        assert!(at == shown || at.starts_with(&format!("{shown}/")), "problem at {at} opened {shown}");
    }
}

#[test]
fn help_pages_with_pgup_pgdn_and_says_there_is_more_and_the_footer_keeps_help_at_80x24() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    let form = screen(&app, (80, 24));
    assert!(form.lines().last().is_some_and(|l| l.ends_with("? help")), "{form}");
    key(&mut app, KeyCode::Char('?'));
    let first = screen(&app, (80, 24));
    assert!(first.contains("PgDn / ↓ for more") && first.contains("lines 1–"), "{first}");
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::PageDown);
    let later = screen(&app, (80, 24));
    assert!(later.contains("Lists and dialogs") || later.contains("Anywhere"), "{later}");
    keys(&mut app, &[KeyCode::PageDown, KeyCode::PageDown, KeyCode::PageDown]);
    let last = screen(&app, (80, 24));
    assert!(last.contains("In text boxes") && last.contains("Ctrl-W") && last.contains("PgUp / ↑ back"), "{last}");
    keys(&mut app, &[KeyCode::PageUp, KeyCode::PageUp, KeyCode::PageUp]);
    key(&mut app, KeyCode::PageUp);
    key(&mut app, KeyCode::PageUp);
    key(&mut app, KeyCode::PageUp);
    assert_eq!(screen(&app, (80, 24)), first, "PgUp pages back to the top");
}

#[test]
fn a_second_ctrl_s_with_the_same_token_is_called_a_replay_and_g_sends_with_a_fresh_one() {
    let mut app = app();
    open(&mut app, "ecs hpc", 1);
    let said = app.status.clone().expect("the fixed token is explained").text;
    assert!(said.contains("idempotency token 123e4567") && said.contains("replays"), "{said}");
    update(&mut app, Msg::SandboxReady(Ok("http://127.0.0.1:9".into())));
    let effects = ctrl(&mut app, 's');
    assert!(matches!(effects.as_slice(), [Effect::Submit(_)]), "{effects:?}");
    assert!(ctrl(&mut app, 's').is_empty(), "asked first");
    let asked = screen(&app, (100, 30));
    assert!(asked.contains("Job 1 sent the idempotency token") && asked.contains("now. Sending"), "{asked}");
    assert!(asked.contains("replay"), "{asked}");
    assert!(key(&mut app, KeyCode::Enter).is_empty(), "a stray Enter sends nothing");
    let effects = key(&mut app, KeyCode::Char('g'));
    let [Effect::Submit(order)] = effects.as_slice() else { panic!("{effects:?}") };
    let token = order.document["ClientToken"].as_str().expect("token");
    assert!(!token.starts_with("123e4567"), "a fresh token: {token}");
    assert_eq!(order.job, 2);
}

#[test]
fn the_drafts_menu_shows_age_and_summary_and_deletes_after_asking() {
    let catalog = super::support::catalog();
    let spec = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
    let saved = time::OffsetDateTime::now_utc() - time::Duration::minutes(3);
    let draft = apiwizard::drafts::Draft {
        id: "d1".into(),
        api: spec.id.clone(),
        saved_at: saved.format(&time::format_description::well_known::Rfc3339).expect("time"),
        secrets_included: false,
        params: Default::default(),
        document: json!({"RegionId": "cn-hangzhou", "Name": "hpc-7"}),
    };
    let mut app = app();
    type_text(&mut app, "ecs hpc");
    key(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Drafts { api: spec.id.clone(), drafts: vec![draft], history: Vec::new() });
    let menu = screen(&app, (100, 30));
    assert!(menu.contains("Draft saved 3 min ago") && menu.contains("Name hpc-7"), "{menu}");
    for _ in 0..=spec.examples.len() {
        key(&mut app, KeyCode::Down);
    }
    assert!(key(&mut app, KeyCode::Char('x')).is_empty());
    assert!(screen(&app, (100, 30)).contains("Delete the Draft saved 3 min ago?"));
    let effects = key(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::DeleteDraft { api: spec.id.clone(), id: "d1".into() }]);
    assert!(!screen(&app, (100, 30)).contains("Draft saved"), "gone from the menu");
}

/// The preview pane's column of an 80x24 screen, its rows joined: wrapped values read whole.
fn preview_text(shown: &str) -> String {
    shown.lines().skip(2).take(21).map(|l| l.chars().skip(57).collect::<String>()).collect()
}

#[test]
fn the_preview_wraps_long_values_keeps_the_focused_field_in_view_and_zooms() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    go_to_step(&mut app, "Basics");
    focus_row(&mut app, |r| r.target == Target::Field("/server/imageRef".into()));
    let shown = screen(&app, (80, 24));
    assert!(preview_text(&shown).contains("67f433d8-ed0e-4321-a8a2-a71838539e09"), "wrapped whole:\n{shown}");
    // A field near the end of the body is still in view.
    focus_row(&mut app, |r| r.target == Target::Field("/server/count".into()));
    assert!(preview_text(&screen(&app, (80, 24))).contains("\"count\""), "{}", screen(&app, (80, 24)));
    key(&mut app, KeyCode::Char('z'));
    let zoomed = screen(&app, (80, 24));
    assert!(zoomed.contains("\"count\"") && zoomed.contains("z / Esc back"), "{zoomed}");
    assert!(!zoomed.contains("Steps"), "the preview has the whole screen");
    let before = app.form().expect("form").focus;
    keys(&mut app, &[KeyCode::PageUp, KeyCode::PageUp, KeyCode::PageUp]);
    assert!(screen(&app, (80, 24)).contains("lines 1–"), "scrolled to the top");
    assert_eq!(app.form().expect("form").focus, before, "arrows scroll the preview, not the rows");
    key(&mut app, KeyCode::Char('x'));
    assert!(doc(&app)["server"].get("count").is_some(), "form keys wait while zoomed");
    key(&mut app, KeyCode::Esc);
    assert!(screen(&app, (80, 24)).contains("Steps"), "Esc goes back to the form");
}

#[test]
fn the_request_view_shows_the_url_ctrl_s_sends_to() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    update(&mut app, Msg::SandboxReady(Ok("http://127.0.0.1:9".into())));
    key(&mut app, KeyCode::Char('v'));
    key(&mut app, KeyCode::Char('z'));
    let shown = screen(&app, (120, 40));
    assert!(shown.contains("POST http://127.0.0.1:9/v1.1/"), "{shown}");
}

#[test]
fn a_paste_under_a_notice_or_menu_does_not_reach_the_form() {
    let mut app = app();
    open(&mut app, "ecs hpc", 2);
    let before = doc(&app).clone();
    key(&mut app, KeyCode::Char('c'));
    update(&mut app, Msg::Paste("cn-beijing".into()));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('e'));
    update(&mut app, Msg::Paste("cn-beijing".into()));
    assert_eq!(doc(&app), &before);
}

#[test]
fn a_body_saved_without_its_password_says_it_now_reads_as_the_image_password() {
    let mut app = app();
    open(&mut app, "huawei", 3);
    assert!(doc(&app)["server"].get("adminPass").is_some(), "the password example");
    // The documented example also names a key pair; log in with the password alone.
    go_to_step(&mut app, "Basics");
    focus_row(&mut app, |r| r.row_type == apiwizard::form::RowType::Alternatives);
    keys(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter]);
    assert!(doc(&app)["server"].get("key_name").is_none());
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::WriteFile { path, .. }) = effects.first().cloned() else { panic!("{effects:?}") };
    update(&mut app, Msg::FileWritten(Ok(path.into())));
    let said = app.status.clone().expect("status").text;
    assert!(said.contains("without the secret server.adminPass"), "{said}");
    assert!(said.contains("server says “Use the image's own password” instead of “Log in with a password”"), "{said}");
}

#[test]
fn a_restored_draft_says_which_secrets_to_type_again() {
    let catalog = super::support::catalog();
    let spec = catalog.get("aliyun.starrocks.CreateInstanceV1").expect("spec");
    let mut document = spec.examples[0].value.clone();
    document.as_object_mut().expect("object").shift_remove("AdminPassword");
    let draft = apiwizard::drafts::Draft {
        id: "d1".into(),
        api: spec.id.clone(),
        saved_at: apiwizard::drafts::now_rfc3339(),
        secrets_included: false,
        params: Default::default(),
        document,
    };
    let mut app = app();
    update(&mut app, Msg::Interrupted(draft));
    assert!(screen(&app, (100, 30)).contains("Restore"), "offered");
    key(&mut app, KeyCode::Char('y'));
    let said = app.status.clone().expect("status").text;
    assert!(said.contains("restored the draft saved just now") && said.contains("type AdminPassword again"), "{said}");
}
