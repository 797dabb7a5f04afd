//! `x-decoded-max-bytes`: a base64 field must decode, and its decoded size is limited.

use serde::Deserialize;

use super::{StringRule, decode_base64};

#[derive(Deserialize)]
pub struct DecodedMaxBytes(usize);

impl StringRule for DecodedMaxBytes {
    fn check(&self, text: &str) -> Option<String> {
        match decode_base64(text) {
            None => Some(crate::t!("engine-not-base64")),
            Some(bytes) if bytes.len() > self.0 => {
                Some(crate::t!("engine-decoded-too-large", bytes = bytes.len(), max = self.0))
            }
            Some(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    #[test]
    fn checks_encoding_and_decoded_size() {
        let rule = DecodedMaxBytes(4);
        let enc = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        assert!(rule.check(&enc(b"abcd")).is_none());
        assert!(rule.check(&enc(b"abcde")).is_some_and(|m| m.contains("5 bytes")));
        assert!(rule.check("not base64!").is_some_and(|m| m.contains("base64")));
    }
}
