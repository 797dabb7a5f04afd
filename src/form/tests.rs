//! Form state against the real specs: steps, rows, typed edits, lists, maps and alternatives.

use std::sync::Arc;

use serde_json::{Value, json};

use super::*;
use crate::spec::{Catalog, Spec};

fn spec(id: &str) -> Arc<Spec> {
    Catalog::embedded().expect("specs load").get(id).expect("known id").clone()
}

const ECS: &str = "huaweicloud.ecs.CreateServers";
const HPC: &str = "aliyun.ecs.CreateHpcCluster";
const BATCH: &str = "aliyun.batchcompute.CreateCluster";

#[test]
fn huawei_steps_start_with_parameters_then_basics_then_required_groups() {
    let form = FormState::empty(spec(ECS));
    let titles: Vec<&str> = form.steps().iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles[0], "Request parameters");
    assert_eq!(titles[1], "Basics");
    let View::Basics(fields) = &form.steps()[1].view else { panic!("basics") };
    assert!(fields.contains(&"/server/name".to_owned()) && fields.contains(&"/dry_run".to_owned()));
    assert_eq!(fields[0], "/server/imageRef", "required fields come first");
    assert!(titles[2].starts_with("nics") || titles[2].starts_with("root_volume"), "{titles:?}");
}

#[test]
fn missing_required_fields_are_counted_per_step() {
    let form = FormState::empty(spec(HPC));
    let basics = form.steps().iter().find(|s| s.title == "Basics").expect("basics");
    assert_eq!(form.step_problems(basics), 2, "{:?}", form.violations());
    assert_eq!(form.problems_under(&Target::Field("/Name".into())).len(), 1);
}

#[test]
fn typed_input_refuses_non_numbers_and_empty_unsets() {
    let mut form = FormState::empty(spec(ECS));
    let count = Target::Field("/server/count".into());
    assert!(matches!(form.set_text(&count, "3x"), Err(EditError::NotInteger(_))));
    form.set_text(&count, "3").expect("a number");
    assert_eq!(form.value(&count), Some(&json!(3)));
    form.set_text(&count, "").expect("unset");
    assert_eq!(form.value(&count), None);
}

#[test]
fn base64_fields_are_edited_as_plain_text() {
    let mut form = FormState::empty(spec(ECS));
    let user_data = Target::Field("/server/user_data".into());
    form.set_text(&user_data, "#!/bin/bash\necho hi").expect("text");
    assert_eq!(form.value(&user_data), Some(&json!("IyEvYmluL2Jhc2gKZWNobyBoaQ==")));
    assert_eq!(form.edit_text(&user_data), "#!/bin/bash\necho hi");
}

#[test]
fn lists_enforce_their_item_limit() {
    let mut form = FormState::empty(spec(ECS));
    for _ in 0..12 {
        form.add_item("/server/nics").expect("room for 12 NICs");
    }
    assert_eq!(form.add_item("/server/nics"), Err(EditError::TooManyItems(12)));
    assert_eq!(form.duplicate_item("/server/nics", 0), Err(EditError::TooManyItems(12)));
    form.set_text(&Target::Field("/server/nics/3/subnet_id".into()), "abc").expect("set");
    assert_eq!(form.move_item("/server/nics", 3, true), Ok(2));
    assert_eq!(form.value(&Target::Field("/server/nics/2/subnet_id".into())), Some(&json!("abc")));
}

#[test]
fn map_keys_rename_in_place() {
    let mut form = FormState::empty(spec(BATCH));
    form.add_key("/UserData", "a").expect("add");
    form.add_key("/UserData", "b").expect("add");
    assert_eq!(form.add_key("/UserData", "a"), Err(EditError::DuplicateKey("a".into())));
    form.rename_key("/UserData", "a", "z").expect("rename");
    let keys: Vec<&String> = form.document["UserData"].as_object().expect("map").keys().collect();
    assert_eq!(keys, ["z", "b"]);
}

#[test]
fn switching_alternatives_keeps_the_other_branch_values() {
    let mut form = FormState::empty(spec(ECS));
    let alts = form.alternatives("/server").expect("login alternatives");
    assert_eq!(alts.titles.len(), 3);
    assert_eq!(alts.label, "Login method", "labelled with what is chosen (x-choice-title)");
    let key = alts.titles.iter().position(|t| t.contains("key pair")).expect("key pair branch");
    let pass =
        alts.titles.iter().position(|t| t.contains("password") && !t.contains("image")).expect("password branch");
    form.choose_alternative("/server", key);
    form.set_text(&Target::Field("/server/key_name".into()), "my-key").expect("set");
    form.choose_alternative("/server", pass);
    assert_eq!(form.document.pointer("/server/key_name"), None, "the key pair is stashed");
    form.set_text(&Target::Field("/server/adminPass".into()), "Secret#123").expect("set");
    form.choose_alternative("/server", key);
    assert_eq!(form.document.pointer("/server/key_name"), Some(&json!("my-key")));
    assert_eq!(form.document.pointer("/server/adminPass"), None);
    form.choose_alternative("/server", pass);
    assert_eq!(form.document.pointer("/server/adminPass"), Some(&json!("Secret#123")));
}

#[test]
fn unknown_fields_are_kept_and_listed() {
    let doc = json!({"RegionId": "cn-hangzhou", "Name": "abc", "Extra": {"x": 1}});
    let form = FormState::new(spec(HPC), doc, Default::default());
    assert_eq!(form.unknown_fields(), vec!["/Extra".to_owned()]);
    assert!(
        form.rows(&View::Container(String::new()), false).iter().any(|r| r.target == Target::Field("/Extra".into()))
    );
    assert_eq!(form.document["Extra"], json!({"x": 1}));
}

#[test]
fn required_only_hides_unset_optional_fields() {
    let form = FormState::empty(spec(HPC));
    let basics = form.steps().iter().find(|s| s.title == "Basics").expect("basics").view.clone();
    let all = form.rows(&basics, false).len();
    let required = form.rows(&basics, true);
    assert!(required.len() < all);
    assert!(required.iter().all(|r| r.required));
    assert!(form.choices(&Target::Field("/RegionId".into())).is_empty());
    let _: Option<&Value> = form.value(&Target::Field("/Name".into()));
}

#[test]
fn validating_one_part_at_a_time_matches_validating_everything() {
    for (id, edits) in [
        (HPC, vec![("/Name", "9"), ("/RegionId", "cn hangzhou"), ("/Name", "ok-name"), ("/Description", "x")]),
        (
            ECS,
            vec![("/server/name", ""), ("/server/count", "3"), ("/server/name", &"n".repeat(70)), ("/dry_run", "true")],
        ),
    ] {
        let spec = spec(id);
        let mut form = FormState::new(spec.clone(), spec.examples[0].value.clone(), Default::default());
        for (at, text) in edits {
            let _ = form.set_text(&Target::Field(at.into()), text);
            let mut incremental: Vec<_> = form.violations().to_vec();
            let mut full = spec.engine().expect("engine").validate(&form.document);
            incremental.sort_by(|a, b| (&a.pointer, &a.code).cmp(&(&b.pointer, &b.code)));
            full.sort_by(|a, b| (&a.pointer, &a.code).cmp(&(&b.pointer, &b.code)));
            assert_eq!(incremental, full, "{id} after {at} = {text:?}");
        }
    }
}

#[test]
fn json_held_in_a_string_is_edited_pretty_sent_compact_and_kept_while_it_does_not_parse() {
    let spec = spec("aliyun.ehpc.CreateCluster");
    let doc = json!({"Addons": [{"Name": "Login", "Version": "1.0", "ServicesSpec": "[{\"a\": 1}]"}]});
    let mut form = FormState::new(spec, doc, Map::new());
    let at = Target::Field("/Addons/0/ServicesSpec".into());
    assert_eq!(form.kind(&at), FieldKind::JsonText);
    assert_eq!(form.edit_text(&at), "[\n  {\n    \"a\": 1\n  }\n]");
    form.set_text(&at, "[\n  {\"a\": 2}\n]").expect("valid JSON");
    assert_eq!(form.value(&at), Some(&json!("[{\"a\":2}]")));
    let err = form.set_text(&at, "[{\"a\": ").expect_err("not JSON yet");
    assert!(err.kept(), "{err}");
    assert_eq!(form.value(&at), Some(&json!("[{\"a\": ")), "what was typed is not lost");
}

#[test]
fn an_empty_form_counts_every_missing_required_field_and_rows_agree_with_the_validator() {
    for id in [ECS, HPC, BATCH, "aliyun.ehpc.CreateCluster", "aliyun.starrocks.CreateInstanceV1"] {
        let mut form = FormState::empty(spec(id));
        let before = form.problem_count();
        // A missing field the validator reports is marked required on its row, wherever it shows.
        for step in form.steps() {
            for r in form.rows(&step.view, false) {
                let Target::Field(p) = &r.target else { continue };
                if matches!(r.row_type, RowType::Add | RowType::Alternatives) {
                    continue;
                }
                let reported = form.violations().iter().any(|v| &v.pointer == p);
                if reported && form.value(&r.target).is_none() {
                    assert!(r.required, "{id}: {p} is reported missing but its row says optional");
                }
            }
        }
        if id == ECS {
            assert!(before >= 5, "every missing field of server counts from the start: {:?}", form.violations());
            form.set_text(&Target::Field("/server/name".into()), "web-1").expect("text");
            assert_eq!(form.problem_count(), before - 1, "one key fixes one problem, none appear");
        }
    }
}

#[test]
fn a_number_beyond_the_integer_range_says_the_range() {
    let mut form = FormState::empty(spec(ECS));
    let count = Target::Field("/server/count".into());
    let err = form.set_text(&count, "99999999999999999999").expect_err("too big");
    assert_eq!(err.to_string(), "99999999999999999999 is out of range: allowed 1–500");
}

#[test]
fn a_map_refuses_a_key_its_names_rule_refuses_and_says_the_rule() {
    let mut form = FormState::empty(spec(BATCH));
    let long = "k".repeat(130);
    let err = form.add_key("/UserData", &long).expect_err("too long");
    assert_eq!(err.to_string(), "the key has 130 characters, at most 128 allowed (key of 1-128 characters)");
    form.add_key("/UserData", "ok").expect("a good key");
    assert!(form.rename_key("/UserData", "ok", &long).is_err());
}
