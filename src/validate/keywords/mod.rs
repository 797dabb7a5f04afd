//! Rules no standard JSON Schema keyword says, one per file, registered on the validator in one place.
//! Each is a check on a string value that returns what is wrong in words.

mod cidr;
mod decoded_size;
mod forbid_words;
mod json_string;
mod password;
mod time_window;

use jsonschema::{Keyword, ValidationError, ValidationOptions, paths::Location};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A rule on string values; the schema value of the keyword deserializes into the rule itself.
pub trait StringRule: DeserializeOwned + Send + Sync + 'static {
    /// What is wrong with `text`, phrased to follow the field's name, or `None` when it is fine.
    fn check(&self, text: &str) -> Option<String>;
}

struct Adapter<R>(R);

impl<'i, R: StringRule> Keyword<'i> for Adapter<R> {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        match instance.as_str().and_then(|s| self.0.check(s)) {
            Some(problem) => Err(ValidationError::custom(problem)),
            None => Ok(()),
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        instance.as_str().is_none_or(|s| self.0.check(s).is_none())
    }
}

/// The boxed keyword the validator options take.
type Boxed = Box<dyn for<'i> Keyword<'i>>;

fn factory<R: StringRule>(
    name: &'static str,
) -> impl for<'b> Fn(&'b Map<String, Value>, &'b Value, Location) -> Result<Boxed, ValidationError<'b>> + Send + Sync + 'static
{
    move |_parent, value, _location| {
        let rule: R = serde_json::from_value(value.clone()).map_err(|e| {
            ValidationError::schema(crate::t!("engine-keyword-malformed", keyword = name, error = e.to_string()))
        })?;
        Ok(Box::new(Adapter(rule)))
    }
}

/// Adds every custom keyword and format to the validator options.
pub fn register(options: ValidationOptions<'_>) -> ValidationOptions<'_> {
    options
        .with_keyword("x-password", factory::<password::Password>("x-password"))
        .with_keyword("x-forbid-words", factory::<forbid_words::ForbidWords>("x-forbid-words"))
        .with_keyword("x-decoded-max-bytes", factory::<decoded_size::DecodedMaxBytes>("x-decoded-max-bytes"))
        .with_keyword("x-json-string", factory::<json_string::JsonString>("x-json-string"))
        .with_keyword("x-time-window", factory::<time_window::TimeWindow>("x-time-window"))
        .with_format("cidr", cidr::is_cidr)
}

/// Decodes base64 the way the providers accept it (standard alphabet, padded).
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(text.trim()).ok()
}
