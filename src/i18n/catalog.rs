//! The program's own strings: one Fluent file per language and area under `assets/i18n/`, built
//! into the binary and loaded into one bundle per language on first use.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// An argument of a message: text or a number (which Fluent's plural rules read).
pub use fluent_bundle::FluentValue as Arg;

macro_rules! areas {
    ($($area:literal),+ $(,)?) => {
        /// Every file: its language, area and text. Each area is one part of the program (the
        /// wizard's views, its actions, the CLI, the engine, shared words), so each has one owner.
        pub const FILES: &[(Lang, &str, &str)] = &[
            $((Lang::En, $area, include_str!(concat!("../../assets/i18n/en/", $area, ".ftl"))),)+
            $((Lang::Zh, $area, include_str!(concat!("../../assets/i18n/zh/", $area, ".ftl"))),)+
        ];
    };
}

areas!("core", "view", "wizard", "cli", "engine");

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static ZH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    };
    cell.get_or_init(|| {
        let tag = match lang {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
        };
        let locale = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Unicode isolation marks are invisible in a terminal but take cells and break alignment.
        bundle.set_use_isolating(false);
        for (_, _, text) in FILES.iter().filter(|(l, _, _)| *l == lang) {
            // A file that does not parse keeps the entries it could read; the catalog test names
            // every error, so a broken file cannot reach a release.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// Message `id` in the current language with its arguments. An id neither language has comes back
/// as `⟦id⟧`, visible on screen, and the catalog test fails on it.
pub fn message(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    message_in(super::current(), id, args)
}

/// Message `id` in `lang`.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return format!("⟦{id}⟧");
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// Whether `lang`'s bundle has message `id` (for the catalog test).
#[cfg(test)]
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Every file's parse errors, `area (lang): error` (for the catalog test).
#[cfg(test)]
pub fn parse_errors() -> Vec<String> {
    FILES
        .iter()
        .filter_map(|(lang, area, text)| {
            FluentResource::try_new((*text).to_owned())
                .err()
                .map(|(_, errors)| format!("{area}.ftl ({}): {errors:?}", lang.code()))
        })
        .collect()
}
