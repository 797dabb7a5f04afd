//! The wizard in Chinese: snapshots at 80x24 (start screen, each API's first form, the problems
//! list, the job pane after a sandbox submit) and one at 120x40; a walk through every step of every
//! API that finds no English sentence on screen; and the value column aligned under wide text.

use apiwizard::i18n::{self, Lang};
use apiwizard::tui::{App, Effect, JobMsg, Msg, update};
use ratatui::crossterm::event::KeyCode;
use serde_json::Value;

use super::english::english_run;
use super::tui_support::*;

const APIS: [(&str, &str); 5] = [
    ("batchcompute", "batch"),
    ("ehpc", "e-hpc"),
    ("huawei", "huawei"),
    ("starrocks", "starrocks"),
    ("hpc", "ecs hpc"),
];

fn chinese_app() -> App {
    i18n::set_thread(Lang::Zh);
    app()
}

/// Digits of elapsed times (`0.0 s`, `  0.1s`) made steady, so a snapshot does not depend on speed.
fn steady_times(screen: &str) -> String {
    let chars: Vec<char> = screen.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        // A number with one decimal, then `s` or ` s`.
        let start = i;
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        let timed = j > start
            && (start == 0 || !chars[start - 1].is_ascii_alphanumeric())
            && chars.get(j) == Some(&'.')
            && chars.get(j + 1).is_some_and(char::is_ascii_digit)
            && (chars.get(j + 2) == Some(&'s') || (chars.get(j + 2) == Some(&' ') && chars.get(j + 3) == Some(&'s')));
        if timed {
            out.extend(std::iter::repeat_n('9', j - start));
            out.push('.');
            out.push('9');
            i = j + 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn start_screen_in_chinese() {
    let app = chinese_app();
    let text = screen(&app, (80, 24));
    insta::assert_snapshot!("zh_start_screen", &text);
    assert_eq!(english_run(&text, &[]), None);
}

#[test]
fn the_start_filter_finds_an_api_by_its_words_in_either_language() {
    for filter in ["华为", "huawei cloud"] {
        let mut app = chinese_app();
        type_text(&mut app, filter);
        let text = screen(&app, (80, 24));
        assert!(text.contains("huaweicloud.ecs.CreateServers"), "{filter}: {text}");
        assert!(!text.contains("aliyun."), "{filter} finds Huawei only: {text}");
    }
}

#[test]
fn first_form_of_each_api_in_chinese() {
    for (name, filter) in APIS {
        let mut app = chinese_app();
        open(&mut app, filter, 0);
        insta::assert_snapshot!(format!("zh_{name}_first"), screen(&app, (80, 24)));
    }
}

#[test]
fn a_form_at_120x40_in_chinese() {
    let mut app = chinese_app();
    update(&mut app, Msg::Resize(120, 40));
    open(&mut app, "e-hpc", 1);
    insta::assert_snapshot!("zh_ehpc_example_120x40", screen(&app, (120, 40)));
}

#[test]
fn the_problems_list_in_chinese() {
    let mut app = chinese_app();
    open(&mut app, "ecs hpc", 0);
    key(&mut app, KeyCode::Char('p'));
    let text = screen(&app, (80, 24));
    assert!(text.contains("问题（Enter 跳转到该字段）"), "{text}");
    insta::assert_snapshot!("zh_problems_list", text);
}

/// The screen's cells of row `y` from column `x`, one string per cell (a wide character's second
/// cell is empty).
fn cells(app: &App, size: (u16, u16), y: u16) -> Vec<String> {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(size.0, size.1)).expect("backend");
    terminal.draw(|f| apiwizard::tui::draw(app, f)).expect("draw");
    let buffer = terminal.backend().buffer().clone();
    (0..size.0).map(|x| buffer[(x, y)].symbol().to_owned()).collect()
}

/// Every field row's value starts in the same column: right after the label column, whatever the
/// label's script.
fn assert_values_aligned(app: &App, size: (u16, u16)) {
    let rows = screen(app, size);
    let lines: Vec<&str> = rows.lines().collect();
    let Some(first) = lines.iter().position(|l| l.contains("│ 字段") || l.contains("│ /")) else {
        panic!("no field list:\n{rows}")
    };
    let header = cells(app, size, u16::try_from(first).expect("row"));
    // The rows pane starts after the steps' border and ends at the preview's.
    let left = header.iter().position(|c| c == "│").expect("steps border") + 1;
    let right = header.iter().rposition(|c| c == "│").expect("preview border");
    let label_w = ((right - left) / 2).clamp(10, 28);
    let value_at = left + 2 + label_w + 1;
    let mut checked = 0;
    for y in first + 1..lines.len() {
        let row = cells(app, size, u16::try_from(y).expect("row"));
        if row[left..right].iter().all(|c| c == "─" || c == " " || c.is_empty()) || row[left] == "─" {
            break;
        }
        // The focused row's problem line sits under it, indented: not a field row.
        if row[left + 2] == "✗" {
            continue;
        }
        assert_eq!(row[value_at - 1], " ", "the label overflows its column on row {y}:\n{rows}");
        let value: String = row[value_at..right].concat();
        if !value.trim().is_empty() {
            assert_ne!(row[value_at], " ", "the value starts late on row {y}:\n{rows}");
        }
        checked += 1;
    }
    assert!(checked > 0, "no field row was checked:\n{rows}");
}

#[test]
fn every_step_of_every_api_reads_chinese_with_aligned_columns() {
    let mut found = std::collections::BTreeSet::new();
    let mut steps_walked = 0;
    for (name, filter) in APIS {
        let mut app = chinese_app();
        if let Some(s) = english_run(&screen(&app, (80, 24)), &[]) {
            found.insert(format!("start screen: {s}"));
        }
        open(&mut app, filter, 0);
        let steps = app.form().expect("form").form.steps().len();
        for step in 0..steps {
            assert_eq!(app.form().expect("form").step, step, "{name}");
            let text = screen(&app, (80, 24));
            if let Some(s) = english_run(&text, &[]) {
                found.insert(format!("{name}: {s}"));
            }
            assert_values_aligned(&app, (80, 24));
            key(&mut app, KeyCode::Char('p'));
            if let Some(s) = english_run(&screen(&app, (80, 24)), &[]) {
                found.insert(format!("{name} problems: {s}"));
            }
            key(&mut app, KeyCode::Esc);
            key(&mut app, KeyCode::Tab);
            steps_walked += 1;
        }
    }
    assert!(steps_walked >= APIS.len() * 2, "every API has steps to walk: {steps_walked}");
    assert_eq!(found, Default::default(), "English sentences on the Chinese screens");
}

#[test]
fn a_chinese_map_key_keeps_the_values_aligned() {
    let mut app = chinese_app();
    open(&mut app, "huawei", 1);
    let steps = app.form().expect("form").form.steps().len();
    for _ in 0..steps {
        let f = app.form().expect("form");
        if f.form.steps()[f.step].title == "metadata" {
            break;
        }
        key(&mut app, KeyCode::Tab);
    }
    // The last row adds a key; its prompt takes the name.
    let rows = app.form().expect("form").rows().len();
    for _ in 1..rows {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "环境标签");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, (80, 24));
    assert!(text.contains("环境标签"), "{text}");
    assert_values_aligned(&app, (80, 24));
}

/// Sends the submit the wizard asked for to the in-process sandbox, reporting to the wizard what
/// its submitter reports: the request sent, the answer, and each state of the job until a final one.
fn submit_to_sandbox(app: &mut App, server: &apiwizard::sandbox::Background, effects: Vec<Effect>) {
    use apiwizard::http::{self, Endpoint, Submission, SubmitEvent};
    let Some(Effect::Submit(order)) = effects.into_iter().next() else { panic!("Ctrl-S submits") };
    let job = order.job;
    let catalog = super::support::shared_catalog();
    let submission = Submission {
        api: order.api.clone(),
        params: order.params.clone(),
        document: order.document.clone(),
        endpoint: Endpoint::Sandbox(server.base_url()),
    };
    let mut sent = Vec::new();
    let runtime = super::support::runtime();
    let client = super::support::client(1);
    let submitted = runtime
        .block_on(http::submit(&client, &catalog, submission, &mut |event| {
            if let SubmitEvent::Prepared { method, url, token } = event {
                sent.push(JobMsg::Sent { method, url, token });
            }
        }))
        .expect("the sandbox answers");
    for event in sent {
        update(app, Msg::Job { job, event });
    }
    // The sandbox makes new ids each time: pinned, so the snapshot holds still.
    let mut body = serde_json::to_string(&submitted.reply.body).expect("JSON");
    if let Some(id) = &submitted.created_id {
        body = body.replace(id.as_str(), "sandbox-id-0001");
    }
    if let Some(request) = submitted.reply.body.get("RequestId").and_then(Value::as_str) {
        body = body.replace(request, "request-0001");
    }
    let following = submitted.job.is_some() && submitted.reply.is_success();
    let created = submitted.created_id.as_ref().map(|_| "sandbox-id-0001".to_owned());
    let answer = serde_json::from_str(&body).expect("JSON");
    update(
        app,
        Msg::Job { job, event: JobMsg::Answered { status: submitted.reply.status, body: answer, created, following } },
    );
    let Some(to_follow) = submitted.job.filter(|_| following) else { return };
    let spec = catalog.get(&order.api).expect("spec");
    let progress = apiwizard::jobs::Progress::of(spec).expect("progress");
    let options = apiwizard::jobs::PollOptions { interval: std::time::Duration::from_millis(5), ..Default::default() };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    runtime.block_on(apiwizard::jobs::watch(&client, &progress, &to_follow, &server.base_url(), options, job, &tx));
    while let Ok(update_) = rx.try_recv() {
        if let apiwizard::jobs::JobEvent::Status(s) = update_.event {
            update(app, Msg::Job { job, event: JobMsg::State { state: s.state, phase: s.phase } });
        }
    }
}

fn submitted(filter: &str, server: &apiwizard::sandbox::Background) -> App {
    let mut app = chinese_app();
    open(&mut app, filter, 1);
    update(&mut app, Msg::SandboxReady(Ok(server.base_url())));
    let effects = ctrl(&mut app, 's');
    submit_to_sandbox(&mut app, server, effects);
    app
}

#[test]
fn the_job_pane_in_chinese_after_a_sandbox_submit() {
    let server = super::support::sandbox(&Default::default());
    let app = submitted("ecs hpc", &server);
    // The sandbox's port changes from run to run; the snapshot shows five zeros.
    let url = server.base_url();
    let port = url.rsplit(':').next().expect("a port");
    let text = steady_times(&screen(&app, (80, 24))).replace(&format!(":{port}"), ":00000");
    insta::assert_snapshot!("zh_job_pane", &text);
    assert!(text.contains("成功") && text.contains("时间线"), "{text}");
}

#[test]
fn every_api_submitted_in_chinese_reads_chinese() {
    let server = super::support::sandbox(&Default::default());
    let mut found = Vec::new();
    for (name, filter) in APIS {
        let app = submitted(filter, &server);
        let text = screen(&app, (120, 40));
        assert!(text.contains("成功"), "{name} reaches its final state:\n{text}");
        if let Some(s) = english_run(&text, &[]) {
            found.push(format!("{name}: {s}"));
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn every_pane_in_chinese_draws_at_any_size_without_a_panic() {
    let server = super::support::sandbox(&Default::default());
    let mut app = submitted("huawei", &server);
    let sizes = [(1, 1), (20, 5), (59, 15), (60, 16), (80, 24), (120, 40), (200, 12)];
    for layer in ['?', 'p'] {
        for size in sizes {
            update(&mut app, Msg::Resize(size.0, size.1));
            let text = screen(&app, size);
            assert_eq!(text.lines().count(), usize::from(size.1), "{size:?}");
            for line in text.lines() {
                assert!(unicode_width::UnicodeWidthStr::width(line) <= usize::from(size.0), "{size:?}: {line:?}");
            }
        }
        key(&mut app, KeyCode::Char(layer));
    }
    let mut start = chinese_app();
    type_text(&mut start, "没有这个");
    assert!(screen(&start, (60, 16)).contains("没有与 \"没有这个\" 匹配的 API"));
}

#[test]
fn a_job_followed_in_chinese_is_told_again_in_english_after_a_switch_and_back() {
    let server = super::support::sandbox(&Default::default());
    let mut app = submitted("ecs hpc", &server);
    let entries = app.jobs[0].timeline.len();
    let chinese = screen(&app, (120, 40));
    assert!(chinese.contains("时间线") && chinese.contains("已发送"), "{chinese}");
    ctrl(&mut app, 'l');
    let english = screen(&app, (120, 40));
    assert!(english.contains("Timeline") && english.contains("sent"), "{english}");
    assert!(!english.contains("时间线") && !english.contains("已发送"), "the job kept its Chinese:\n{english}");
    assert_eq!(app.jobs[0].timeline.len(), entries, "every report is told again, none twice");
    ctrl(&mut app, 'l');
    // All but the status line, which now says the language was switched.
    let panes = |text: &str| text.lines().take(39).collect::<Vec<_>>().join("\n");
    assert_eq!(panes(&screen(&app, (120, 40))), panes(&chinese), "back in Chinese, the pane is as it was");
}
