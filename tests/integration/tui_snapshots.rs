//! Screens at 80x24 as text snapshots: each API's first screen, a nested screen, a list editor, an
//! error state and the JSON preview.

use ratatui::crossterm::event::KeyCode;

use super::tui_support::*;

fn first_screen(filter: &str) -> String {
    let mut app = app();
    open(&mut app, filter, 0);
    screen(&app, (80, 24))
}

#[test]
fn start_screen() {
    insta::assert_snapshot!(screen(&app(), (80, 24)));
}

#[test]
fn first_screens_of_each_api() {
    insta::assert_snapshot!("batchcompute_first", first_screen("batch"));
    insta::assert_snapshot!("ehpc_first", first_screen("e-hpc"));
    insta::assert_snapshot!("huawei_first", first_screen("huawei"));
    insta::assert_snapshot!("starrocks_first", first_screen("starrocks"));
    insta::assert_snapshot!("hpc_first", first_screen("ecs hpc"));
}

#[test]
fn nested_screen_and_list_editor() {
    let mut app = app();
    open(&mut app, "huawei", 1);
    while app.form().expect("form").form.steps()[app.form().expect("form").step].title != "data_volumes" {
        key(&mut app, KeyCode::Tab);
    }
    insta::assert_snapshot!("huawei_data_volumes_list", screen(&app, (80, 24)));
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    insta::assert_snapshot!("huawei_data_volume_nested", screen(&app, (80, 24)));
}

#[test]
fn error_state_and_preview_modes() {
    let mut app = app();
    open(&mut app, "ecs hpc", 1);
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    for _ in 0..20 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "9-starts-with-digit");
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("hpc_error_state", screen(&app, (80, 24)));
    key(&mut app, KeyCode::Char('v'));
    insta::assert_snapshot!("hpc_http_preview", screen(&app, (80, 24)));
    key(&mut app, KeyCode::Char('v'));
    insta::assert_snapshot!("hpc_wire_preview", screen(&app, (80, 24)));
}
