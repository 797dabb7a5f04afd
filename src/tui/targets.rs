//! Choosing where Ctrl-S sends (`t`): the built-in sandbox, the `env` profile (keys from the SDK
//! variables) or a profiles.toml profile of this API's cloud — each listed with where it goes and
//! whether its key is there, so a missing variable shows before anything is sent.

use super::app::{App, Endpoint, Level};
use super::form_screen::FormScreen;
use super::overlay::{Menu, MenuItem, MenuPurpose, Overlay};
use crate::http::credentials::{Provider, mask};
use crate::profile::Profiles;

/// Opens the profile menu with the profiles just read (or the ones already known, if reading failed).
pub fn menu(app: &mut App, loaded: Result<Profiles, String>) {
    match loaded {
        Ok(profiles) => app.endpoint.profiles = profiles,
        Err(e) => app.say(Level::Error, format!("{e}; showing the profiles read before")),
    }
    let Some(f) = app.form() else { return };
    let provider = Provider::of(f.form.spec());
    let mut names = Vec::new();
    let mut items = Vec::new();
    for name in app.endpoint.profiles.names() {
        let Ok(profile) = app.endpoint.profiles.get(&name) else { continue };
        if profile.provider.is_some_and(|p| p != provider) {
            continue;
        }
        let mut probe = app.endpoint.clone();
        probe.profile.clone_from(&name);
        let mark = if name == app.endpoint.profile { "● " } else { "  " };
        items.push(MenuItem { label: format!("{mark}{name}"), detail: describe(&probe, f) });
        names.push(name);
    }
    let selected = names.iter().position(|n| *n == app.endpoint.profile).unwrap_or(0);
    let title = format!("Send {} requests to", provider.name());
    app.overlays.push(Overlay::Menu(Menu { title, items, selected, purpose: MenuPurpose::Profiles(names) }));
}

/// One line on a profile: where it sends and with which key, or what is missing.
fn describe(endpoint: &Endpoint, f: &FormScreen) -> String {
    if endpoint.is_sandbox() {
        return "the built-in sandbox on this machine: nothing real is created".into();
    }
    match f.target(endpoint) {
        Ok(t) => match &t.credentials {
            Some(key) => format!("{} · key {} · real, billable", t.base, mask(&key.access_key_id)),
            None => format!("{} · no key (credentials = \"none\"): cannot submit", t.base),
        },
        // The row already names the profile.
        Err(e) => e.strip_prefix(&format!("profile {}: ", endpoint.profile)).map_or_else(|| e.clone(), str::to_owned),
    }
}

/// Makes `name` the profile Ctrl-S, the exports and the signature view use.
pub fn choose(app: &mut App, name: &str) {
    app.endpoint.profile = name.to_owned();
    if app.endpoint.is_sandbox() {
        app.say(Level::Info, "requests go to the built-in sandbox");
        return;
    }
    let Some(f) = app.form() else { return };
    match f.target(&app.endpoint) {
        Ok(t) => {
            let text = format!("requests go to {} (profile {name}); Ctrl-S asks before creating anything", t.base);
            app.say(Level::Warn, text);
        }
        Err(e) => app.say(Level::Error, format!("profile {name}: {e}")),
    }
}
