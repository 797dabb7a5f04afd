//! The command line's help in the current language: the derive in `cli` defines the commands and
//! arguments, this walks the built `clap::Command` and gives every command its about and every
//! argument its help from `cli.ftl`, with clap's own words (headings, `-h`/`-V`, defaults and
//! possible values) from there too.

use clap::builder::StyledStr;
use clap::{Arg, Command, CommandFactory};

/// The whole command line, every text in the current language.
pub fn command() -> Command {
    let mut command = localize(super::Args::command());
    // Building adds clap's own `-h`, `-V` and `help` command (and copies global args down), which
    // get their texts afterwards.
    command.build();
    generated(command)
}

/// What `command`'s about says; `None` for a command the table does not know.
fn about(command: &str) -> Option<String> {
    Some(match command {
        "apiwizard" => crate::t!("cli-about"),
        "list" => crate::t!("cli-list-about"),
        "schema" => crate::t!("cli-schema-about"),
        "example" => crate::t!("cli-example-about"),
        "validate" => crate::t!("cli-validate-about"),
        "serve" => crate::t!("cli-serve-about"),
        "submit" => crate::t!("cli-submit-about"),
        "sign" => crate::t!("cli-sign-about"),
        "export" => crate::t!("cli-export-about"),
        "help" => crate::t!("cli-help-about"),
        _ => return None,
    })
}

/// What argument `arg` of `command` is for; `None` for one the table does not know.
fn arg_help(command: &str, arg: &str) -> Option<String> {
    Some(match (command, arg) {
        (_, "lang") => crate::t!("cli-arg-lang"),
        ("apiwizard", "profile") => crate::t!("cli-arg-wizard-profile"),
        (_, "api") => crate::t!("cli-arg-api"),
        (_, "file") => crate::t!("cli-arg-file"),
        (_, "format") if command != "export" => crate::t!("cli-arg-format"),
        ("example", "name") => crate::t!("cli-arg-example-name"),
        ("serve", "addr") => crate::t!("cli-arg-serve-addr"),
        ("serve", "speed") => crate::t!("cli-arg-serve-speed"),
        ("serve", "fail_rate") => crate::t!("cli-arg-serve-fail-rate"),
        ("serve", "latency") => crate::t!("cli-arg-serve-latency"),
        ("serve", "drop") => crate::t!("cli-arg-serve-drop"),
        ("serve", "job_fail_rate") => crate::t!("cli-arg-serve-job-fail-rate"),
        ("serve", "quota") => crate::t!("cli-arg-serve-quota"),
        ("serve", "state") => crate::t!("cli-arg-serve-state"),
        ("serve", "verify_signatures") => crate::t!("cli-arg-serve-verify"),
        ("serve", "access_key_id") => crate::t!("cli-arg-serve-key-id"),
        ("serve", "access_key_secret") => crate::t!("cli-arg-serve-key-secret"),
        ("serve", "header_timeout") => crate::t!("cli-arg-serve-header-timeout"),
        ("serve", "body_timeout") => crate::t!("cli-arg-serve-body-timeout"),
        ("serve", "max_connections") => crate::t!("cli-arg-serve-max-connections"),
        ("submit", "endpoint") => crate::t!("cli-arg-submit-endpoint"),
        ("submit", "params") => crate::t!("cli-arg-submit-param"),
        ("submit", "wait") => crate::t!("cli-arg-submit-wait"),
        ("submit", "timeout") => crate::t!("cli-arg-submit-timeout"),
        ("submit", "attempts") => crate::t!("cli-arg-submit-attempts"),
        ("submit", "poll_interval") => crate::t!("cli-arg-submit-poll-interval"),
        ("submit", "wait_timeout") => crate::t!("cli-arg-submit-wait-timeout"),
        ("submit", "profile") => crate::t!("cli-arg-submit-profile"),
        ("submit", "yes") => crate::t!("cli-arg-submit-yes"),
        ("submit", "scheme") => crate::t!("cli-arg-submit-scheme"),
        ("sign" | "export", "profile") => crate::t!("cli-arg-target-profile"),
        ("sign" | "export", "region") => crate::t!("cli-arg-target-region"),
        ("sign" | "export", "endpoint") => crate::t!("cli-arg-target-endpoint"),
        ("sign" | "export", "params") => crate::t!("cli-arg-target-param"),
        ("sign" | "export", "scheme") => crate::t!("cli-arg-target-scheme"),
        ("sign" | "export", "date") => crate::t!("cli-arg-moment-date"),
        ("sign" | "export", "nonce") => crate::t!("cli-arg-moment-nonce"),
        ("sign", "reveal") => crate::t!("cli-arg-sign-reveal"),
        ("export", "format") => crate::t!("cli-arg-export-as"),
        ("export", "reveal") => crate::t!("cli-arg-export-reveal"),
        ("help", "subcommand") => crate::t!("cli-arg-help-command"),
        _ => return None,
    })
}

/// What one of `export --as`'s values writes (the only argument whose values need words).
fn value_help(command: &str, arg: &str, value: &str) -> Option<String> {
    if (command, arg) != ("export", "format") {
        return None;
    }
    Some(match value {
        "json" => crate::t!("cli-as-json"),
        "curl" => crate::t!("cli-as-curl"),
        "http" => crate::t!("cli-as-http"),
        "httpie" => crate::t!("cli-as-httpie"),
        "cli" => crate::t!("cli-as-cli"),
        "cli-json" => crate::t!("cli-as-cli-json"),
        "python" => crate::t!("cli-as-python"),
        "typescript" => crate::t!("cli-as-typescript"),
        _ => return None,
    })
}

/// clap's default template with the usage heading in the current language (styled as clap's own).
fn template() -> StyledStr {
    let style = clap::builder::Styles::default().get_usage().to_owned();
    let heading = crate::t!("cli-usage-heading");
    // A full-width colon carries its own space.
    let gap = if heading.ends_with(':') { " " } else { "" };
    StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{style}{heading}{style:#}{gap}{{usage}}\n\n{{all-args}}{{after-help}}"
    ))
}

/// Texts for the derive's commands and arguments, recursively.
fn localize(command: Command) -> Command {
    let name = command.get_name().to_owned();
    let mut command = command
        .help_template(template())
        .subcommand_help_heading(crate::t!("cli-commands-heading"))
        .mut_subcommands(localize);
    if let Some(text) = about(&name) {
        command = command.about(text).long_about(None);
    }
    if name == "serve" {
        command = command.after_help(crate::t!("cli-serve-after"));
    }
    // Each argument is taken out and put back: positionals first, so their heading comes first as
    // clap's own "Arguments" does.
    let (positionals, options): (Vec<_>, Vec<_>) =
        command.get_arguments().map(|a| (a.get_id().to_string(), a.is_positional())).partition(|(_, p)| *p);
    for (id, _) in positionals.into_iter().chain(options) {
        command = command.mut_arg(&id, |arg| described(&name, arg));
    }
    command
}

/// One argument with its help, heading, default and possible values in the current language.
fn described(command: &str, arg: Arg) -> Arg {
    let heading =
        if arg.is_positional() { crate::t!("cli-arguments-heading") } else { crate::t!("cli-options-heading") };
    let mut help = arg_help(command, arg.get_id().as_str()).unwrap_or_default();
    let mut long: Option<String> = None;
    let takes_values = arg.get_action().takes_values();
    if takes_values {
        let mut notes = Vec::new();
        if let Some(value) = arg.get_default_values().first() {
            notes.push(crate::t!("cli-default", value = value.to_string_lossy().into_owned()));
        }
        let values: Vec<_> = arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
        if !values.is_empty() {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            notes.push(crate::t!("cli-possible-values", values = crate::i18n::join(&names)));
            // Values that say what they do are listed one a line in the long help, as clap does.
            let width = names.iter().map(|n| n.len() + 1).max().unwrap_or(0);
            let lines: Vec<String> = names
                .iter()
                .filter_map(|n| {
                    value_help(command, arg.get_id().as_str(), n).map(|h| format!("- {:width$} {h}", format!("{n}:")))
                })
                .collect();
            if !lines.is_empty() {
                long = Some(format!("{help}\n\n{}\n{}", crate::t!("cli-possible-values-heading"), lines.join("\n")));
            }
        }
        for note in notes {
            help = if help.is_empty() { note } else { crate::t!("cli-help-with-note", help = help, note = note) };
        }
    }
    let mut arg = arg.help(help).help_heading(heading);
    if takes_values {
        // Said above in the current language instead of clap's English.
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    match long {
        Some(long) => arg.long_help(long),
        None => arg,
    }
}

/// Texts for what building added: `-h`, `-V`, the `help` command and its argument, recursively.
fn generated(command: Command) -> Command {
    let name = command.get_name().to_owned();
    // The `help` command and its copies of the tree are new here: they need the template too.
    let mut command = command
        .help_template(template())
        .subcommand_help_heading(crate::t!("cli-commands-heading"))
        .mut_subcommands(generated);
    if let Some(text) = about(&name) {
        command = command.about(text);
    }
    let has = |c: &Command, id: &str| c.get_arguments().any(|a| a.get_id() == id);
    let heading = crate::t!("cli-options-heading");
    if has(&command, "help") {
        let long = command.get_arguments().find(|a| a.get_id() == "help").and_then(|a| a.get_long_help()).is_some();
        let heading = heading.clone();
        command = command.mut_arg("help", |a| {
            let a = a.help_heading(heading);
            if long {
                a.help(crate::t!("cli-arg-help-more")).long_help(crate::t!("cli-arg-help-summary"))
            } else {
                a.help(crate::t!("cli-arg-help"))
            }
        });
    }
    if has(&command, "version") {
        command = command.mut_arg("version", |a| a.help(crate::t!("cli-arg-version")).help_heading(heading));
    }
    if name == "help" && has(&command, "subcommand") {
        command = command.mut_arg("subcommand", |a| {
            a.help(crate::t!("cli-arg-help-command")).help_heading(crate::t!("cli-arguments-heading"))
        });
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_thread};

    fn every_command(command: &Command, out: &mut Vec<Command>) {
        out.push(command.clone());
        for sub in command.get_subcommands() {
            every_command(sub, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_text_in_both_languages() {
        for lang in Lang::ALL {
            set_thread(lang);
            let mut all = Vec::new();
            every_command(&command(), &mut all);
            assert!(all.len() > 9, "{}", all.len());
            for c in &all {
                let name = c.get_name();
                assert!(c.get_about().is_some_and(|a| !a.to_string().is_empty()), "{name} has no about");
                for arg in c.get_arguments() {
                    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(!help.is_empty(), "{name} {} has no help ({lang:?})", arg.get_id());
                    assert!(!help.contains('⟦'), "{name} {}: {help}", arg.get_id());
                }
            }
        }
    }

    #[test]
    fn every_value_of_export_as_says_what_it_writes() {
        set_thread(Lang::Zh);
        let export = command().find_subcommand("export").cloned().expect("export");
        let arg = export.get_arguments().find(|a| a.get_id() == "format").cloned().expect("--as");
        for value in arg.get_possible_values() {
            assert!(value_help("export", "format", value.get_name()).is_some(), "{} has no text", value.get_name());
        }
        let long = arg.get_long_help().map(ToString::to_string).unwrap_or_default();
        assert!(long.contains("可选值：") && long.contains("- cli-json:"), "{long}");
    }

    #[test]
    fn the_chinese_help_has_chinese_headings_and_no_clap_english() {
        set_thread(Lang::Zh);
        let help = command().find_subcommand_mut("validate").expect("validate").render_help().to_string();
        for word in ["用法：", "参数:", "选项:", "（默认：text）", "（可选值：text、json）", "输出帮助"]
        {
            assert!(help.contains(word), "{word} missing:\n{help}");
        }
        for word in ["Usage", "Options", "Arguments", "[default", "possible values", "Print help"] {
            assert!(!help.contains(word), "{word} left in:\n{help}");
        }
    }
}
