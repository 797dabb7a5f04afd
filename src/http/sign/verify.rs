//! Checking a received request's signature against a known key pair: what the sandbox runs behind
//! `serve --verify-signatures`. On a mismatch it says why and gives the canonical request and string
//! to sign the server expected, as the real clouds do in their signature errors.

use hmac::Mac;
use time::OffsetDateTime;

use super::{Scheme, Wire, canonical, compute};
use crate::http::credentials::Credentials;

/// How far a request's date may be from the server's clock (Alibaba documents 15 minutes; Huawei's
/// limit is undocumented, the same is used).
pub const MAX_SKEW: time::Duration = time::Duration::minutes(15);

/// A request as the server received it.
pub struct Received<'a> {
    pub method: &'a str,
    /// The path as on the wire (percent-encoded), without the query.
    pub path: &'a str,
    /// The raw query string, without `?`.
    pub query: &'a str,
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MismatchReason {
    #[error("the request has no Authorization header")]
    MissingAuthorization,
    #[error("the Authorization header must be `{algorithm} {credential}=<key id>{sep}SignedHeaders=<names>{sep}Signature=<hex>`", sep = if *.algorithm == "ACS3-HMAC-SHA256" { "," } else { ", " })]
    MalformedAuthorization { algorithm: &'static str, credential: &'static str },
    #[error("the Authorization header uses {got:?}; this API takes {expected}")]
    WrongAlgorithm { expected: &'static str, got: String },
    #[error("the access key id {0:?} is not known here")]
    UnknownAccessKey(String),
    #[error("the signed header {0} is not in the request")]
    MissingHeader(String),
    #[error("{0} must be among the signed headers")]
    UnsignedHeader(String),
    #[error("the {header} header {value:?} is not a date in the scheme's format")]
    BadDate { header: &'static str, value: String },
    #[error("the request was signed at {date}, more than 15 minutes from the server's clock ({now})")]
    Expired { date: String, now: String },
    #[error("x-acs-content-sha256 is {header} but the body hashes to {body}")]
    PayloadHash { header: String, body: String },
    #[error("the signature does not match the server's calculation")]
    Signature,
}

/// Why a signature was refused, and what the server computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct Mismatch {
    pub reason: MismatchReason,
    pub expected_canonical_request: String,
    pub expected_string_to_sign: String,
}

struct Authorization {
    access_key_id: String,
    signed: Vec<String>,
    signature: String,
}

fn parse_authorization(scheme: Scheme, value: &str) -> Result<Authorization, MismatchReason> {
    let (algorithm, rest) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    if algorithm != scheme.algorithm() {
        return Err(MismatchReason::WrongAlgorithm { expected: scheme.algorithm(), got: algorithm.to_owned() });
    }
    let malformed = || MismatchReason::MalformedAuthorization {
        algorithm: scheme.algorithm(),
        credential: scheme.credential_field(),
    };
    let field = |name: &str| {
        rest.split(',').filter_map(|p| p.trim().split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| v.to_owned())
    };
    let (Some(access_key_id), Some(signed), Some(signature)) =
        (field(scheme.credential_field()), field("SignedHeaders"), field("Signature"))
    else {
        return Err(malformed());
    };
    if signed.is_empty() || signature.is_empty() {
        return Err(malformed());
    }
    Ok(Authorization { access_key_id, signed: signed.split(';').map(str::to_owned).collect(), signature })
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim())
}

/// Checks `received` against `key`. With `now`, the request date must also be within `MAX_SKEW`.
pub fn verify(
    scheme: Scheme,
    received: &Received<'_>,
    key: &Credentials,
    now: Option<OffsetDateTime>,
) -> Result<(), Mismatch> {
    if matches!(scheme, Scheme::RoaV1 | Scheme::RpcV2) {
        return verify_legacy(scheme, received, key, now);
    }
    let query = super::parse_query(received.query);
    let payload = scheme.payload_hash(received.headers, received.body);
    let date_header = scheme.date_header();
    let date = header(received.headers, date_header).unwrap_or_default();
    let wire = Wire {
        method: received.method,
        path: received.path,
        query: &query,
        headers: received.headers,
        payload: &payload,
        date,
    };
    // What the server expects when the client's own list cannot be used: the default signed set.
    let default_names: Vec<String> = scheme.signed_names(
        received.headers.iter().map(|(k, _)| k.as_str()).filter(|k| !k.eq_ignore_ascii_case("authorization")),
    );
    let fail = |reason: MismatchReason, names: &[String]| {
        let computed = compute(scheme, &wire, names).ok();
        Mismatch {
            reason,
            expected_canonical_request: computed.as_ref().map(|c| c.canonical_request.clone()).unwrap_or_default(),
            expected_string_to_sign: computed.map(|c| c.string_to_sign).unwrap_or_default(),
        }
    };
    let Some(value) = header(received.headers, "authorization") else {
        return Err(fail(MismatchReason::MissingAuthorization, &default_names));
    };
    let auth = parse_authorization(scheme, value).map_err(|reason| fail(reason, &default_names))?;
    if auth.access_key_id != key.access_key_id {
        return Err(fail(MismatchReason::UnknownAccessKey(auth.access_key_id), &default_names));
    }
    let signed = canonical::names(auth.signed.iter().map(String::as_str));
    for required in ["host", &date_header.to_ascii_lowercase()] {
        if !signed.iter().any(|s| s == required) {
            return Err(fail(MismatchReason::UnsignedHeader(required.to_owned()), &default_names));
        }
    }
    let Some(signed_at) = scheme.parse_date(date) else {
        let reason = MismatchReason::BadDate { header: date_header, value: date.to_owned() };
        return Err(fail(reason, &signed));
    };
    if let Some(now) = now
        && (now - signed_at).abs() > MAX_SKEW
    {
        return Err(fail(MismatchReason::Expired { date: date.to_owned(), now: scheme.format_date(now) }, &signed));
    }
    if scheme == Scheme::Acs3
        && let Some(claimed) = header(received.headers, super::acs3::PAYLOAD_HEADER)
        && !claimed.eq_ignore_ascii_case(&payload)
    {
        return Err(fail(MismatchReason::PayloadHash { header: claimed.to_owned(), body: payload.clone() }, &signed));
    }
    let computed =
        compute(scheme, &wire, &signed).map_err(|missing| fail(MismatchReason::MissingHeader(missing), &signed))?;
    let given = hex::decode(&auth.signature).unwrap_or_default();
    let mac = canonical::hmac_sha256(key.secret.expose().as_bytes(), computed.string_to_sign.as_bytes());
    // Constant-time comparison, so timing tells nothing about the expected signature.
    mac.verify_slice(&given).map_err(|_| Mismatch {
        reason: MismatchReason::Signature,
        expected_canonical_request: computed.canonical_request,
        expected_string_to_sign: computed.string_to_sign,
    })
}

/// The HMAC-SHA1 schemes: the key id, the date's skew, then the signature over the string to sign.
fn verify_legacy(
    scheme: Scheme,
    received: &Received<'_>,
    key: &Credentials,
    now: Option<OffsetDateTime>,
) -> Result<(), Mismatch> {
    let secret = key.secret.expose();
    let claim = super::legacy::claim(
        scheme,
        received.method,
        received.path,
        received.query,
        received.headers,
        received.body,
        secret,
    );
    let fail = |reason: MismatchReason, claim: Option<&super::legacy::Claim>| Mismatch {
        reason,
        expected_canonical_request: String::new(),
        expected_string_to_sign: claim.and_then(|c| c.strings_to_sign.first().cloned()).unwrap_or_default(),
    };
    let Some(claim) = claim else { return Err(fail(MismatchReason::MissingAuthorization, None)) };
    if claim.access_key_id != key.access_key_id {
        return Err(fail(MismatchReason::UnknownAccessKey(claim.access_key_id.clone()), Some(&claim)));
    }
    let Some(signed_at) = scheme.parse_date(&claim.date) else {
        let reason = MismatchReason::BadDate { header: scheme.date_header(), value: claim.date.clone() };
        return Err(fail(reason, Some(&claim)));
    };
    if let Some(now) = now
        && (now - signed_at).abs() > MAX_SKEW
    {
        let reason = MismatchReason::Expired { date: claim.date.clone(), now: scheme.format_date(now) };
        return Err(fail(reason, Some(&claim)));
    }
    if super::legacy::matches(&claim) { Ok(()) } else { Err(fail(MismatchReason::Signature, Some(&claim))) }
}

#[cfg(test)]
mod tests {
    use super::super::{Moment, SignedRequest, sign};
    use super::*;
    use crate::request::HttpRequest;

    fn key() -> Credentials {
        Credentials::new("sandbox-id", "sandbox-secret")
    }

    fn request(scheme: Scheme) -> HttpRequest {
        let (path, headers) = match scheme {
            Scheme::Acs3 | Scheme::RoaV1 => {
                ("/webapi/cluster/createV1", vec![("x-acs-action".to_owned(), "CreateInstanceV1".to_owned())])
            }
            Scheme::RpcV2 => ("/", vec![("x-acs-action".to_owned(), "CreateHpcCluster".to_owned())]),
            Scheme::Huawei => ("/v1.1/p%20id/cloudservers", vec![("X-Client-Token".to_owned(), "tok".to_owned())]),
        };
        HttpRequest {
            method: "POST".to_owned(),
            base: "http://127.0.0.1:8080".to_owned(),
            path: path.to_owned(),
            query: vec![("RegionId".to_owned(), "cn-hangzhou".to_owned()), ("Name".to_owned(), "a b*~".to_owned())],
            headers: [headers, vec![("content-type".to_owned(), "application/json".to_owned())]].concat(),
            body: r#"{"name":"中文 ✓"}"#.to_owned(),
        }
    }

    fn signed(scheme: Scheme) -> SignedRequest {
        sign(
            scheme,
            &request(scheme),
            &key(),
            &Moment::parse(Some("2024-05-01T08:00:00Z"), Some("nonce-1")).expect("m"),
        )
    }

    fn check(s: &SignedRequest, now: Option<OffsetDateTime>) -> Result<(), Mismatch> {
        let query = s.request.query_string();
        let received = Received {
            method: &s.request.method,
            path: &s.request.path,
            query: &query,
            headers: &s.request.headers,
            body: s.request.body.as_bytes(),
        };
        verify(s.scheme, &received, &key(), now)
    }

    fn at(text: &str) -> Option<OffsetDateTime> {
        Moment::parse(Some(text), None).ok().map(|m| m.date)
    }

    #[test]
    fn what_the_signer_sends_verifies() {
        for scheme in [Scheme::Acs3, Scheme::Huawei, Scheme::RoaV1, Scheme::RpcV2] {
            let s = signed(scheme);
            assert_eq!(check(&s, None), Ok(()), "{scheme:?}");
            assert_eq!(check(&s, at("2024-05-01T08:14:00Z")), Ok(()), "{scheme:?} within the window");
        }
    }

    #[test]
    fn tampering_is_caught_with_the_expected_strings() {
        for scheme in [Scheme::Acs3, Scheme::Huawei] {
            let mut s = signed(scheme);
            s.request.query[1].1 = "other".to_owned();
            let err = check(&s, None).expect_err("query changed");
            assert_eq!(err.reason, MismatchReason::Signature);
            assert!(err.expected_canonical_request.contains("Name=other"), "{}", err.expected_canonical_request);
            assert!(err.expected_string_to_sign.starts_with(scheme.algorithm()));

            let mut s = signed(scheme);
            s.request.body.push(' ');
            let err = check(&s, None).expect_err("body changed");
            let expected = if scheme == Scheme::Acs3 { "PayloadHash" } else { "Signature" };
            assert!(format!("{:?}", err.reason).starts_with(expected), "{scheme:?}: {:?}", err.reason);

            let err = check(&signed(scheme), at("2024-05-01T08:16:00Z")).expect_err("too late");
            assert!(matches!(err.reason, MismatchReason::Expired { .. }), "{:?}", err.reason);
        }
    }

    #[test]
    fn header_problems_are_named() {
        let mut s = signed(Scheme::Huawei);
        s.request.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("x-client-token"));
        assert_eq!(
            check(&s, None).expect_err("gone").reason,
            MismatchReason::MissingHeader("x-client-token".to_owned())
        );

        let mut s = signed(Scheme::Acs3);
        s.request.headers.retain(|(k, _)| k != "Authorization");
        let err = check(&s, None).expect_err("unsigned");
        assert_eq!(err.reason, MismatchReason::MissingAuthorization);
        assert!(err.expected_canonical_request.contains("x-acs-action:CreateInstanceV1"));

        let mut s = signed(Scheme::Acs3);
        let auth = s.request.headers.iter_mut().find(|(k, _)| k == "Authorization").expect("auth");
        auth.1 = auth.1.replace("Credential=sandbox-id", "Credential=someone-else");
        assert_eq!(
            check(&s, None).expect_err("key").reason,
            MismatchReason::UnknownAccessKey("someone-else".to_owned())
        );
        auth_set(&mut s, "SDK-HMAC-SHA256 Access=sandbox-id");
        assert!(matches!(check(&s, None).expect_err("alg").reason, MismatchReason::WrongAlgorithm { .. }));
        auth_set(&mut s, "ACS3-HMAC-SHA256 Credential=sandbox-id");
        let err = check(&s, None).expect_err("malformed");
        assert!(err.to_string().contains("Credential=<key id>,SignedHeaders="), "{err}");
        auth_set(&mut s, "ACS3-HMAC-SHA256 Credential=sandbox-id,SignedHeaders=x-acs-date,Signature=00");
        assert_eq!(check(&s, None).expect_err("host").reason, MismatchReason::UnsignedHeader("host".to_owned()));
        auth_set(&mut s, "ACS3-HMAC-SHA256 Credential=sandbox-id,SignedHeaders=host;x-acs-date,Signature=zz");
        assert_eq!(check(&s, None).expect_err("not hex").reason, MismatchReason::Signature);
    }

    fn auth_set(s: &mut SignedRequest, value: &str) {
        if let Some(slot) = s.request.headers.iter_mut().find(|(k, _)| k == "Authorization") {
            slot.1 = value.to_owned();
        }
    }

    #[test]
    fn bad_dates_and_odd_input_never_panic() {
        let mut s = signed(Scheme::Huawei);
        if let Some(slot) = s.request.headers.iter_mut().find(|(k, _)| k == "X-Sdk-Date") {
            slot.1 = "2024-05-01".to_owned();
        }
        assert!(matches!(check(&s, None).expect_err("date").reason, MismatchReason::BadDate { .. }));
        let headers = vec![("authorization".to_owned(), "\u{0}\u{202e} ,,,==;;".to_owned())];
        let received =
            Received { method: "", path: "%%%/\u{fffd}", query: "&&=%zz", headers: &headers, body: &[0xff, 0xfe] };
        for scheme in [Scheme::Acs3, Scheme::Huawei] {
            assert!(verify(scheme, &received, &key(), Some(OffsetDateTime::UNIX_EPOCH)).is_err());
        }
    }
}
