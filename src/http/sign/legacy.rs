//! Alibaba Cloud's two older HMAC-SHA1 signatures, still sent by official SDKs and CLIs: the ROA
//! header signature (`Authorization: acs <key id>:<base64>`, what the `batchcompute` SDK signs) and
//! the RPC query signature (`Signature=…&SignatureVersion=1.0`). Both are described, with their
//! published vectors, in shared/reference/cloud.md §2.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use time::OffsetDateTime;
use time::macros::format_description;

use super::{Moment, Scheme, SignedRequest, set_header};
use crate::http::credentials::Credentials;
use crate::request::{HttpRequest, encode, parse_query};

pub const ROA_ALGORITHM: &str = "acs";
pub const RPC_ALGORITHM: &str = "HMAC-SHA1";
pub const ROA_DATE_HEADER: &str = "Date";
pub const RPC_DATE_PARAM: &str = "Timestamp";
const SIGNATURE_PARAM: &str = "Signature";

/// RFC 1123, as the ROA `Date` header carries it (`Tue, 01 Dec 2026 20:24:31 GMT`).
const HTTP_DATE: &[time::format_description::FormatItem<'static>] =
    format_description!("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT");
const RPC_DATE: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

pub fn format_date(scheme: Scheme, date: OffsetDateTime) -> String {
    let utc = date.to_offset(time::UtcOffset::UTC);
    let format = if scheme == Scheme::RoaV1 { HTTP_DATE } else { RPC_DATE };
    utc.format(format).unwrap_or_default()
}

pub fn parse_date(scheme: Scheme, text: &str) -> Option<OffsetDateTime> {
    let format = if scheme == Scheme::RoaV1 { HTTP_DATE } else { RPC_DATE };
    time::PrimitiveDateTime::parse(text.trim(), format).ok().map(time::PrimitiveDateTime::assume_utc)
}

fn hmac_sha1(key: &[u8], message: &str) -> Hmac<Sha1> {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC accepts any key"));
    mac.update(message.as_bytes());
    mac
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map_or("", |(_, v)| v.as_str())
}

/// ROA: every `x-acs-*` header, lowercase and sorted, as `name:value\n`.
fn roa_headers(headers: &[(String, String)]) -> String {
    let mut pairs: Vec<(String, &str)> = headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim()))
        .filter(|(k, _)| k.starts_with("x-acs-"))
        .collect();
    pairs.sort();
    pairs.iter().map(|(k, v)| format!("{k}:{v}\n")).collect()
}

/// ROA: the path and the query pairs sorted, `k=v` (a bare `k` when empty), not encoded.
fn roa_resource(path: &str, query: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = query.iter().collect();
    sorted.sort();
    let pairs: Vec<String> =
        sorted.iter().map(|(k, v)| if v.is_empty() { k.clone() } else { format!("{k}={v}") }).collect();
    if pairs.is_empty() { path.to_owned() } else { format!("{path}?{}", pairs.join("&")) }
}

fn roa_string_to_sign(method: &str, headers: &[(String, String)], resource: &str) -> String {
    let line = |name: &str| header(headers, name).trim().to_owned();
    format!(
        "{method}\n{}\n{}\n{}\n{}\n{}{resource}",
        line("accept"),
        line("content-md5"),
        line("content-type"),
        line(ROA_DATE_HEADER),
        roa_headers(headers)
    )
}

/// RPC: every parameter but the signature, RFC 3986-encoded and sorted, joined by `&`.
fn rpc_canonical(pairs: &[(String, String)]) -> String {
    let mut encoded: Vec<(String, String)> =
        pairs.iter().filter(|(k, _)| k != SIGNATURE_PARAM).map(|(k, v)| (encode(k), encode(v))).collect();
    encoded.sort();
    encoded.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

fn rpc_string_to_sign(method: &str, canonical: &str) -> String {
    format!("{method}&{}&{}", encode("/"), encode(canonical))
}

/// Signs `request` with one of the two schemes; the document's own parameters stay as they are.
pub fn sign(scheme: Scheme, request: &HttpRequest, key: &Credentials, moment: &Moment) -> SignedRequest {
    let mut sent = request.clone();
    sent.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
    let date = format_date(scheme, moment.date);
    let (canonical, string_to_sign, key_bytes) = if scheme == Scheme::RoaV1 {
        set_header(&mut sent, ROA_DATE_HEADER, date);
        set_header(&mut sent, "Accept", "application/json".to_owned());
        set_header(&mut sent, "x-acs-signature-method", RPC_ALGORITHM.to_owned());
        set_header(&mut sent, "x-acs-signature-version", "1.0".to_owned());
        set_header(&mut sent, "x-acs-signature-nonce", moment.nonce.clone());
        if let Some(token) = &key.security_token {
            set_header(&mut sent, "x-acs-security-token", token.expose().to_owned());
        }
        let canonical = format!("{}{}", roa_headers(&sent.headers), roa_resource(&sent.path, &sent.query));
        let sts = roa_string_to_sign(&sent.method, &sent.headers, &roa_resource(&sent.path, &sent.query));
        (canonical, sts, key.secret.expose().as_bytes().to_vec())
    } else {
        // The action and version move from the V3 headers into the query, where this scheme reads them.
        for (header_name, param) in [("x-acs-action", "Action"), ("x-acs-version", "Version")] {
            let value = header(&sent.headers, header_name).to_owned();
            sent.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(header_name));
            if !value.is_empty() {
                sent.query.retain(|(k, _)| k != param);
                sent.query.push((param.to_owned(), value));
            }
        }
        let mut common = vec![
            ("Format", "JSON".to_owned()),
            ("AccessKeyId", key.access_key_id.clone()),
            ("SignatureMethod", RPC_ALGORITHM.to_owned()),
            ("SignatureVersion", "1.0".to_owned()),
            ("SignatureNonce", moment.nonce.clone()),
            (RPC_DATE_PARAM, date),
        ];
        if let Some(token) = &key.security_token {
            common.push(("SecurityToken", token.expose().to_owned()));
        }
        for (name, value) in common {
            sent.query.retain(|(k, _)| k != name);
            sent.query.push((name.to_owned(), value));
        }
        let canonical = rpc_canonical(&sent.query);
        let sts = rpc_string_to_sign(&sent.method, &canonical);
        (canonical, sts, format!("{}&", key.secret.expose()).into_bytes())
    };
    let signature = BASE64.encode(hmac_sha1(&key_bytes, &string_to_sign).finalize().into_bytes());
    let authorization = if scheme == Scheme::RoaV1 {
        let value = roa_authorization(&key.access_key_id, &signature);
        sent.headers.push(("Authorization".to_owned(), value.clone()));
        value
    } else {
        sent.query.push((SIGNATURE_PARAM.to_owned(), signature.clone()));
        rpc_authorization(&signature)
    };
    SignedRequest {
        request: sent,
        canonical_request: canonical,
        string_to_sign,
        authorization,
        scheme,
        access_key_id: key.access_key_id.clone(),
        signed_headers: String::new(),
        signature,
    }
}

pub fn roa_authorization(access_key_id: &str, signature: &str) -> String {
    format!("{ROA_ALGORITHM} {access_key_id}:{signature}")
}

/// The RPC signature travels in the query; this is how reports name it.
pub fn rpc_authorization(signature: &str) -> String {
    format!("{SIGNATURE_PARAM}={signature} (in the query)")
}

/// What a received legacy signature claims, and every string it may have been made over.
pub struct Claim {
    pub access_key_id: String,
    pub signature: String,
    pub date: String,
    /// The strings to sign the server accepts, the documented form first.
    pub strings_to_sign: Vec<String>,
    pub key: Vec<u8>,
}

/// Reads a received request as `scheme` signs it; `None` when it carries no such signature.
pub fn claim(
    scheme: Scheme,
    method: &str,
    path: &str,
    raw_query: &str,
    headers: &[(String, String)],
    body: &[u8],
    secret: &str,
) -> Option<Claim> {
    let query = parse_query(raw_query);
    if scheme == Scheme::RoaV1 {
        let value = header(headers, "authorization").trim();
        let (id, signature) = value.strip_prefix("acs ")?.split_once(':')?;
        let documented = roa_string_to_sign(method, headers, &roa_resource(&crate::http::sign::decode(path), &query));
        // The batchcompute SDK signs the request target as it sends it (encoded, keys in its order).
        let target = if raw_query.is_empty() { path.to_owned() } else { format!("{path}?{raw_query}") };
        let as_sent = roa_string_to_sign(method, headers, &target);
        return Some(Claim {
            access_key_id: id.to_owned(),
            signature: signature.to_owned(),
            date: header(headers, ROA_DATE_HEADER).to_owned(),
            strings_to_sign: vec![documented, as_sent],
            key: secret.as_bytes().to_vec(),
        });
    }
    let form = header(headers, "content-type").starts_with("application/x-www-form-urlencoded");
    let mut pairs = query;
    if form {
        pairs.extend(parse_query(&String::from_utf8_lossy(body)));
    }
    let value = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let signature = value(SIGNATURE_PARAM)?;
    Some(Claim {
        access_key_id: value("AccessKeyId").unwrap_or_default(),
        signature,
        date: value(RPC_DATE_PARAM).unwrap_or_default(),
        strings_to_sign: vec![rpc_string_to_sign(method, &rpc_canonical(&pairs))],
        key: format!("{secret}&").into_bytes(),
    })
}

/// Whether `claim.signature` is the HMAC-SHA1 of one of its strings to sign (compared in constant time).
pub fn matches(claim: &Claim) -> bool {
    let given = BASE64.decode(claim.signature.trim()).unwrap_or_default();
    claim.strings_to_sign.iter().any(|sts| hmac_sha1(&claim.key, sts).verify_slice(&given).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The RPC V2 vector of the doc's "fixed parameter values" (shared/reference/cloud.md §2.1).
    #[test]
    fn reproduces_the_published_rpc_vector() {
        let pairs: Vec<(String, String)> = [
            ("AccessKeyId", "testid"),
            ("Action", "DescribeDedicatedHosts"),
            ("Format", "JSON"),
            ("RegionId", "cn-beijing"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"),
            ("SignatureVersion", "1.0"),
            ("Timestamp", "2023-03-13T08:34:30Z"),
            ("Version", "2014-05-26"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let sts = rpc_string_to_sign("GET", &rpc_canonical(&pairs));
        assert!(sts.starts_with("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts"), "{sts}");
        assert!(sts.contains("Timestamp%3D2023-03-13T08%253A34%253A30Z"), "{sts}");
        let signature = BASE64.encode(hmac_sha1(b"testsecret&", &sts).finalize().into_bytes());
        assert_eq!(signature, "9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    }

    /// The SDK util's empty-request vector (darabonba-openapi-util tests, cloud.md §2.2).
    #[test]
    fn reproduces_the_published_roa_vector() {
        let sts = roa_string_to_sign("GET", &[], "");
        assert_eq!(sts, "GET\n\n\n\n\n");
        assert_eq!(BASE64.encode(hmac_sha1(b"secret", &sts).finalize().into_bytes()), "XGXDWA78AEvx/wmfxKoVCq/afWw=");
    }

    #[test]
    fn dates_round_trip_in_each_form() {
        let date = parse_date(Scheme::RoaV1, "Tue, 01 Dec 2026 20:24:31 GMT").expect("http date");
        assert_eq!(format_date(Scheme::RoaV1, date), "Tue, 01 Dec 2026 20:24:31 GMT");
        assert_eq!(format_date(Scheme::RpcV2, date), "2026-12-01T20:24:31Z");
        assert!(parse_date(Scheme::RoaV1, "yesterday").is_none());
    }
}
