//! The pieces both signatures share: hashing, RFC 3986 canonical path and query, canonical headers,
//! and the canonical request that joins them. The signer and the verifier both build through here.

use hmac::{Hmac, Mac};
use percent_encoding::percent_decode_str;
use sha2::{Digest, Sha256};

use crate::request::encode;

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

pub fn hmac_sha256(key: &[u8], message: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC accepts any key"));
    mac.update(message);
    mac
}

/// Percent-decodes text from the wire; bytes that are not UTF-8 are kept as replacement characters.
pub fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// Each `/`-separated segment decoded then re-encoded, so `~`, `%7E` and `%7e` agree; empty → `/`.
pub fn path(raw: &str) -> String {
    if raw.is_empty() {
        return "/".to_owned();
    }
    raw.split('/').map(|segment| encode(&decode(segment))).collect::<Vec<_>>().join("/")
}

/// Pairs sorted by name then value (bytes), both RFC 3986-encoded, `k=v` joined by `&`.
pub fn query(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    sorted.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

/// The lowercase names of `headers`, sorted and without repeats.
pub fn names<'a>(headers: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = headers.into_iter().map(str::to_ascii_lowercase).collect();
    out.sort();
    out.dedup();
    out
}

/// `name:value\n` for each signed name (values trimmed, repeats joined by `,` in sorted order).
/// Fails with the first signed name that no header carries.
pub fn headers(headers: &[(String, String)], signed: &[String]) -> Result<String, String> {
    let mut out = String::new();
    for name in signed {
        let mut values: Vec<&str> =
            headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()).collect();
        if values.is_empty() {
            return Err(name.clone());
        }
        values.sort_unstable();
        out.push_str(&format!("{name}:{}\n", values.join(",")));
    }
    Ok(out)
}

/// Method, URI, query, headers (each line already ends in `\n`), signed names, payload hash.
pub struct Parts<'a> {
    pub method: &'a str,
    pub uri: String,
    pub query: String,
    pub headers: String,
    pub signed: String,
    pub payload: &'a str,
}

impl Parts<'_> {
    pub fn request(&self) -> String {
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}",
            self.method.to_ascii_uppercase(),
            self.uri,
            self.query,
            self.headers,
            self.signed,
            self.payload
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::parse_query;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn query_matches_the_sdk_util_tests() {
        // darabonba-openapi-util tests: get_canonical_query_string({'test': ' ~/*-+'}) and an empty value.
        assert_eq!(query(&pairs(&[("test", " ~/*-+")])), "test=%20~%2F%2A-%2B");
        assert_eq!(query(&pairs(&[("test", "ok"), ("empty", "")])), "empty=&test=ok");
        // huaweicloud-sdk-go-v3 signer test: sorted keys, repeated keys with sorted values, UTF-8 encoded.
        let huawei = pairs(&[
            ("test", "一 (&=?!#%.*)"),
            ("multi", "3"),
            ("limit", "1"),
            ("multi", "1"),
            ("enable", "true"),
            ("multi", "2"),
        ]);
        assert_eq!(
            query(&huawei),
            "enable=true&limit=1&multi=1&multi=2&multi=3&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"
        );
        // Lists flattened as Key.N sort lexicographically: .10 before .2.
        assert_eq!(query(&pairs(&[("Id.2", "b"), ("Id.10", "j")])), "Id.10=j&Id.2=b");
    }

    #[test]
    fn parse_query_decodes_and_round_trips() {
        // Form-urlencoded, as the Alibaba SDKs send it: `+` is a space, `%2B` a plus.
        let parsed = parse_query("a=%20x&flag&b=%E4%B8%80&&c=1%2B1&d=x+y");
        assert_eq!(parsed, pairs(&[("a", " x"), ("flag", ""), ("b", "一"), ("c", "1+1"), ("d", "x y")]));
        assert_eq!(query(&parsed), "a=%20x&b=%E4%B8%80&c=1%2B1&d=x%20y&flag=");
        assert_eq!(parse_query("bad=%ff%"), pairs(&[("bad", "\u{fffd}%")]));
    }

    #[test]
    fn path_normalises_segments() {
        assert_eq!(path(""), "/");
        assert_eq!(path("/"), "/");
        assert_eq!(path("/v1/a%7Eb/x y/%E4%B8%80"), "/v1/a~b/x%20y/%E4%B8%80");
        assert_eq!(path("/webapi/cluster/createV1"), "/webapi/cluster/createV1");
    }

    #[test]
    fn headers_trim_join_and_report_missing() {
        let hs = pairs(&[("X-Acs-Test", " https "), ("x-acs-test", "http"), ("Host", "h")]);
        let signed = names(["host", "x-acs-test"]);
        assert_eq!(headers(&hs, &signed), Ok("host:h\nx-acs-test:http,https\n".to_owned()));
        assert_eq!(headers(&hs, &names(["x-missing"])), Err("x-missing".to_owned()));
    }
}
