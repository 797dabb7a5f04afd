//! Property tests: no document, however odd, panics the engine, and every pointer it reports either
//! resolves in the document or names a missing field of an existing parent.

use apiwizard::pointer;
use proptest::prelude::*;
use serde_json::{Map, Value};

use super::support::catalog;

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        "\\PC{0,80}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map("[A-Za-z_:]{1,12}", inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every pointer inside a document, for mutating one place of a known-good example.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| pointers(c, pointer::child(&at, k), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| pointers(c, format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn check_pointers(doc: &Value, violations: &[apiwizard::validate::Violation]) -> Result<(), TestCaseError> {
    for v in violations {
        let resolves = doc.pointer(&v.pointer).is_some();
        let parent_exists = pointer::split_last(&v.pointer).is_some_and(|(parent, _)| doc.pointer(parent).is_some());
        prop_assert!(resolves || parent_exists, "pointer {} does not resolve", v.pointer);
        prop_assert!(!v.code.is_empty() && !v.message.is_empty());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn arbitrary_documents_never_panic(doc in json()) {
        for spec in catalog().specs() {
            let violations = spec.engine().expect("compiles").validate(&doc);
            check_pointers(&doc, &violations)?;
        }
    }

    #[test]
    fn one_mutation_of_an_example_reports_resolvable_pointers(pick in any::<prop::sample::Index>(), replacement in json(), which in 0usize..5) {
        let catalog = catalog();
        let spec = &catalog.specs()[which % catalog.specs().len()];
        let mut doc = spec.examples[0].value.clone();
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let target = pick.get(&all).clone();
        pointer::set(&mut doc, &target, replacement);
        let violations = spec.engine().expect("compiles").validate(&doc);
        check_pointers(&doc, &violations)?;
    }
}
