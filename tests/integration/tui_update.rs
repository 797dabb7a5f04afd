//! The wizard's state machine without a terminal: messages in, model and effects out.

use std::time::{Duration, Instant};

use apiwizard::form::Target;
use apiwizard::tui::{Effect, Msg, update};
use ratatui::crossterm::event::KeyCode;
use serde_json::json;

use super::tui_support::*;

const HPC: &str = "ecs hpc";

fn form(app: &apiwizard::tui::App) -> &apiwizard::form::FormState {
    &app.form().expect("a form is open").form
}

#[test]
fn an_inline_error_appears_and_disappears_as_the_user_types() {
    let mut app = app();
    open(&mut app, HPC, 0);
    assert_eq!(form(&app).problem_count(), 2);
    keys(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "cn-hangzhou");
    keys(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter]);
    type_text(&mut app, "1");
    let name = Target::Field("/Name".into());
    let problems = form(&app).problems_under(&name);
    assert!(
        !problems.is_empty() && problems.iter().all(|p| p.code == "InvalidHpcClusterName.Malformed"),
        "{problems:?}"
    );
    assert!(screen(&app, (80, 24)).contains("InvalidHpcClusterName.Malformed"), "shown inline");
    keys(&mut app, &[KeyCode::Backspace]);
    type_text(&mut app, "hpc-集群01");
    assert!(form(&app).problems_under(&name).is_empty());
    assert_eq!(form(&app).problem_count(), 0);
    assert_eq!(form(&app).document, json!({"RegionId": "cn-hangzhou", "Name": "hpc-集群01"}));
}

#[test]
fn integer_fields_refuse_letters_and_say_why() {
    let mut app = app();
    open(&mut app, "huawei", 0);
    let f = app.form().expect("form");
    assert!(f.form.steps().iter().any(|s| s.title == "Basics"));
    // Find count in Basics, edit it.
    keys(&mut app, &[KeyCode::Tab]);
    let rows = app.form().expect("form").rows();
    let at = rows.iter().position(|r| r.target == Target::Field("/server/count".into())).expect("count row");
    for _ in 0..at {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "2x");
    assert_eq!(form(&app).value(&Target::Field("/server/count".into())), Some(&json!(2)));
    let status = app.status.clone().expect("a refusal is explained");
    assert!(status.text.contains("digits only"), "{status:?}");
}

#[test]
fn nested_objects_open_and_esc_returns_to_the_same_row() {
    let mut app = app();
    open(&mut app, "batch", 0);
    let groups =
        app.form().expect("form").form.steps().iter().position(|s| s.title == "Configs").expect("Configs step");
    for _ in 0..groups {
        key(&mut app, KeyCode::Tab);
    }
    let rows = app.form().expect("form").rows();
    let networks = rows.iter().position(|r| r.label == "Networks").expect("Networks row");
    for _ in 0..networks {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.form().expect("form").trail, vec!["/Configs/Networks".to_owned()]);
    assert!(screen(&app, (80, 24)).contains("Configs › Networks"), "breadcrumb");
    key(&mut app, KeyCode::Esc);
    let f = app.form().expect("form");
    assert!(f.trail.is_empty());
    assert_eq!(f.focus, networks);
}

#[test]
fn autosave_saves_at_the_tick_after_each_change_and_leaves_secrets_out() {
    let mut app = app();
    open(&mut app, "starrocks", 1);
    let t0 = Instant::now();
    assert!(update(&mut app, Msg::Tick(t0)).is_empty(), "nothing changed yet");
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    type_text(&mut app, "x");
    let effects = update(&mut app, Msg::Tick(t0 + Duration::from_millis(10)));
    let Some(Effect::SaveDraft(draft)) = effects.first() else { panic!("the next tick saves: {effects:?}") };
    assert_eq!(draft.api, "aliyun.starrocks.CreateInstanceV1");
    assert!(draft.document.get("AdminPassword").is_none(), "secrets are not written: {:?}", draft.document);
    assert!(!draft.secrets_included);
    assert!(update(&mut app, Msg::Tick(t0 + Duration::from_millis(20))).is_empty(), "saved already");
    type_text(&mut app, "yz");
    let effects = update(&mut app, Msg::Tick(t0 + Duration::from_millis(30)));
    assert!(matches!(effects.as_slice(), [Effect::SaveDraft(_)]), "a batch of keys is one save: {effects:?}");
}

#[test]
fn export_writes_the_body_and_asks_before_overwriting() {
    let mut app = app();
    open(&mut app, HPC, 2);
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    for _ in 0..60 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "/tmp/out.json");
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::WriteFile { path, contents, overwrite: false, private: false }) = effects.first().cloned() else {
        panic!("{effects:?}")
    };
    assert_eq!(path, "/tmp/out.json");
    let body: serde_json::Value = serde_json::from_str(&contents).expect("JSON");
    assert_eq!(body, json!({"RegionId": "cn-hangzhou", "Name": "hpc-Cluster-01"}));
    let exists = Msg::FileExists { path: path.clone(), contents: contents.clone(), private: false };
    assert!(update(&mut app, exists).is_empty());
    assert!(screen(&app, (80, 24)).contains("already exists. Overwrite it?"));
    let effects = key(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::WriteFile { path, contents, overwrite: true, private: false }]);
}

#[test]
fn import_keeps_unknown_fields_and_flags_them() {
    let mut app = app();
    open(&mut app, HPC, 0);
    let doc = json!({"RegionId": "cn-beijing", "Name": "abc", "Surprise": 1});
    update(&mut app, Msg::FileRead { path: "x.json".into(), result: Ok(doc.to_string()) });
    assert_eq!(form(&app).document, doc);
    let status = app.status.clone().expect("status");
    assert!(status.text.contains("/Surprise"), "{status:?}");
    assert!(form(&app).problems_under(&Target::Field("/Surprise".into())).len() == 1, "flagged by validation");
}

#[test]
fn alternatives_switch_from_a_menu_without_losing_values() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    let f = &app.form().expect("form").form;
    assert!(f.document.pointer("/server/key_name").is_some());
    let basics = app.form().expect("form").form.steps().iter().position(|s| s.title == "Basics").expect("basics");
    for _ in 0..basics {
        key(&mut app, KeyCode::Tab);
    }
    // The alternatives live on /server; go there through a problem-free path: the rows of Basics.
    app_go_to_server_alternatives(&mut app);
}

fn app_go_to_server_alternatives(app: &mut apiwizard::tui::App) {
    let Some(f) = app.form() else { panic!("form") };
    let alts = f.form.alternatives("/server").expect("login alternatives");
    let password = alts.titles.iter().position(|t| t.contains("password") && !t.contains("image")).expect("password");
    let key_name = f.form.document.pointer("/server/key_name").cloned();
    // The menu is opened from the Alternatives row of /server; it is reached through the trail.
    let screen = match &mut app.screen {
        apiwizard::tui::Screen::Form(s) => s,
        apiwizard::tui::Screen::Start(_) => panic!("form"),
    };
    screen.trail.push("/server".into());
    screen.focus = 0;
    key(app, KeyCode::Enter);
    for _ in 0..password {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
    let doc = &app.form().expect("form").form.document;
    assert!(doc.pointer("/server/key_name").is_none(), "the key pair is put aside");
    key(app, KeyCode::Enter);
    for _ in 0..password {
        key(app, KeyCode::Up);
    }
    key(app, KeyCode::Enter);
    assert_eq!(app.form().expect("form").form.document.pointer("/server/key_name").cloned(), key_name);
}

#[test]
fn next_problem_and_the_problems_list_jump_to_fields() {
    let mut app = app();
    open(&mut app, "batch", 0);
    key(&mut app, KeyCode::Char('n'));
    let first = app.form().expect("form").focused().expect("a focused row");
    assert!(!form(&app).problems_under(&first.target).is_empty(), "n lands on a problem");
    key(&mut app, KeyCode::Char('p'));
    assert!(screen(&app, (80, 24)).contains("Problems"));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let second = app.form().expect("form").focused().expect("focused");
    assert!(!form(&app).problems_under(&second.target).is_empty());
    assert_ne!(first.target, second.target);
}

#[test]
fn help_lists_the_keys_from_the_key_table() {
    let mut app = app();
    open(&mut app, HPC, 0);
    key(&mut app, KeyCode::Char('?'));
    let text = screen(&app, (100, 60));
    for hint in ["submit the request", "go to the next problem", "export: file, clipboard, curl", "Ctrl-S"] {
        assert!(text.contains(hint), "{hint} missing from help:\n{text}");
    }
}

#[test]
fn quitting_saves_and_ends_the_session() {
    let mut app = app();
    open(&mut app, HPC, 0);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "cn");
    let effects = ctrl(&mut app, 'c');
    assert!(app.quit);
    assert!(matches!(effects.first(), Some(Effect::SaveDraft(_))));
    assert_eq!(effects.last(), Some(&Effect::EndSession));
}

#[test]
fn a_click_focuses_the_row_under_the_mouse() {
    let mut app = app();
    open(&mut app, HPC, 0);
    // The top bar is line 0, the list's border line 1, so the third row is on line 4.
    update(&mut app, Msg::Click { column: 25, row: 4 });
    assert_eq!(app.form().expect("form").focus, 2);
}

#[test]
fn tiny_terminals_get_a_clear_notice() {
    let mut app = app();
    update(&mut app, Msg::Resize(40, 10));
    let text = screen(&app, (40, 10));
    assert!(text.contains("Terminal too small: 40x10"), "{text}");
}

#[test]
fn export_as_curl_copies_a_command_with_secrets_masked() {
    let mut app = app();
    open(&mut app, "starrocks", 1);
    key(&mut app, KeyCode::Char('e'));
    let menu_entries = screen(&app, (100, 40));
    assert!(menu_entries.contains("Copy a curl command"), "{menu_entries}");
    let position = [
        "Save the body to a file (secrets left out)",
        "Save the body to a file, secrets included",
        "Copy the body",
        "Copy a curl command",
    ]
    .iter()
    .position(|l| l.starts_with("Copy a curl"))
    .expect("listed");
    for _ in 0..position {
        key(&mut app, KeyCode::Down);
    }
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::Clipboard(text)) = effects.first() else { panic!("{effects:?} / {:?}", app.status) };
    assert!(text.starts_with("curl"), "{text}");
    assert!(text.contains("/webapi/cluster/createV1"), "{text}");
    let password = app.form().expect("form").form.document["AdminPassword"].as_str().expect("a password").to_owned();
    assert!(!text.contains(&password), "the password is masked: {text}");
}

#[test]
fn ctrl_s_refuses_an_invalid_form_and_sends_a_valid_one_once_the_sandbox_is_up() {
    let mut app = app();
    open(&mut app, HPC, 0);
    assert!(ctrl(&mut app, 's').is_empty());
    assert!(app.status.clone().expect("status").text.contains("2 problems are left"));
    let mut app = app_with_example();
    assert!(ctrl(&mut app, 's').is_empty(), "the sandbox is not up yet");
    update(&mut app, Msg::SandboxReady(Ok("http://127.0.0.1:9".into())));
    let effects = ctrl(&mut app, 's');
    let Some(Effect::Submit(order)) = effects.first() else { panic!("{effects:?}") };
    assert_eq!(order.api, "aliyun.ecs.CreateHpcCluster");
    assert_eq!(order.job, 1);
    use apiwizard::tui::JobMsg;
    let job = |event| Msg::Job { job: 1, event };
    update(
        &mut app,
        job(JobMsg::Sent {
            method: "POST".into(),
            url: "http://x/?Action=CreateHpcCluster".into(),
            token: Some("t".into()),
        }),
    );
    update(
        &mut app,
        job(JobMsg::Answered {
            status: 400,
            body: json!({"Code": "InvalidHpcClusterName.Malformed", "Message": "bad\u{1b}[2J"}),
            created: None,
            following: false,
        }),
    );
    let text = screen(&app, (120, 40));
    assert!(text.contains("FAILED") && text.contains("HTTP 400"), "{text}");
    assert!(
        text.contains("InvalidHpcClusterName.Malformed") && text.contains("(400): Name breaks"),
        "explained: {text}"
    );
    assert!(!text.contains('\u{1b}'), "server text is sanitized");
}

fn app_with_example() -> apiwizard::tui::App {
    let mut app = app();
    open(&mut app, HPC, 1);
    app
}

#[test]
fn a_history_entry_reopens_in_the_form() {
    let catalog = super::support::catalog();
    let spec = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
    let doc = json!({"RegionId": "cn-beijing", "Name": "from-history"});
    let mut entry = apiwizard::history::Entry::new(spec, "http://127.0.0.1:1", &Default::default(), &doc, None);
    entry.outcome.status = Some(200);
    entry.outcome.succeeded = true;
    let mut app = app();
    type_text(&mut app, HPC);
    key(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Drafts { api: spec.id.clone(), drafts: Vec::new(), history: vec![entry] });
    assert!(screen(&app, (100, 40)).contains("answered 200"));
    // Empty, two examples, then the history entry.
    keys(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    assert_eq!(form(&app).document, doc);
}

#[test]
fn hostile_keys_never_reach_the_terminal_or_break_the_problems_border() {
    let mut app = app();
    open(&mut app, HPC, 0);
    let doc = json!({"RegionId": "cn-beijing", "\u{1b}]0;owned\u{7}": 1, "\u{1b}[2J\u{9b}2J\nx\ty": "\u{1b}[31m"});
    update(&mut app, Msg::FileRead { path: "x.json".into(), result: Ok(doc.to_string()) });
    for shown in [screen(&app, (80, 24)), {
        key(&mut app, KeyCode::Char('p'));
        screen(&app, (80, 24))
    }] {
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "a control character is drawn:\n{shown}");
        let lines: Vec<&str> = shown.lines().collect();
        let Some(top) = lines.iter().position(|l| l.contains("Problems (Enter")) else { continue };
        // Every row of the box ends in its right border, in the same column as the top corner.
        let corner = lines[top].chars().position(|c| c == '┐').expect("top-right corner");
        let bottom = lines.iter().skip(top).position(|l| l.contains('┘')).expect("bottom") + top;
        for line in &lines[top + 1..bottom] {
            assert_eq!(line.chars().nth(corner), Some('│'), "the border breaks:\n{shown}");
        }
        assert!(shown.contains("/��2J⏎x y  [Invalid"), "the key is shown, made harmless:\n{shown}");
    }
}

#[test]
fn an_import_with_a_key_twice_is_refused_by_name() {
    let mut app = app();
    open(&mut app, HPC, 0);
    let before = form(&app).document.clone();
    let text = r#"{"RegionId": "cn-beijing", "Name": "a", "Name": "b"}"#;
    update(&mut app, Msg::FileRead { path: "x.json".into(), result: Ok(text.into()) });
    let status = app.status.clone().expect("status");
    assert!(status.text.contains("the key \"Name\" appears twice"), "{status:?}");
    assert_eq!(form(&app).document, before, "nothing is imported");
}

#[test]
fn the_export_menu_copies_and_saves_python_and_typescript_sdk_programs() {
    let mut app = app();
    open(&mut app, "starrocks", 1);
    key(&mut app, KeyCode::Char('e'));
    let menu = screen(&app, (100, 40));
    for item in ["Copy a Python", "Save a Python", "Copy a TypeScript", "Save a TypeScript"] {
        assert!(menu.contains(&format!("{item} program for the official SDK")), "{item}: {menu}");
    }
    // Two saves of the body, its copy, curl, .http, HTTPie and the vendor CLI come first.
    for _ in 0..7 {
        key(&mut app, KeyCode::Down);
    }
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::Clipboard(text)) = effects.first() else { panic!("{effects:?} / {:?}", app.status) };
    assert!(text.contains("client.create_instance_v1(request)"), "{text}");
    let password = app.form().expect("form").form.document["AdminPassword"].as_str().expect("a password").to_owned();
    assert!(!text.contains(&password) && text.contains("os.environ[\"ADMIN_PASSWORD\"]"), "{text}");
    // Copy TypeScript (the 10th item): the generic client's call, the password from the environment.
    key(&mut app, KeyCode::Char('e'));
    for _ in 0..9 {
        key(&mut app, KeyCode::Down);
    }
    let effects = key(&mut app, KeyCode::Enter);
    let Some(Effect::Clipboard(text)) = effects.first() else { panic!("{effects:?} / {:?}", app.status) };
    assert!(text.contains("@alicloud/openapi-client") && text.contains("CreateInstanceV1"), "{text}");
    assert!(!text.contains(&password) && text.contains("env(\"ADMIN_PASSWORD\")"), "{text}");
    // Each save (9th: Python, 11th: TypeScript) asks for a file name with the language's extension,
    // and Enter writes the program that the copy gives, without overwriting a file already there.
    for (downs, extension, call) in [(8, ".py", "client.create_instance_v1(request)"), (10, ".ts", "CreateInstanceV1")]
    {
        key(&mut app, KeyCode::Char('e'));
        for _ in 0..downs {
            key(&mut app, KeyCode::Down);
        }
        key(&mut app, KeyCode::Enter);
        let Some(apiwizard::tui::Overlay::Prompt(prompt)) = app.overlays.last() else { panic!("a file-name prompt") };
        let name = prompt.text();
        assert!(name.ends_with(extension) && !name.contains('-'), "{name}");
        assert!(prompt.title.contains("Save the program as"), "{}", prompt.title);
        let effects = key(&mut app, KeyCode::Enter);
        let Some(Effect::WriteFile { path, contents, overwrite: false, private: false }) = effects.first() else {
            panic!("{effects:?}")
        };
        assert_eq!(path, &name);
        assert!(contents.contains(call) && !contents.contains(&password), "{contents}");
        update(&mut app, Msg::FileWritten(Ok(path.into())));
        assert!(app.overlays.is_empty(), "the prompt closes once the file is written: {:?}", app.status);
    }
}
