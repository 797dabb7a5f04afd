//! End to end through a pseudo-terminal: the real binary, filled from empty, exported and checked by
//! `apiwizard validate`; a kill -9 mid-edit whose draft the next start restores; submits to the
//! built-in sandbox and, signed with a profile's key, to a `serve --verify-signatures` server.

use std::time::{Duration, Instant};

use super::pty::{BACKSPACE, DOWN, ENTER, Pty};
use super::support::{Served, apiwizard};

/// The wizard on an empty CreateHpcCluster form (two required fields missing).
fn empty_hpc_form(home: &std::path::Path) -> Pty {
    let mut w = Pty::wizard(home, &[]);
    w.wait_for("Choose an API");
    w.send("ecs hpc");
    w.send(ENTER);
    w.wait_for("start from");
    w.send(ENTER);
    w.wait_for("2 problems");
    w
}

/// The texts of the CreateHpcCluster drafts on disk; a temporary file not yet renamed is not a save.
fn hpc_drafts(home: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(home.join("data/drafts/aliyun.ecs.CreateHpcCluster"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect()
}

#[test]
fn fill_from_empty_see_errors_come_and_go_export_and_validate() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = empty_hpc_form(home.path());
    w.send(ENTER);
    w.send("cn-hangzhou");
    w.send(ENTER);
    w.wait_for("1 problem ");
    w.send(DOWN);
    w.send(ENTER);
    w.send("9");
    w.wait_for("InvalidHpcClusterName.Malformed");
    w.send(BACKSPACE);
    w.send("hpc-集群-01");
    w.wait("the error to go", |s| s.contains("✓ valid") && !s.contains("Malformed"));
    w.send(ENTER);
    w.send("e");
    w.wait_for("Export");
    w.send(ENTER);
    w.wait_for("Save the body as");
    for _ in 0..60 {
        w.send(BACKSPACE);
    }
    w.send("body.json");
    w.send(ENTER);
    w.wait_for("wrote body.json");
    w.send("q");
    assert!(w.wait_exit(), "quits cleanly");
    let file = home.path().join("body.json");
    let body: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("exported")).expect("JSON");
    assert_eq!(body, serde_json::json!({"RegionId": "cn-hangzhou", "Name": "hpc-集群-01"}));
    apiwizard(&home).args(["validate", "--api", "aliyun.ecs.CreateHpcCluster"]).arg(&file).assert().code(0);
}

#[test]
fn a_killed_session_is_offered_back_on_the_next_start() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = empty_hpc_form(home.path());
    w.send(ENTER);
    w.send("cn-qingdao");
    // The draft lands on disk within about a second of the last key.
    let start = Instant::now();
    loop {
        if hpc_drafts(home.path()).iter().any(|t| t.contains("cn-qingdao")) {
            break;
        }
        assert!(start.elapsed() < super::pty::DEADLINE, "no draft saved; screen:\n{}", w.contents());
        std::thread::sleep(Duration::from_millis(20));
    }
    let pid = w.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill").args(["-9", &pid.to_string()]).status().expect("kill");
    assert!(killed.success());
    // Not reaped yet: the killed wizard stays a zombie (its PID still in /proc) while the next one
    // starts, which is when a PID-only marker missed the crash.
    let start = Instant::now();
    let state = || std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    while !state().rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('Z')) {
        assert!(start.elapsed() < super::pty::DEADLINE, "the killed wizard never became a zombie: {}", state());
        std::thread::sleep(Duration::from_millis(10));
    }

    let mut again = Pty::wizard(home.path(), &[]);
    // The question wraps where the timestamp's length puts it, so its words are matched apart.
    again.wait("the restore question", |s| {
        s.contains("without quitting") && s.contains("Restore") && s.contains("draft?")
    });
    again.send("y");
    again.wait_for("cn-qingdao");
    again.wait_for("restored the draft");
    again.send("\u{3}");
    assert!(again.wait_exit());
    assert!(!w.wait_exit(), "killed, not exited");
}

#[test]
fn a_terminal_that_goes_away_ends_the_wizard_with_the_draft_saved() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = empty_hpc_form(home.path());
    w.send(ENTER);
    w.send("cn-chengdu");
    // Out of the editor first: the test terminal's writer sends a newline and EOF when it closes,
    // which an open editor would take as keys.
    w.send(ENTER);
    w.wait("the editor to close", |s| s.contains("cn-chengdu") && !s.contains("editing:"));
    w.hang_up();
    // Before this was fixed, the wizard spun a core forever on the dead terminal.
    assert!(w.wait_exit(), "a clean exit, not a crash");
    let texts = hpc_drafts(home.path());
    assert!(texts.iter().any(|t| t.contains("cn-chengdu")), "the edit was saved on the way out: {texts:?}");
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = empty_hpc_form(home.path());
    w.send(ENTER);
    w.send("cn-shanghai");
    w.wait_for("cn-shanghai");
    assert!(!w.restored(), "the wizard runs on the alternate screen");
    let pid = w.child.process_id().expect("pid");
    assert!(std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().expect("kill").success());
    assert!(w.wait_exit(), "SIGTERM ends the wizard cleanly");
    w.wait("the terminal to be restored", |_| w.restored());
    assert!(hpc_drafts(home.path()).iter().any(|t| t.contains("cn-shanghai")), "the edit was saved on the way out");
    let markers = std::fs::read_dir(home.path().join("data/sessions")).expect("the session had a marker").count();
    assert_eq!(markers, 0, "a clean exit leaves no crash marker");
}

/// From the start screen to the Huawei form filled with its first example.
fn open_huawei_example(w: &mut Pty) {
    w.wait_for("Choose an API");
    w.send("huawei");
    w.send(ENTER);
    w.wait_for("start from");
    w.send(DOWN);
    w.send(ENTER);
    w.wait_for("✓ valid");
}

#[test]
fn ctrl_s_submits_to_the_built_in_sandbox_and_the_job_reaches_success() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = Pty::wizard(home.path(), &[]);
    open_huawei_example(&mut w);
    // The sandbox starts just after the first frame; the top bar says when it listens.
    w.wait_for("→ sandbox 127.0.0.1:");
    w.send("\u{13}");
    w.wait_for("Job 1");
    w.wait("the job to reach SUCCESS", |s| s.contains("final state SUCCESS"));
    assert!(w.contents().contains("HTTP 200"));
    w.send("q");
    assert!(w.wait_exit());
    let history = std::fs::read_dir(home.path().join("data/history")).expect("history dir").count();
    assert_eq!(history, 1, "the submission is kept in the history");
}

#[test]
fn a_profile_signs_its_submits_with_the_env_key_and_a_wrong_key_is_explained() {
    let home = tempfile::tempdir().expect("tempdir");
    let served = Served::start(&home, &["--speed", "50", "--verify-signatures"]);
    let key = apiwizard::profile::sandbox_credentials();
    let profiles = format!(
        "[profiles.local]\nprovider = \"huaweicloud\"\nendpoint = \"{url}\"\n\n\
         [profiles.wrong]\nprovider = \"huaweicloud\"\nendpoint = \"{url}\"\ncredentials = \"inline\"\n\
         access_key_id = \"{id}\"\naccess_key_secret = \"not-the-secret\"\n",
        url = served.url,
        id = key.access_key_id
    );
    std::fs::create_dir_all(home.path().join("config")).expect("config dir");
    std::fs::write(home.path().join("config/profiles.toml"), profiles).expect("profiles");
    let vars = [("HUAWEICLOUD_SDK_AK", key.access_key_id.as_str()), ("HUAWEICLOUD_SDK_SK", key.secret.expose())];
    let mut w = Pty::wizard_with_env(home.path(), &["--profile", "local"], &vars);
    open_huawei_example(&mut w);
    w.wait_for("→ local (real cloud)");
    // A loopback server creates nothing billable, so no question comes before it.
    w.send("\u{13}");
    w.wait("the signed job to reach SUCCESS", |s| s.contains("final state SUCCESS"));
    w.send("t");
    w.wait_for("Send Huawei Cloud requests to");
    w.send(DOWN);
    w.send(ENTER);
    w.wait_for("→ wrong (real cloud)");
    w.send("\u{13}");
    w.wait("the refusal to be explained", |s| {
        s.contains("HTTP 401") && s.contains("APIGW.0301") && s.contains("refused")
    });
    assert!(!w.contents().contains(key.secret.expose()), "the secret never shows");
    w.send("q");
    assert!(w.wait_exit());
}

#[test]
fn a_failed_import_keeps_its_prompt_and_the_retyped_path_never_runs_as_commands() {
    let home = tempfile::tempdir().expect("tempdir");
    std::fs::write(home.path().join("text.json"), r#"{"RegionId": "cn-wulanchabu", "Name": "from-file"}"#)
        .expect("fixture");
    let mut w = empty_hpc_form(home.path());
    w.wait_for("→ sandbox 127.0.0.1:");
    w.send("i");
    w.wait_for("Import into this form");
    w.send("tetx.json");
    w.send(ENTER);
    w.wait_for("cannot read tetx.json");
    // Retyped in a hurry: before, t switched the target, e opened the export menu and x cleared a field.
    w.send("\u{15}");
    w.send("text.json");
    w.wait("the retyped path in the prompt", |s| s.contains("text.json") && !s.contains("tetx.json"));
    let screen = w.contents();
    assert!(screen.contains("→ sandbox 127.0.0.1:") && !screen.contains("Export"), "{screen}");
    w.send(ENTER);
    w.wait_for("imported text.json");
    assert!(w.contents().contains("from-file"));
    w.send("q");
    assert!(w.wait_exit());
}

#[test]
fn saving_without_secrets_says_what_the_file_lacks() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = Pty::wizard(home.path(), &[]);
    w.wait_for("Choose an API");
    w.send("starrocks");
    w.send(ENTER);
    w.wait_for("start from");
    w.send(DOWN);
    w.send(ENTER);
    w.wait_for("AdminPassword");
    w.send(DOWN);
    w.send(ENTER);
    w.send("Pw#12345678");
    w.send(ENTER);
    w.send("e");
    w.wait_for("secrets left out");
    w.send(ENTER);
    w.wait_for("Save the body as");
    w.send("sr.json");
    w.send(ENTER);
    w.wait("the note on what was left out", |s| {
        s.contains("wrote sr.json without the secret AdminPassword") && s.contains("will not validate")
    });
    let body = std::fs::read_to_string(home.path().join("sr.json")).expect("written");
    assert!(!body.contains("Pw#12345678") && !body.contains("AdminPassword"), "{body}");
    apiwizard(&home)
        .args(["validate", "--api", "aliyun.starrocks.CreateInstanceV1", "sr.json"])
        .current_dir(home.path())
        .assert()
        .code(1);
    w.send("q");
    assert!(w.wait_exit());
}

#[test]
fn at_80x24_the_preview_shows_a_long_value_whole_and_zooms_to_the_whole_screen() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = Pty::wizard_sized(home.path(), &[], &[], (80, 24));
    open_huawei_example(&mut w);
    w.send("\t");
    w.wait_for("imageRef");
    w.send(DOWN);
    // The preview column, its rows joined: the wrapped image id reads whole.
    w.wait("the whole image id in the preview", |s| {
        let column: String = s.lines().map(|l| l.chars().skip(57).collect::<String>()).collect();
        column.contains("67f433d8-ed0e-4321-a8a2-a71838539e09")
    });
    w.send("z");
    w.wait("the zoomed preview", |s| s.contains("z / Esc back") && !s.contains("Steps"));
    w.send("\u{1b}[6~");
    w.wait_for("lines ");
    w.send("z");
    w.wait_for("Steps");
    w.send("q");
    assert!(w.wait_exit());
}

#[test]
fn a_kill_right_after_typing_is_offered_back_at_once() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = empty_hpc_form(home.path());
    w.send(ENTER);
    w.send("cn-zhangjiakou");
    // No wait for the disk: what the screen shows was saved before it was drawn.
    w.wait_for("cn-zhangjiakou");
    let pid = w.child.process_id().expect("pid");
    assert!(std::process::Command::new("kill").args(["-9", &pid.to_string()]).status().expect("kill").success());
    assert!(!w.wait_exit(), "killed, not exited");
    let mut again = Pty::wizard(home.path(), &[]);
    again.wait("the restore question", |s| s.contains("without quitting") && s.contains("Restore"));
    again.send("y");
    again.wait_for("cn-zhangjiakou");
    again.send("\u{3}");
    assert!(again.wait_exit());
}

#[test]
fn every_resize_is_redrawn_at_once() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut w = empty_hpc_form(home.path());
    let mut slowest = Duration::ZERO;
    for i in 0..20u16 {
        let cols = if i % 2 == 0 { 120 } else { 90 };
        let start = Instant::now();
        w.resize(cols, 30);
        // The steps column is 24 wide from 100 columns up, else 18: its border moves with the frame.
        let border = if cols >= 100 { 23 } else { 17 };
        w.wait("the redraw at the new size", |s| s.lines().nth(2).is_some_and(|l| l.chars().nth(border) == Some('│')));
        slowest = slowest.max(start.elapsed());
    }
    // The report was one resize in ten taking 250 ms; a frame here is a few ms, the wait polls every
    // 20 ms, and a loaded 2-core machine stays well under this bound.
    assert!(slowest < Duration::from_millis(200), "a resize took {slowest:?}");
    w.send("q");
    assert!(w.wait_exit());
}
