//! clap's refusals of a command line in Chinese: the common kinds (an unknown argument or command,
//! a missing one, a refused value, a conflict) in our words with the offending bit named, the usage
//! line under a Chinese heading. English keeps clap's own wording and colours.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang};

/// The text to print for `error` in the current language, or `None` when clap's own rendering is
/// right: English, and help or version (whose texts are already translated).
pub fn translated(error: &clap::Error) -> Option<String> {
    if i18n::current() == Lang::En
        || matches!(
            error.kind(),
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let mut text = format!("{}\n", crate::t!("cli-error-line", sentence = sentence(error)));
    let tip = match (one(error, ContextKind::SuggestedArg), one(error, ContextKind::SuggestedSubcommand)) {
        (Some(arg), _) => Some(crate::t!("cli-error-tip", suggestion = arg)),
        (None, Some(command)) => Some(crate::t!("cli-error-tip-command", suggestion = command)),
        (None, None) => None,
    };
    if let Some(tip) = tip {
        text.push_str(&format!("\n  {tip}\n"));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.trim().trim_start_matches("Usage:").trim_start();
        text.push_str(&format!("\n{}{line}\n", crate::t!("cli-usage-heading")));
    }
    text.push_str(&format!("\n{}\n", crate::t!("cli-error-more")));
    Some(text)
}

/// The one sentence that says what is wrong.
fn sentence(error: &clap::Error) -> String {
    let arg = one(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = one(error, ContextKind::InvalidValue).unwrap_or_default();
    match error.kind() {
        ErrorKind::UnknownArgument => crate::t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            crate::t!("cli-error-unknown-command", arg = one(error, ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::MissingRequiredArgument => crate::t!("cli-error-missing", args = arg),
        ErrorKind::MissingSubcommand => crate::t!("cli-error-missing-command"),
        ErrorKind::InvalidValue if value.is_empty() => crate::t!("cli-error-no-value", arg = arg),
        ErrorKind::InvalidValue => {
            let mut text = crate::t!("cli-error-invalid-value", value = value, arg = arg);
            if let Some(values) = one(error, ContextKind::ValidValue) {
                text.push_str(&format!("\n  {}", crate::t!("cli-error-allowed", values = values)));
            }
            text
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error).map(ToString::to_string).unwrap_or_default();
            crate::t!("cli-error-bad-value", value = value, arg = arg, reason = reason)
        }
        ErrorKind::ArgumentConflict => match one(error, ContextKind::PriorArg) {
            Some(other) if other != arg => crate::t!("cli-error-conflict", arg = arg, other = other),
            _ => crate::t!("cli-error-repeated", arg = arg),
        },
        // The rare kinds (counts of values, an equals sign, bad UTF-8) keep clap's words inside ours.
        _ => {
            let detail = error.render().to_string();
            let first = detail.lines().next().unwrap_or_default().trim_start_matches("error:").trim();
            crate::t!("cli-error-other", detail = first.to_owned())
        }
    }
}

/// A context value as one text (a list joined with commas).
fn one(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) if !list.is_empty() => Some(crate::i18n::join(list)),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(args: &[&str]) -> String {
        let error = super::super::help::command().try_get_matches_from(args).expect_err("refused");
        translated(&error).expect("a Chinese message")
    }

    #[test]
    fn the_common_refusals_are_chinese_and_name_the_offending_bit() {
        i18n::set_thread(Lang::Zh);
        let unknown = refused(&["apiwizard", "validate", "--apii", "x"]);
        assert!(unknown.starts_with("错误：无法识别的参数“--apii”"), "{unknown}");
        assert!(
            unknown.contains("提示：有一个相近的参数“--api”") && unknown.contains("用法：apiwizard validate"),
            "{unknown}"
        );
        let missing = refused(&["apiwizard", "validate"]);
        assert!(missing.contains("缺少以下必填参数：--api <API>"), "{missing}");
        let value = refused(&["apiwizard", "validate", "--api", "x", "--format", "yaml"]);
        assert!(
            value.contains("“yaml”不是“--format <FORMAT>”的有效值") && value.contains("可选值：text、json"),
            "{value}"
        );
        let command = refused(&["apiwizard", "valdate"]);
        assert!(command.contains("无法识别的子命令“valdate”"), "{command}");
    }

    #[test]
    fn english_and_help_keep_clap_rendering() {
        i18n::set_thread(Lang::En);
        let error = super::super::help::command().try_get_matches_from(["apiwizard", "--bogus"]).expect_err("refused");
        assert_eq!(translated(&error), None);
        i18n::set_thread(Lang::Zh);
        let help = super::super::help::command().try_get_matches_from(["apiwizard", "--help"]).expect_err("help");
        assert_eq!(translated(&help), None);
    }
}
