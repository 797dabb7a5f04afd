//! Signing requests as the providers' SDKs do — Alibaba Cloud V3 (`ACS3-HMAC-SHA256`) and its two
//! older HMAC-SHA1 schemes, and Huawei Cloud AK/SK (`SDK-HMAC-SHA256`) — over the exact bytes sent,
//! and checking a received request's signature (the sandbox's side, in `verify`). Pure functions:
//! the clock and the nonce come in as a `Moment`.

mod acs3;
mod canonical;
mod huawei;
mod legacy;
pub mod report;
mod verify;

use hmac::Mac;
use time::OffsetDateTime;

/// Received queries are read as form-urlencoded text (`+` is a space), by the same function the
/// sandbox parses requests with, so a signature is checked on exactly what the handler sees.
pub use crate::request::parse_query;
pub use canonical::decode;
pub use verify::{Mismatch, MismatchReason, Received, verify};

use crate::http::credentials::{Credentials, mask};
use crate::request::HttpRequest;
use crate::spec::Style;

/// Which signature a request carries. Each API has a default (from its wire style); Alibaba's APIs
/// also take the older HMAC-SHA1 scheme of their style, which some official SDKs still send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Acs3,
    Huawei,
    /// ROA `Authorization: acs <key id>:<signature>` (HMAC-SHA1), as the `batchcompute` SDK signs.
    RoaV1,
    /// RPC `Signature` in the query (HMAC-SHA1, SignatureVersion 1.0).
    RpcV2,
}

impl Scheme {
    pub fn for_style(style: Style) -> Scheme {
        match style {
            Style::Rpc | Style::Roa => Scheme::Acs3,
            Style::HuaweiRest => Scheme::Huawei,
        }
    }

    /// Every scheme an API of `style` accepts, its default first.
    pub fn accepted(style: Style) -> &'static [Scheme] {
        match style {
            Style::Rpc => &[Scheme::Acs3, Scheme::RpcV2],
            Style::Roa => &[Scheme::Acs3, Scheme::RoaV1],
            Style::HuaweiRest => &[Scheme::Huawei],
        }
    }

    /// The scheme a received request was signed with, among those its API accepts: the older
    /// schemes are known by their marks (`acs ` Authorization, or a `Signature` in the query).
    pub fn of_request(style: Style, headers: &[(String, String)], query: &[(String, String)]) -> Scheme {
        let authorization = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("authorization")).map(|(_, v)| v);
        let signed_query =
            query.iter().any(|(k, _)| k == "Signature") && query.iter().any(|(k, _)| k == "SignatureVersion");
        match style {
            Style::Roa if authorization.is_some_and(|a| a.starts_with("acs ")) => Scheme::RoaV1,
            Style::Rpc if authorization.is_none() && signed_query => Scheme::RpcV2,
            other => Scheme::for_style(other),
        }
    }

    /// The name `--scheme` takes.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Acs3 => "acs3",
            Scheme::Huawei => "huawei",
            Scheme::RoaV1 => "roa-v1",
            Scheme::RpcV2 => "rpc-v2",
        }
    }

    pub fn parse(name: &str) -> Option<Scheme> {
        [Scheme::Acs3, Scheme::Huawei, Scheme::RoaV1, Scheme::RpcV2].into_iter().find(|s| s.name() == name)
    }

    pub fn algorithm(self) -> &'static str {
        match self {
            Scheme::Acs3 => acs3::ALGORITHM,
            Scheme::Huawei => huawei::ALGORITHM,
            Scheme::RoaV1 => legacy::ROA_ALGORITHM,
            Scheme::RpcV2 => legacy::RPC_ALGORITHM,
        }
    }

    /// What people call it, for messages.
    pub fn title(self) -> &'static str {
        match self {
            Scheme::Acs3 => "Alibaba Cloud signature V3",
            Scheme::Huawei => "Huawei Cloud AK/SK signing",
            Scheme::RoaV1 => "Alibaba Cloud ROA signature (HMAC-SHA1)",
            Scheme::RpcV2 => "Alibaba Cloud RPC signature V2 (HMAC-SHA1)",
        }
    }

    /// The scheme's name for people, in the current language (`title` stays English: the sandbox
    /// puts it in its answers, which are sent as the provider would send them).
    pub fn shown_title(self) -> String {
        match self {
            Scheme::Acs3 => crate::t!("cli-scheme-acs3"),
            Scheme::Huawei => crate::t!("cli-scheme-huawei"),
            Scheme::RoaV1 => crate::t!("cli-scheme-roa-v1"),
            Scheme::RpcV2 => crate::t!("cli-scheme-rpc-v2"),
        }
    }

    fn legacy(self) -> bool {
        matches!(self, Scheme::RoaV1 | Scheme::RpcV2)
    }

    // The helpers below serve the canonical-request schemes (V3 and Huawei); the HMAC-SHA1 schemes
    // share V3's header names, and their own signing lives in `legacy`.
    fn date_header(self) -> &'static str {
        match self {
            Scheme::Acs3 | Scheme::RpcV2 => acs3::DATE_HEADER,
            Scheme::RoaV1 => legacy::ROA_DATE_HEADER,
            Scheme::Huawei => huawei::DATE_HEADER,
        }
    }

    fn token_header(self) -> &'static str {
        match self {
            Scheme::Acs3 | Scheme::RoaV1 | Scheme::RpcV2 => acs3::TOKEN_HEADER,
            Scheme::Huawei => huawei::TOKEN_HEADER,
        }
    }

    fn credential_field(self) -> &'static str {
        match self {
            Scheme::Acs3 | Scheme::RoaV1 | Scheme::RpcV2 => acs3::CREDENTIAL_FIELD,
            Scheme::Huawei => huawei::CREDENTIAL_FIELD,
        }
    }

    fn format_date(self, date: OffsetDateTime) -> String {
        match self {
            Scheme::Acs3 => acs3::format_date(date),
            Scheme::Huawei => huawei::format_date(date),
            Scheme::RoaV1 | Scheme::RpcV2 => legacy::format_date(self, date),
        }
    }

    fn parse_date(self, text: &str) -> Option<OffsetDateTime> {
        match self {
            Scheme::Acs3 => acs3::parse_date(text),
            Scheme::Huawei => huawei::parse_date(text),
            Scheme::RoaV1 | Scheme::RpcV2 => legacy::parse_date(self, text),
        }
    }

    fn signed_names<'a>(self, headers: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        match self {
            Scheme::Acs3 | Scheme::RoaV1 | Scheme::RpcV2 => acs3::signed_names(headers),
            Scheme::Huawei => huawei::signed_names(headers),
        }
    }

    fn canonical_uri(self, path: &str) -> String {
        match self {
            Scheme::Huawei => huawei::canonical_uri(path),
            _ => canonical::path(path),
        }
    }

    fn string_to_sign(self, date: &str, canonical_request: &str) -> String {
        let hash = canonical::sha256_hex(canonical_request.as_bytes());
        match self {
            Scheme::Huawei => huawei::string_to_sign(date, &hash),
            _ => format!("{}\n{hash}", acs3::ALGORITHM),
        }
    }

    fn authorization(self, access_key_id: &str, signed: &str, signature: &str) -> String {
        match self {
            Scheme::Acs3 => acs3::authorization(access_key_id, signed, signature),
            Scheme::Huawei => huawei::authorization(access_key_id, signed, signature),
            Scheme::RoaV1 => legacy::roa_authorization(access_key_id, signature),
            Scheme::RpcV2 => legacy::rpc_authorization(signature),
        }
    }

    /// The payload hash the canonical request ends with.
    fn payload_hash(self, headers: &[(String, String)], body: &[u8]) -> String {
        let unsigned = self == Scheme::Huawei
            && headers
                .iter()
                .any(|(k, v)| k.eq_ignore_ascii_case(huawei::PAYLOAD_HEADER) && v == huawei::UNSIGNED_PAYLOAD);
        if unsigned { huawei::UNSIGNED_PAYLOAD.to_owned() } else { canonical::sha256_hex(body) }
    }
}

/// When a request is signed and its one-time nonce; fixed in tests and by `sign --date/--nonce`.
#[derive(Debug, Clone)]
pub struct Moment {
    pub date: OffsetDateTime,
    pub nonce: String,
}

impl Moment {
    /// Now, with a fresh 32-hex-digit nonce (the SDK's form).
    pub fn now() -> Moment {
        Moment { date: OffsetDateTime::now_utc(), nonce: uuid::Uuid::new_v4().simple().to_string() }
    }

    /// `date` in RFC 3339 (any offset; signed in UTC) and `nonce`; either left out comes from `now`.
    pub fn parse(date: Option<&str>, nonce: Option<&str>) -> Result<Moment, String> {
        let now = Moment::now();
        let date = match date {
            Some(text) => OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                .map_err(|e| crate::t!("cli-bad-date", date = format!("{text:?}"), error = e.to_string()))?,
            None => now.date,
        };
        let nonce = match nonce {
            Some("") => return Err(crate::t!("cli-empty-nonce")),
            Some(n) => n.to_owned(),
            None => now.nonce,
        };
        Ok(Moment { date, nonce })
    }
}

/// A request as sent (every header, Authorization included) and how it was signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedRequest {
    pub request: HttpRequest,
    pub canonical_request: String,
    pub string_to_sign: String,
    pub authorization: String,
    pub scheme: Scheme,
    access_key_id: String,
    signed_headers: String,
    signature: String,
}

impl SignedRequest {
    /// A copy fit to show: the security token masked in the headers and the canonical request, and,
    /// with `hide_signature`, the Authorization's key id and signature masked too.
    pub fn redacted(&self, hide_signature: bool) -> SignedRequest {
        let mut out = self.clone();
        let token = self.scheme.token_header();
        for (name, value) in &mut out.request.headers {
            if name.eq_ignore_ascii_case(token) {
                *value = mask(value);
            }
        }
        let prefix = format!("{}:", token.to_ascii_lowercase());
        out.canonical_request = self
            .canonical_request
            .split('\n')
            .map(|line| match line.strip_prefix(&prefix) {
                Some(value) => format!("{prefix}{}", mask(value)),
                None => line.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        // The RPC V2 scheme carries the token, the key id and the signature in the query.
        for (name, value) in &mut out.request.query {
            let shown = name == "SecurityToken" || (hide_signature && (name == "Signature" || name == "AccessKeyId"));
            if shown {
                let encoded = crate::request::encode(value);
                *value = mask(value);
                out.canonical_request = out.canonical_request.replace(&encoded, &mask(&encoded));
            }
        }
        if hide_signature {
            out.authorization = self.scheme.authorization(&mask(&self.access_key_id), &self.signed_headers, "****");
            for (name, value) in &mut out.request.headers {
                if name.eq_ignore_ascii_case("authorization") {
                    value.clone_from(&out.authorization);
                }
            }
        }
        out
    }
}

/// Replaces a header (any case) or adds it.
pub(super) fn set_header(request: &mut HttpRequest, name: &str, value: String) {
    match request.headers.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(name)) {
        Some(slot) => slot.1 = value,
        None => request.headers.push((name.to_owned(), value)),
    }
}

/// The canonical request and string to sign of one request, given the names it signs.
struct Computed {
    canonical_request: String,
    string_to_sign: String,
}

struct Wire<'a> {
    method: &'a str,
    path: &'a str,
    query: &'a [(String, String)],
    headers: &'a [(String, String)],
    payload: &'a str,
    date: &'a str,
}

fn compute(scheme: Scheme, wire: &Wire<'_>, signed: &[String]) -> Result<Computed, String> {
    let parts = canonical::Parts {
        method: wire.method,
        uri: scheme.canonical_uri(wire.path),
        query: canonical::query(wire.query),
        headers: canonical::headers(wire.headers, signed)?,
        signed: signed.join(";"),
        payload: wire.payload,
    };
    let canonical_request = parts.request();
    let string_to_sign = scheme.string_to_sign(wire.date, &canonical_request);
    Ok(Computed { canonical_request, string_to_sign })
}

/// Adds the scheme's headers (host, date, nonce, payload hash, project, token) to `request` and signs
/// it with `key`. The body is signed as the exact bytes of `request.body`.
pub fn sign(scheme: Scheme, request: &HttpRequest, key: &Credentials, moment: &Moment) -> SignedRequest {
    if scheme.legacy() {
        return legacy::sign(scheme, request, key, moment);
    }
    let mut sent = request.clone();
    // Signing a request twice (a retry) replaces the old signature rather than signing it.
    sent.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
    let host = sent.host().to_owned();
    let date = scheme.format_date(moment.date);
    let payload = scheme.payload_hash(&sent.headers, sent.body.as_bytes());
    if scheme == Scheme::Huawei {
        set_header(&mut sent, "Host", host);
        set_header(&mut sent, huawei::DATE_HEADER, date.clone());
        if let Some(project) = key.project_id.as_ref().filter(|p| !p.is_empty()) {
            set_header(&mut sent, huawei::PROJECT_HEADER, project.clone());
        }
    } else {
        set_header(&mut sent, "host", host);
        set_header(&mut sent, acs3::DATE_HEADER, date.clone());
        set_header(&mut sent, acs3::NONCE_HEADER, moment.nonce.clone());
        set_header(&mut sent, acs3::PAYLOAD_HEADER, payload.clone());
    }
    if let Some(token) = &key.security_token {
        set_header(&mut sent, scheme.token_header(), token.expose().to_owned());
    }
    let signed = scheme.signed_names(sent.headers.iter().map(|(k, _)| k.as_str()));
    let wire = Wire {
        method: &sent.method,
        path: &sent.path,
        query: &sent.query,
        headers: &sent.headers,
        payload: &payload,
        date: &date,
    };
    // Every signed name was taken from these very headers, so none can be missing.
    let computed = compute(scheme, &wire, &signed)
        .unwrap_or_else(|_| Computed { canonical_request: String::new(), string_to_sign: String::new() });
    let mac = canonical::hmac_sha256(key.secret.expose().as_bytes(), computed.string_to_sign.as_bytes());
    let signature = hex::encode(mac.finalize().into_bytes());
    let signed_headers = signed.join(";");
    let authorization = scheme.authorization(&key.access_key_id, &signed_headers, &signature);
    sent.headers.push(("Authorization".to_owned(), authorization.clone()));
    SignedRequest {
        request: sent,
        canonical_request: computed.canonical_request,
        string_to_sign: computed.string_to_sign,
        authorization,
        scheme,
        access_key_id: key.access_key_id.clone(),
        signed_headers,
        signature,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::credentials::Secret;

    #[test]
    fn moment_parses_rfc3339_in_any_offset_and_signs_in_utc() {
        let m = Moment::parse(Some("2024-05-01T16:00:00+08:00"), Some("abc")).expect("valid");
        assert_eq!(acs3::format_date(m.date), "2024-05-01T08:00:00Z");
        assert_eq!(huawei::format_date(m.date), "20240501T080000Z");
        assert!(Moment::parse(Some("yesterday"), None).expect_err("bad").contains("RFC 3339"));
        assert!(Moment::parse(None, Some("")).is_err());
        assert_eq!(Moment::now().nonce.len(), 32);
    }

    #[test]
    fn signing_again_replaces_the_signature() {
        for scheme in [Scheme::Acs3, Scheme::Huawei] {
            let request = HttpRequest {
                method: "POST".to_owned(),
                base: "https://h".to_owned(),
                path: "/p".to_owned(),
                query: Vec::new(),
                headers: vec![("content-type".to_owned(), "application/json".to_owned())],
                body: "{}".to_owned(),
            };
            let key = Credentials::new("id", "secret");
            let first =
                sign(scheme, &request, &key, &Moment::parse(Some("2024-01-01T00:00:00Z"), Some("a")).expect("m"));
            let later = Moment::parse(Some("2024-01-01T00:05:00Z"), Some("b")).expect("m");
            let again = sign(scheme, &first.request, &key, &later);
            assert_eq!(again, sign(scheme, &request, &key, &later), "{scheme:?}");
            let count = again.request.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case("authorization")).count();
            assert_eq!(count, 1);
        }
    }

    #[test]
    fn redaction_masks_tokens_and_optionally_the_authorization() {
        let request = HttpRequest {
            method: "POST".to_owned(),
            base: "https://ecs.cn-hangzhou.aliyuncs.com".to_owned(),
            path: "/".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: String::new(),
        };
        let mut key = Credentials::new("LTAI5tAccessKeyIdValue", "secret");
        key.security_token = Some(Secret::new("CAIS-very-long-security-token-value"));
        let signed = sign(Scheme::Acs3, &request, &key, &Moment::parse(None, Some("n")).expect("moment"));
        let shown = signed.redacted(false);
        assert_eq!(shown.request.header("x-acs-security-token"), Some("****alue"));
        assert!(!shown.canonical_request.contains("CAIS-very-long"));
        assert_eq!(shown.authorization, signed.authorization);
        let hidden = signed.redacted(true);
        assert!(hidden.authorization.starts_with("ACS3-HMAC-SHA256 Credential=****alue,SignedHeaders="));
        assert!(hidden.authorization.ends_with(",Signature=****"));
        assert_eq!(hidden.request.header("authorization"), Some(hidden.authorization.as_str()));
    }
}
