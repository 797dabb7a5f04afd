//! The wizard with real-cloud profiles, through `update` (no network): the profile menu, Ctrl-S asking
//! before the first billable submit per endpoint (never for the sandbox), the dry run offered where
//! the API has one, missing keys named, refusals explained, the signature view, and curl imports.

use std::path::Path;

use apiwizard::profile::Profiles;
use apiwizard::tui::{App, Destination, Effect, JobMsg, Msg, SubmitOrder, update};
use ratatui::crossterm::event::KeyCode;
use serde_json::json;

use super::tui_support::*;

const SECRET: &str = "test-secret-that-must-never-show";

fn profiles() -> Profiles {
    let text = format!(
        "[profiles.hw]\nprovider = \"huaweicloud\"\nregion = \"cn-north-4\"\ncredentials = \"inline\"\n\
         access_key_id = \"HPUATESTKEYID00000001\"\naccess_key_secret = \"{SECRET}\"\n\
         [profiles.ali]\nprovider = \"aliyun\"\nregion = \"cn-hangzhou\"\ncredentials = \"inline\"\n\
         access_key_id = \"LTAITESTKEYID00000001\"\naccess_key_secret = \"{SECRET}\"\n\
         [profiles.keyless]\nprovider = \"aliyun\"\ncredentials = \"none\"\n"
    );
    Profiles::parse(Path::new("profiles.toml"), &text).expect("valid profiles")
}

fn no_env(_: &str) -> Option<String> {
    None
}

/// A form of `filter`'s API from origin `choice`, with the test profiles and an empty environment.
fn app_on(filter: &str, choice: usize, profile: &str) -> App {
    let mut app = app();
    app.endpoint.profiles = profiles();
    app.endpoint.env = no_env;
    app.endpoint.profile = profile.to_owned();
    open(&mut app, filter, choice);
    app
}

fn status(app: &App) -> String {
    app.status.clone().map(|s| s.text).unwrap_or_default()
}

fn submitted(effects: &[Effect]) -> SubmitOrder {
    match effects.first() {
        Some(Effect::Submit(order)) => order.clone(),
        other => panic!("expected a submit, got {other:?}"),
    }
}

#[test]
fn the_profile_menu_lists_this_clouds_profiles_and_switches() {
    let mut app = app_on("huawei", 1, "sandbox");
    assert_eq!(key(&mut app, KeyCode::Char('t')), vec![Effect::LoadProfiles]);
    update(&mut app, Msg::Profiles(Ok(profiles())));
    let menu = screen(&app, (160, 30));
    assert!(menu.contains("Send Huawei Cloud requests to"), "{menu}");
    assert!(menu.contains("│● sandbox ") && menu.contains("│  hw ") && !menu.contains("│  ali "), "{menu}");
    assert!(menu.contains("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not set"), "env says what is missing: {menu}");
    assert!(menu.contains("https://ecs.cn-north-4.myhuaweicloud.com · key ****0001"), "{menu}");
    keys(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    assert_eq!(app.endpoint.profile, "hw");
    assert!(status(&app).contains("requests go to https://ecs.cn-north-4.myhuaweicloud.com"), "{}", status(&app));
    assert!(screen(&app, (100, 30)).contains("→ hw (real cloud)"));
}

#[test]
fn the_first_real_submit_asks_plainly_and_a_yes_lasts_the_session() {
    let mut app = app_on("huawei", 1, "hw");
    assert!(ctrl(&mut app, 's').is_empty(), "nothing is sent before the answer");
    let asked = screen(&app, (100, 30));
    assert!(
        asked.contains("creates real, billable") && asked.contains("resources in your Huawei Cloud account"),
        "{asked}"
    );
    assert!(asked.contains("d dry run first"), "{asked}");
    assert!(!asked.contains(SECRET));
    assert!(key(&mut app, KeyCode::Char('n')).is_empty());
    assert_eq!(status(&app), "nothing was sent");
    ctrl(&mut app, 's');
    assert!(key(&mut app, KeyCode::Enter).is_empty(), "a stray Enter does not create resources");
    let order = submitted(&key(&mut app, KeyCode::Char('y')));
    let Destination::Real { profile, base, key: credentials } = &order.destination else { panic!("{order:?}") };
    assert_eq!((profile.as_str(), base.as_str()), ("hw", "https://ecs.cn-north-4.myhuaweicloud.com"));
    assert_eq!(credentials.secret.expose(), SECRET, "the key travels to the signer");
    assert!(!format!("{order:?}").contains(SECRET), "but never prints");
    assert!(order.params.get("X-Client-Token").is_some_and(|t| !t.as_str().unwrap_or_default().is_empty()));
    assert!(!order.dry_run);
    let again = submitted(&ctrl(&mut app, 's'));
    assert_eq!(again.job, 2, "no second question for the same endpoint");
}

#[test]
fn huawei_offers_a_dry_run_and_alibaba_apis_do_not() {
    let mut app = app_on("huawei", 1, "hw");
    ctrl(&mut app, 's');
    let order = submitted(&key(&mut app, KeyCode::Char('d')));
    assert!(order.dry_run && order.document["dry_run"] == json!(true), "{:?}", order.document.get("dry_run"));
    assert!(ctrl(&mut app, 's').is_empty(), "a dry run is not a yes: the next submit asks again");
    key(&mut app, KeyCode::Char('n'));
    update(
        &mut app,
        Msg::Job {
            job: 1,
            event: JobMsg::Answered { status: 202, body: json!(null), created: None, following: false },
        },
    );
    assert!(
        app.jobs[0].timeline.iter().any(|(_, note)| note.starts_with("dry run passed")),
        "{:?}",
        app.jobs[0].timeline
    );

    let mut app = app_on("starrocks", 1, "ali");
    ctrl(&mut app, 's');
    let asked = screen(&app, (100, 30));
    assert!(asked.contains("billable") && !asked.contains("dry run"), "{asked}");
    assert!(key(&mut app, KeyCode::Char('d')).is_empty(), "no dry run to offer");
}

#[test]
fn missing_keys_and_keyless_profiles_are_named_before_anything_is_sent() {
    let mut app = app_on("huawei", 1, "env");
    assert!(ctrl(&mut app, 's').is_empty());
    assert!(status(&app).contains("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not set"), "{}", status(&app));
    let mut app = app_on("starrocks", 1, "keyless");
    assert!(ctrl(&mut app, 's').is_empty());
    assert!(status(&app).contains("profile keyless has no credentials"), "{}", status(&app));
    let mut app = app_on("ecs hpc", 1, "hw");
    assert!(ctrl(&mut app, 's').is_empty());
    assert!(status(&app).contains("is for Huawei Cloud but aliyun.ecs.CreateHpcCluster belongs to Alibaba Cloud"));
}

#[test]
fn a_refused_signature_is_explained_in_the_job_pane() {
    let mut app = app_on("huawei", 1, "hw");
    ctrl(&mut app, 's');
    submitted(&key(&mut app, KeyCode::Char('y')));
    let body = json!({"error": {"code": "APIGW.0301", "message": "Incorrect IAM authentication information"}});
    update(
        &mut app,
        Msg::Job { job: 1, event: JobMsg::Answered { status: 401, body, created: None, following: false } },
    );
    let notes: Vec<&str> = app.jobs[0].timeline.iter().map(|(_, note)| note.as_str()).collect();
    assert!(
        notes.iter().any(|n| n.contains("refused the signature (APIGW.0301, 401)") && n.contains("profile hw")),
        "{notes:?}"
    );
}

#[test]
fn the_signature_view_shows_each_step_with_secrets_masked() {
    let mut app = app_on("starrocks", 1, "ali");
    update(&mut app, Msg::Resize(220, 60));
    key(&mut app, KeyCode::Char('s'));
    let text = screen(&app, (220, 60));
    for part in [
        "canonical request",
        "string to sign",
        "ACS3-HMAC-SHA256",
        "x-acs-action:CreateInstanceV1",
        "POST https://starrocks.cn-hangzhou.aliyuncs.com/webapi/cluster/createV1",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    let password = app.form().expect("form").form.document["AdminPassword"].as_str().expect("password").to_owned();
    assert!(!text.contains(&password) && !text.contains(SECRET), "{text}");
    keys(&mut app, &[KeyCode::Esc]);
    let mut app = app_on("starrocks", 1, "keyless");
    key(&mut app, KeyCode::Char('s'));
    assert!(status(&app).contains("has no credentials"), "{}", status(&app));
}

#[test]
fn a_pasted_curl_command_lands_in_the_form_or_opens_its_api() {
    let mut app = app_on("huawei", 0, "sandbox");
    key(&mut app, KeyCode::Char('i'));
    let body = r#"{"server": {"name": "from-curl", "imageRef": "img", "flavorRef": "s6.small.1", "vpcid": "v",
        "nics": [{"subnet_id": "s"}], "root_volume": {"volumetype": "SSD"}}}"#;
    let command = format!(
        "curl -X POST 'https://ecs.cn-north-4.myhuaweicloud.com/v1.1/abc123/cloudservers' \\\n  -H 'Content-Type: application/json' \\\r  --data-raw '{body}'"
    );
    // One continuation ends in LF, the other in CR, as tmux pastes.
    update(&mut app, Msg::Paste(command));
    assert!(key(&mut app, KeyCode::Enter).is_empty());
    let f = &app.form().expect("form").form;
    assert_eq!(f.document["server"]["name"], "from-curl", "{}", status(&app));
    assert_eq!(f.params.get("project_id"), Some(&json!("abc123")));
    assert!(status(&app).starts_with("imported the pasted command"), "{}", status(&app));

    key(&mut app, KeyCode::Char('i'));
    update(&mut app, Msg::Paste("curl -X POST https://starrocks.cn-hangzhou.aliyuncs.com/webapi/cluster/createV1 -d '{\"InstanceName\": \"sr\"}'".into()));
    let effects = key(&mut app, KeyCode::Enter);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::BeginSession { api, .. } if api == "aliyun.starrocks.CreateInstanceV1")),
        "{effects:?}"
    );
    assert_eq!(app.form().expect("form").form.document["InstanceName"], "sr");

    key(&mut app, KeyCode::Char('i'));
    update(&mut app, Msg::Paste("curl -X GET https://example.com/nothing".into()));
    key(&mut app, KeyCode::Enter);
    let shown = screen(&app, (100, 30));
    assert!(shown.contains("no API matches GET /nothing") && shown.contains("Import into this form"), "{shown}");
}

#[test]
fn the_billable_question_at_80x24() {
    let mut app = app_on("huawei", 1, "hw");
    ctrl(&mut app, 's');
    insta::assert_snapshot!("real_cloud_question", screen(&app, (80, 24)));
}

#[test]
fn a_nested_password_is_masked_in_the_request_wire_and_signature_views() {
    let catalog = super::support::catalog();
    let spec = catalog.get("aliyun.ehpc.CreateCluster").expect("spec");
    let mut document = spec.examples[0].value.clone();
    document["ClusterCredentials"]["Password"] = json!("Pw#Secret-4821");
    let draft = apiwizard::drafts::Draft {
        id: "d1".into(),
        api: spec.id.clone(),
        saved_at: "2026-11-23T00:00:00Z".into(),
        secrets_included: true,
        params: Default::default(),
        document,
    };
    let mut app = app();
    app.endpoint.profiles = profiles();
    app.endpoint.profile = "ali".into();
    type_text(&mut app, "e-hpc");
    key(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Drafts { api: spec.id.clone(), drafts: vec![draft], history: Vec::new() });
    let examples = spec.examples.len();
    for _ in 0..=examples {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert!(app.form().expect("form").form.document.to_string().contains("4821"), "the draft is open");
    update(&mut app, Msg::Resize(400, 80));
    for view in ["request", "wire"] {
        key(&mut app, KeyCode::Char('v'));
        let text = screen(&app, (400, 80));
        assert!(text.contains("ClusterCredentials") && !text.contains("4821"), "{view}: {text}");
    }
    key(&mut app, KeyCode::Char('s'));
    let text = screen(&app, (400, 80));
    assert!(text.contains("canonical request") && !text.contains("4821"), "{text}");
}

#[test]
fn a_long_rpc_url_is_shortened_in_the_job_pane_so_the_outcome_stays_in_view() {
    let mut app = app_on("e-hpc", 1, "sandbox");
    update(&mut app, Msg::SandboxReady(Ok("http://127.0.0.1:9".into())));
    submitted(&ctrl(&mut app, 's'));
    let query: Vec<String> = (0..40).map(|i| format!("Param{i}=value-{i}")).collect();
    let url = format!("http://127.0.0.1:9/?{}", query.join("&"));
    update(&mut app, Msg::Job { job: 1, event: JobMsg::Sent { method: "POST".into(), url, token: None } });
    assert_eq!(app.jobs[0].request_line, "POST http://127.0.0.1:9/?… (40 query parameters; s shows them all)");
}

#[test]
fn repeated_failures_are_told_once_and_tokenless_retries_do_not_claim_a_token() {
    let mut app = app_on("e-hpc", 1, "sandbox");
    update(&mut app, Msg::SandboxReady(Ok("http://127.0.0.1:9".into())));
    submitted(&ctrl(&mut app, 's'));
    let dns = "could not connect: the host name could not be resolved (DNS)";
    let events = [
        JobMsg::Sent { method: "POST".into(), url: "http://h/?A=1".into(), token: None },
        JobMsg::Retry { attempt: 2, reason: dns.into() },
        JobMsg::Retry { attempt: 3, reason: dns.into() },
        JobMsg::NoAnswer(format!("no answer from http://h/ after 3 attempt(s): {dns}")),
    ];
    for event in events {
        update(&mut app, Msg::Job { job: 1, event });
    }
    let notes: Vec<&str> = app.jobs[0].timeline.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(
        notes,
        [
            "sent",
            &format!("retrying (attempt 2): {dns}") as &str,
            "retrying (attempt 3): the same failure",
            "failed: no answer from http://h/ after 3 attempt(s): the same failure",
        ]
    );
}

#[test]
fn the_request_view_and_the_signature_view_name_the_same_url() {
    let mut app = app_on("huawei", 1, "hw");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::BackTab);
    // The form's project id is what both views use.
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'u');
    type_text(&mut app, "proj-42");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('v'));
    key(&mut app, KeyCode::Char('z'));
    let request = screen(&app, (160, 40));
    assert!(request.contains("POST https://ecs.cn-north-4.myhuaweicloud.com/v1.1/proj-42/cloudservers"), "{request}");
    key(&mut app, KeyCode::Char('z'));
    key(&mut app, KeyCode::Char('s'));
    let signed = screen(&app, (160, 40));
    assert!(signed.contains("POST https://ecs.cn-north-4.myhuaweicloud.com/v1.1/proj-42/cloudservers"), "{signed}");
}
