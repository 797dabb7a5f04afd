//! The form in Chinese: switching language mid-form rebuilds every text it shows and nothing else.

use std::sync::Arc;

use serde_json::json;

use super::*;
use crate::i18n::{self, Lang};
use crate::spec::{Catalog, Spec};

fn spec(id: &str) -> Arc<Spec> {
    Catalog::embedded().expect("specs load").get(id).expect("known id").clone()
}

/// A form half filled in, with problems, a chosen alternative and a stashed one.
fn half_filled() -> FormState {
    i18n::set_thread(Lang::En);
    let mut form = FormState::empty(spec("huaweicloud.ecs.CreateServers"));
    form.set_text(&Target::Field("/server/name".into()), &"n".repeat(130)).expect("text");
    form.set_text(&Target::Field("/server/adminPass".into()), "abc").expect("text");
    form.choose_alternative("/server", 0);
    form
}

#[test]
fn switching_language_mid_form_rewords_problems_and_steps_and_keeps_every_value() {
    let mut form = half_filled();
    let (document, params) = (form.document.clone(), form.params.clone());
    let english: Vec<Violation> = form.violations().to_vec();
    let english_steps: Vec<String> = form.steps().iter().map(|s| s.title.clone()).collect();
    let alternative = form.alternatives("/server").map(|a| a.active);
    assert!(!english.is_empty());

    i18n::set_thread(Lang::Zh);
    form.relocalize();
    assert_eq!((&form.document, &form.params), (&document, &params), "values stay");
    assert_eq!(form.alternatives("/server").map(|a| a.active), alternative, "the chosen alternative stays");
    let chinese = form.violations().to_vec();
    let place = |v: &[Violation]| v.iter().map(|v| (v.pointer.clone(), v.code.clone())).collect::<Vec<_>>();
    assert_eq!(place(&chinese), place(&english), "the same problems, at the same places, with the same codes");
    for v in &chinese {
        assert!(crate::i18n::tests::is_chinese(&v.message), "{v:?}");
    }
    let name = chinese.iter().find(|v| v.pointer == "/server/name").expect("name too long");
    assert!(name.message.starts_with("server.name 太长：现有 130 个字符"), "{name:?}");
    let titles: Vec<&str> = form.steps().iter().map(|s| s.title.as_str()).collect();
    assert_eq!(&titles[..2], ["请求参数", "基本信息"]);
    let params: Vec<&str> = form.param_violations().iter().map(|(_, v)| v.message.as_str()).collect();
    assert_eq!(params, ["参数 project_id 为必填，但尚未填写"]);

    i18n::set_thread(Lang::En);
    form.relocalize();
    assert_eq!(form.violations(), &english[..], "back in English, word for word");
    assert_eq!(form.param_violations()[0].1.message, "the project_id parameter is required but missing");
    assert_eq!(form.steps().iter().map(|s| s.title.clone()).collect::<Vec<_>>(), english_steps);
    assert_eq!(form.document, document);
}

#[test]
fn rows_alternatives_choices_and_edit_errors_follow_the_language() {
    let form = half_filled();
    let nics = form.steps().iter().find(|s| s.view == View::Container("/server/nics".into())).expect("nics step");
    let add = |form: &FormState| form.rows(&nics.view, false).last().map(|r| r.label.clone());
    assert_eq!(add(&form).as_deref(), Some("+ add an item"));
    i18n::set_thread(Lang::Zh);
    assert_eq!(add(&form).as_deref(), Some("+ 添加列表项"));
    // The spec's own choice title, marked untranslated until the spec has its Chinese.
    let label = form.alternatives("/server").map(|a| a.label).unwrap_or_default();
    assert!(label == "登录方式" || label.starts_with(i18n::UNTRANSLATED), "{label}");
    assert_eq!(FieldKind::Map.name(), "键值映射");
    let mut form = form;
    let count = Target::Field("/server/count".into());
    let error = form.set_text(&count, "3x").expect_err("not a number");
    assert_eq!(error.to_string(), "\"3x\" 不是整数；请输入数字，开头可加 -");
    let error = form.set_text(&count, "99999999999999999999").expect_err("out of range");
    assert!(error.to_string().contains("超出范围"), "{error}");
    i18n::set_thread(Lang::En);
    assert!(form.set_text(&count, "3x").expect_err("not a number").to_string().starts_with("\"3x\" is not a whole"));
}

/// Alternatives' titles and the choice's own title come from the spec's Chinese.
#[test]
fn an_alternatives_titles_and_label_come_from_the_specs_chinese() {
    let document = json!({
        "x-api-id": "t.alt.Create", "x-style": "roa",
        "paths": {"/t": {"post": {"requestBody": {"content": {"application/json": {}}}}}},
        "components": {"schemas": {"Request": {"type": "object", "properties": {
            "Login": {"type": "object", "x-choice-title": "Login method", "x-zh": {"x-choice-title": "登录方式"},
                "properties": {"Key": {"type": "string"}, "Password": {"type": "string"}},
                "oneOf": [{"title": "Key pair", "required": ["Key"], "x-zh": {"title": "密钥对"}},
                          {"required": ["Password"]}]},
            "Pay": {"type": "string", "enum": ["PostPaid"], "x-enum-descriptions": {"PostPaid": "pay-as-you-go"},
                "x-zh": {"x-enum-descriptions": {"PostPaid": "按量付费"}}}}}}}
    });
    let form = FormState::new(Arc::new(Spec::from_document("t.json", document).expect("spec")), json!({}), Map::new());
    i18n::set_thread(Lang::Zh);
    let alternatives = form.alternatives("/Login").expect("alternatives");
    assert_eq!(alternatives.label, "登录方式");
    assert_eq!(alternatives.titles, ["密钥对", "选项 2"]);
    assert_eq!(form.choices(&Target::Field("/Pay".into())), [(json!("PostPaid"), "按量付费".to_owned())]);
    i18n::set_thread(Lang::En);
    let alternatives = form.alternatives("/Login").expect("alternatives");
    assert_eq!(
        (alternatives.label.as_str(), &alternatives.titles[..]),
        ("Login method", &["Key pair".to_owned(), "option 2".to_owned()][..])
    );
}
