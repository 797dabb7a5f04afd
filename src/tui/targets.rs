//! Choosing where Ctrl-S sends (`t`): the built-in sandbox, the `env` profile (keys from the SDK
//! variables) or a profiles.toml profile of this API's cloud — each listed with where it goes and
//! whether its key is there, so a missing variable shows before anything is sent.

use super::app::{App, Endpoint, Level};
use super::form_screen::FormScreen;
use super::overlay::{Menu, MenuItem, MenuPurpose, Overlay};
use crate::http::credentials::{Provider, mask};
use crate::profile::Profiles;
use crate::t;

/// Opens the profile menu with the profiles just read (or the ones already known, if reading failed).
pub fn menu(app: &mut App, loaded: Result<Profiles, String>) {
    match loaded {
        Ok(profiles) => app.endpoint.profiles = profiles,
        Err(e) => app.say(Level::Error, t!("wizard-profiles-unread", error = e)),
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
    let title = t!("wizard-profiles-title", provider = cloud_name(provider));
    app.overlays.push(Overlay::Menu(Menu { title, items, selected, purpose: MenuPurpose::Profiles(names) }));
}

/// The cloud's name as its own console writes it in the current language.
pub fn cloud_name(provider: Provider) -> String {
    match provider {
        Provider::Alibaba => t!("wizard-cloud-alibaba"),
        Provider::Huawei => t!("wizard-cloud-huawei"),
    }
}

/// One line on a profile: where it sends and with which key, or what is missing.
fn describe(endpoint: &Endpoint, f: &FormScreen) -> String {
    if endpoint.is_sandbox() {
        return t!("wizard-profile-sandbox");
    }
    match f.target(endpoint) {
        Ok(t) => match &t.credentials {
            Some(key) => t!("wizard-profile-real", base = t.base.as_str(), key = mask(&key.access_key_id)),
            None => t!("wizard-profile-no-key", base = t.base.as_str()),
        },
        // The row already names the profile.
        Err(e) => e.strip_prefix(&format!("profile {}: ", endpoint.profile)).map_or_else(|| e.clone(), str::to_owned),
    }
}

/// Makes `name` the profile Ctrl-S, the exports and the signature view use.
pub fn choose(app: &mut App, name: &str) {
    app.endpoint.profile = name.to_owned();
    if app.endpoint.is_sandbox() {
        app.say(Level::Info, t!("wizard-target-sandbox"));
        return;
    }
    let Some(f) = app.form() else { return };
    match f.target(&app.endpoint) {
        Ok(t) => {
            let text = t!("wizard-target-real", base = t.base.as_str(), profile = name);
            app.say(Level::Warn, text);
        }
        Err(e) => app.say(Level::Error, t!("wizard-target-failed", profile = name, error = e)),
    }
}
