//! Keystroke latency: one key through `update` (edit + validate + preview) and a full draw into a
//! 120x40 buffer, on the Huawei request with 59 data disks and 12 NICs, and on a synthetic spec of
//! 10,000 fields.

use std::sync::Arc;
use std::time::{Duration, Instant};

use apiwizard::form::FormState;
use apiwizard::spec::{Catalog, Spec};
use apiwizard::tui::{App, Msg, Theme, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::{Map, Value, json};

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p) as usize]
}

/// Types into the focused field (Enter opens the editor) and measures each key plus a redraw.
fn measure(name: &str, mut app: App) {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    update(&mut app, key(KeyCode::Enter));
    let mut samples = Vec::new();
    for i in 0..2000 {
        let code = if i % 2 == 0 { KeyCode::Char('7') } else { KeyCode::Backspace };
        let start = Instant::now();
        update(&mut app, key(code));
        terminal.draw(|f| draw(&app, f)).expect("draw");
        samples.push(start.elapsed());
    }
    let p50 = percentile(&mut samples, 0.5);
    let p99 = percentile(&mut samples, 0.99);
    println!(
        "tui {name}: keystroke -> frame p50 {:.3} ms, p99 {:.3} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

fn open(catalog: Arc<Catalog>, id: &str, document: Value, focus_pointer: &str) -> App {
    let spec = catalog.get(id).expect("spec").clone();
    let mut app = App::new(catalog, Theme::plain(), (120, 40));
    let form = FormState::new(spec, document, Map::new());
    app.open_form(id, Some(form), None);
    if let apiwizard::tui::Screen::Form(f) = &mut app.screen {
        f.go_to(&apiwizard::form::Target::Field(focus_pointer.to_owned()), (120, 40));
    }
    app
}

fn huawei_largest() -> App {
    let catalog = Arc::new(Catalog::embedded().expect("specs"));
    let mut doc = catalog.get("huaweicloud.ecs.CreateServers").expect("spec").examples[0].value.clone();
    let server = doc["server"].as_object_mut().expect("server");
    server.insert(
        "data_volumes".into(),
        Value::Array((0..59).map(|i| json!({"volumetype": "SSD", "size": 100 + i})).collect()),
    );
    server.insert(
        "nics".into(),
        Value::Array(
            (0..12).map(|i| json!({"subnet_id": format!("ef039b60-6a14-42d1-963b-687b627fea{i:02}")})).collect(),
        ),
    );
    open(catalog, "huaweicloud.ecs.CreateServers", doc, "/server/data_volumes/58/size")
}

/// 100 groups of 100 constrained string fields, all filled.
fn synthetic() -> App {
    let mut groups = Map::new();
    let mut doc = Map::new();
    for g in 0..100 {
        let mut props = Map::new();
        let mut values = Map::new();
        for f in 0..100 {
            props.insert(format!("f{f}"), json!({"type": "string", "maxLength": 64, "pattern": "^[a-z0-9-]*$", "x-rule": "lower-case letters, digits, -"}));
            values.insert(format!("f{f}"), json!(format!("value-{g}-{f}")));
        }
        groups.insert(format!("g{g}"), json!({"type": "object", "properties": props, "additionalProperties": false}));
        doc.insert(format!("g{g}"), Value::Object(values));
    }
    let spec = json!({
        "openapi": "3.1.0", "x-api-id": "synthetic.Big", "x-style": "roa",
        "info": {"title": "Synthetic 10,000 fields", "version": "1"},
        "paths": {"/big": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}},
            "x-codes": {"missing": "Missing{name}", "invalid": "Invalid{name}"}}}},
        "components": {"schemas": {"Request": {"type": "object", "properties": groups}}}
    });
    let spec = Spec::from_document("synthetic", spec).expect("synthetic spec");
    let catalog = Arc::new(Catalog::with_specs(vec![spec]));
    open(catalog, "synthetic.Big", Value::Object(doc), "/g99/f99")
}

pub fn run() {
    measure("Huawei ECS, 59 data disks + 12 NICs", huawei_largest());
    measure("synthetic 10,000 fields", synthetic());
}
