//! Finding out what a create whose answer was lost made, for an API without an idempotency token
//! (E-HPC): resending could create twice, so the resource is looked up by what the user gave it
//! (`x-progress.lookup`, e.g. ListClusters by ClusterName) among those made since the request left.

use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;

use super::client::Client;
use super::retry::Replay;
use crate::jobs::PollRequest;
use crate::request::{self, HttpRequest};

/// `x-progress.lookup` (assets/specs/README.md).
#[derive(Debug, Clone, Deserialize)]
pub struct Lookup {
    pub request: PollRequest,
    /// Pointer to the list of resources in the answer.
    pub items: String,
    /// Pointer to a resource's id in one item.
    pub id: String,
    /// Pointer to the field that names the resource, the same in the document and in an item.
    pub name: String,
    /// Pointer to an item's creation time (RFC 3339).
    pub created: String,
}

/// What the lookup found.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Created {
        id: String,
        item: Value,
    },
    NotCreated,
    /// More than one resource of that name was made since: which one is ours cannot be told.
    Several(Vec<String>),
}

/// Clocks differ; a resource made this long before the request left still counts as possibly ours.
const CLOCK_SLACK: time::Duration = time::Duration::minutes(2);

impl Lookup {
    /// The name the document gives the resource, as text.
    pub fn name_in<'a>(&self, document: &'a Value) -> Option<&'a Value> {
        document.pointer(&self.name)
    }

    fn build(&self, document: &Value, base: &str) -> HttpRequest {
        self.request.build(base, |name| {
            name.starts_with('/').then(|| document.pointer(name).map(request::scalar_text).unwrap_or_default())
        })
    }

    /// Reads a lookup answer: the items named as the document names its resource, made since `sent`.
    pub fn interpret(&self, answer: &Value, document: &Value, sent: OffsetDateTime) -> Found {
        let name = self.name_in(document);
        let since = sent - CLOCK_SLACK;
        let made_since = |item: &Value| {
            let text = item.pointer(&self.created).and_then(Value::as_str).unwrap_or_default();
            // An item without a readable time is counted in: missing a created cluster is the worse mistake.
            OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).map_or(true, |t| t >= since)
        };
        let ours: Vec<&Value> = answer
            .pointer(&self.items)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|item| name.is_some() && item.pointer(&self.name) == name && made_since(item))
            .collect();
        let id_of = |item: &Value| item.pointer(&self.id).map(request::scalar_text).unwrap_or_default();
        match ours.as_slice() {
            [] => Found::NotCreated,
            [one] => Found::Created { id: id_of(one), item: (*one).clone() },
            many => Found::Several(many.iter().map(|i| id_of(i)).collect()),
        }
    }

    /// Sends the lookup (a read, so retried freely) and reads its answer.
    pub async fn find(
        &self,
        client: &Client,
        document: &Value,
        base: &str,
        sent: OffsetDateTime,
    ) -> Result<Found, String> {
        let request = self.build(document, base);
        let (reply, _) = client.send(&request, Replay::Safe, &mut |_| {}).await.map_err(|e| e.to_string())?;
        if !reply.is_success() {
            return Err(crate::t!("cli-lookup-refused", status = reply.status));
        }
        Ok(self.interpret(&reply.body, document, sent))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lookup() -> Lookup {
        let catalog = crate::spec::Catalog::embedded().expect("specs");
        let spec = catalog.get("aliyun.ehpc.CreateCluster").expect("spec");
        crate::jobs::Progress::of(spec).expect("progress").lookup.expect("E-HPC has a lookup")
    }

    #[test]
    fn the_request_names_the_cluster_as_the_sdk_would() {
        let request = lookup().build(&json!({"ClusterName": "demo-1"}), "http://h/");
        assert_eq!(request.query_string(), "Action=ListClusters&Version=2024-07-30&ClusterNames=%5B%22demo-1%22%5D");
    }

    #[test]
    fn only_a_cluster_of_that_name_made_since_the_request_counts() {
        let sent = OffsetDateTime::parse("2026-12-01T10:00:00Z", &time::format_description::well_known::Rfc3339)
            .expect("time");
        let doc = json!({"ClusterName": "demo-1"});
        let item =
            |id: &str, name: &str, at: &str| json!({"ClusterId": id, "ClusterName": name, "ClusterCreateTime": at});
        let answer = |items: Vec<Value>| json!({"Clusters": items});
        let l = lookup();
        let old = item("old", "demo-1", "2026-11-30T10:00:00Z");
        let other = item("x", "demo-2", "2026-12-01T10:00:01Z");
        assert_eq!(l.interpret(&answer(vec![old.clone(), other]), &doc, sent), Found::NotCreated);
        let new = item("new", "demo-1", "2026-12-01T10:00:01Z");
        assert!(
            matches!(l.interpret(&answer(vec![old, new.clone()]), &doc, sent), Found::Created { id, .. } if id == "new")
        );
        let twin = item("twin", "demo-1", "2026-12-01T10:00:02Z");
        assert_eq!(
            l.interpret(&answer(vec![new, twin]), &doc, sent),
            Found::Several(vec!["new".into(), "twin".into()])
        );
    }
}
