//! Alibaba Cloud signature V3 (`ACS3-HMAC-SHA256`) for RPC and ROA alike: the x-acs-* headers it
//! adds, which headers it signs, and its Authorization format. Source: "Request syntax and signature
//! method V3" (alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature).

use time::OffsetDateTime;
use time::macros::format_description;

use super::canonical::names;

pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";
pub const DATE_HEADER: &str = "x-acs-date";
pub const PAYLOAD_HEADER: &str = "x-acs-content-sha256";
pub const TOKEN_HEADER: &str = "x-acs-security-token";
pub const NONCE_HEADER: &str = "x-acs-signature-nonce";

const DATE_FORMAT: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

pub fn format_date(date: OffsetDateTime) -> String {
    let utc = date.to_offset(time::UtcOffset::UTC);
    utc.format(DATE_FORMAT).unwrap_or_default()
}

pub fn parse_date(text: &str) -> Option<OffsetDateTime> {
    time::PrimitiveDateTime::parse(text, DATE_FORMAT).ok().map(time::PrimitiveDateTime::assume_utc)
}

/// The doc's rule: `host`, `content-type` and every `x-acs-*` header are signed.
pub fn signed_names<'a>(headers: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    names(headers.into_iter().filter(|n| {
        let n = n.to_ascii_lowercase();
        n == "host" || n == "content-type" || n.starts_with("x-acs-")
    }))
}

/// Separators as published: one space after the algorithm, then commas with no spaces.
pub fn authorization(access_key_id: &str, signed: &str, signature: &str) -> String {
    format!("{ALGORITHM} Credential={access_key_id},SignedHeaders={signed},Signature={signature}")
}

pub const CREDENTIAL_FIELD: &str = "Credential";

#[cfg(test)]
mod tests {
    use super::super::{Moment, Scheme, sign};
    use crate::http::credentials::Credentials;
    use crate::request::HttpRequest;

    fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    /// The official worked example, "Fixed parameter values" section of the V3 signature doc
    /// (alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature), byte for byte.
    #[test]
    fn reproduces_the_published_v3_example() {
        let request = HttpRequest {
            method: "POST".to_owned(),
            base: "https://ecs.cn-shanghai.aliyuncs.com".to_owned(),
            path: "/".to_owned(),
            query: owned(&[
                ("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
                ("RegionId", "cn-shanghai"),
            ]),
            headers: owned(&[("x-acs-action", "RunInstances"), ("x-acs-version", "2014-05-26")]),
            body: String::new(),
        };
        let moment =
            Moment::parse(Some("2023-10-26T10:22:32Z"), Some("3156853299f313e23d1673dc12e1703d")).expect("valid date");
        let key = Credentials::new("YourAccessKeyId", "YourAccessKeySecret");
        let signed = sign(Scheme::Acs3, &request, &key, &moment);
        assert_eq!(
            signed.canonical_request,
            "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n\
             host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n\
             x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
             x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n\
             x-acs-version:2014-05-26\n\n\
             host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n\
             e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            signed.string_to_sign,
            "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
        );
        assert_eq!(
            signed.authorization,
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;\
             x-acs-date;x-acs-signature-nonce;x-acs-version,\
             Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
        assert_eq!(signed.request.header("Authorization"), Some(signed.authorization.as_str()));
        assert_eq!(signed.request.header("x-acs-date"), Some("2023-10-26T10:22:32Z"));
        assert_eq!(signed.request.header("host"), Some("ecs.cn-shanghai.aliyuncs.com"));
    }

    #[test]
    fn sts_tokens_and_bodies_are_signed() {
        let request = HttpRequest {
            method: "POST".to_owned(),
            base: "https://starrocks.cn-hangzhou.aliyuncs.com".to_owned(),
            path: "/webapi/cluster/createV1".to_owned(),
            query: Vec::new(),
            headers: owned(&[
                ("content-type", "application/json; charset=utf-8"),
                ("x-acs-action", "CreateInstanceV1"),
            ]),
            body: r#"{"InstanceName":"c1"}"#.to_owned(),
        };
        let mut key = Credentials::new("id", "secret");
        key.security_token = Some(crate::http::credentials::Secret::new("token-value"));
        let moment = Moment::parse(Some("2024-01-02T03:04:05Z"), Some("n")).expect("date");
        let signed = sign(Scheme::Acs3, &request, &key, &moment);
        assert!(signed.authorization.contains(
            "SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce,"
        ));
        let hash = super::super::canonical::sha256_hex(request.body.as_bytes());
        assert_eq!(signed.request.header("x-acs-content-sha256"), Some(hash.as_str()));
        assert!(signed.canonical_request.starts_with("POST\n/webapi/cluster/createV1\n\ncontent-type:"));
        assert!(signed.canonical_request.ends_with(&hash));
    }
}
