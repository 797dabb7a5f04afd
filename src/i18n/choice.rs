//! Which language a run speaks: `--lang`, else `APIWIZARD_LANG`, else the language last chosen in
//! the wizard (remembered in the config dir), else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
//! first one set, as POSIX reads them), else English.

use std::path::PathBuf;

use super::Lang;

/// Every variable the choice reads, in the order it reads them (tests clear them all).
pub const LANGUAGE_VARS: [&str; 4] = ["APIWIZARD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Where the chosen language came from, for `--help` and error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Flag,
    Env,
    Remembered,
    Locale,
    Default,
}

/// The language of this run from the flag's value (if given), the environment and the config dir.
/// A flag or `APIWIZARD_LANG` naming no language is an error that says which values work.
pub fn choose(flag: Option<&str>) -> Result<(Lang, Choice), String> {
    choose_from(flag, &|name| std::env::var(name).ok(), remembered())
}

/// `choose` with the environment and the remembered choice given, so it is testable.
pub fn choose_from(
    flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    remembered: Option<Lang>,
) -> Result<(Lang, Choice), String> {
    let named = |value: &str, what: &str| {
        Lang::parse(value).ok_or_else(|| crate::t!("lang-unknown", what = what, value = value))
    };
    if let Some(value) = flag {
        return named(value, "--lang").map(|l| (l, Choice::Flag));
    }
    if let Some(value) = env("APIWIZARD_LANG").filter(|v| !v.trim().is_empty()) {
        return named(&value, "APIWIZARD_LANG").map(|l| (l, Choice::Env));
    }
    if let Some(lang) = remembered {
        return Ok((lang, Choice::Remembered));
    }
    let locale = LANGUAGE_VARS[1..].iter().find_map(|name| env(name).filter(|v| !v.is_empty()));
    Ok(match locale {
        Some(value) if value.to_ascii_lowercase().starts_with("zh") => (Lang::Zh, Choice::Locale),
        Some(_) => (Lang::En, Choice::Locale),
        None => (Lang::En, Choice::Default),
    })
}

fn settings_file() -> PathBuf {
    crate::paths::config_dir().join("settings.toml")
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

/// The language last chosen in the wizard, if any (an unreadable file counts as none).
pub fn remembered() -> Option<Lang> {
    let text = std::fs::read_to_string(settings_file()).ok()?;
    let settings: Settings = toml::from_str(&text).ok()?;
    settings.language.as_deref().and_then(Lang::parse)
}

/// Keeps `lang` as the language later runs start in (when no flag or variable says otherwise).
pub fn remember(lang: Lang) -> std::io::Result<()> {
    write(Settings { language: Some(lang.code().to_owned()) })
}

fn write(settings: Settings) -> std::io::Result<()> {
    let file = settings_file();
    let text = toml::to_string(&settings).map_err(std::io::Error::other)?;
    crate::paths::write_atomic(&file, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn the_flag_beats_the_variable_which_beats_the_remembered_choice_which_beats_the_locale() {
        let all = [("APIWIZARD_LANG", "en"), ("LANG", "zh_CN.UTF-8")];
        assert_eq!(choose_from(Some("zh"), &env(&all), Some(Lang::En)), Ok((Lang::Zh, Choice::Flag)));
        assert_eq!(choose_from(None, &env(&all), Some(Lang::Zh)), Ok((Lang::En, Choice::Env)));
        let locale = [("LANG", "zh_CN.UTF-8")];
        assert_eq!(choose_from(None, &env(&locale), Some(Lang::En)), Ok((Lang::En, Choice::Remembered)));
        assert_eq!(choose_from(None, &env(&locale), None), Ok((Lang::Zh, Choice::Locale)));
        assert_eq!(choose_from(None, &env(&[]), None), Ok((Lang::En, Choice::Default)));
    }

    #[test]
    fn the_first_locale_variable_set_decides_as_posix_reads_them() {
        let pairs = [("LC_ALL", "en_US.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "zh_TW")];
        assert_eq!(choose_from(None, &env(&pairs), None), Ok((Lang::En, Choice::Locale)));
        let pairs = [("LC_ALL", ""), ("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "C")];
        assert_eq!(choose_from(None, &env(&pairs), None), Ok((Lang::Zh, Choice::Locale)));
        assert_eq!(choose_from(None, &env(&[("LANG", "C.UTF-8")]), None), Ok((Lang::En, Choice::Locale)));
    }

    #[test]
    fn a_value_naming_no_language_is_refused_with_the_ones_that_work() {
        crate::i18n::set_thread(Lang::En);
        let error = choose_from(Some("fr"), &env(&[]), None).expect_err("refused");
        assert!(error.contains("\"fr\"") && error.contains("zh") && error.contains("en"), "{error}");
        let error = choose_from(None, &env(&[("APIWIZARD_LANG", "klingon")]), None).expect_err("refused");
        assert!(error.starts_with("APIWIZARD_LANG"), "{error}");
        crate::i18n::set_thread(Lang::Zh);
        let error = choose_from(Some("fr"), &env(&[]), None).expect_err("refused");
        assert!(error.contains("不是本工具支持的语言"), "{error}");
    }
}
