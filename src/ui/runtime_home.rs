//! The home screen's data in the run loop: loaded off the input path,
//! taken in when it arrives, and the open actions of the chosen network.

use super::*;

/// The network's earlier actions, once per live session, for "since last time";
/// true when it loaded them (the screen then needs drawing again).
pub(super) fn load_actions(app: &mut App, store: &Store, loaded_for: &mut Option<String>) -> bool {
    let app_lang = app.lang;
    let Some(live) = app.live_mut() else {
        return false;
    };
    let id = live.session.record().id.clone();
    if loaded_for.as_ref() == Some(&id) {
        return false;
    }
    let network = live.session.record().network.clone();
    let mut lookup = store.lookup();
    let loaded = lookup.meetings(&network.name);
    let records: Vec<crate::model::PastMeeting> =
        loaded.items.into_iter().filter(|r| r.id != id).collect();
    live.next_past = Some(records);
    let network = network.name;
    live.open_actions = lookup
        .network_actions(&network)
        .into_iter()
        .filter(|a| a.session != id)
        .collect();
    // Records that could not be read leave their actions out of "since
    // last time" and their meetings out of the rotation: said on the status
    // line, with the index's own notices.
    live.problems.extend(crate::i18n::rotation::unread_meetings(
        &loaded.problems,
        app_lang,
    ));
    live.problems.extend(index_notices(&mut lookup, app_lang));
    *loaded_for = Some(id);
    true
}

/// What the lookup mended or could not use, in the UI's language.
pub(super) fn index_notices(
    lookup: &mut crate::store::Lookup,
    lang: crate::text::Lang,
) -> Vec<String> {
    lookup
        .take_notices()
        .iter()
        .map(|n| crate::i18n::index::notice(n, lang))
        .collect()
}

/// Where the home screen's data stands.
pub(super) enum HomeLoad {
    NotYet,
    Loading(HomeLoader),
    Done,
}

/// What the home screen shows beside its menu (the session to resume,
/// open actions, agreements, the network that met last) is read on a
/// thread of its own once the first frame is up: it comes from the review
/// index, which may have to be built first; keys are taken meanwhile and
/// the progress is shown. True when something arrived to draw.
pub(super) fn home_data_arrived(
    app: &mut App,
    store: &Store,
    load: &mut HomeLoad,
    now: crate::model::record::Stamp,
) -> bool {
    if matches!(load, HomeLoad::NotYet) {
        let crate::ui::app::Screen::Home(home) = &app.screen else {
            return false;
        };
        let names = home.networks.iter().map(|n| n.name.clone()).collect();
        *load = match HomeLoader::start(store.clone(), names, now) {
            Ok(loader) => HomeLoad::Loading(loader),
            Err(e) => {
                let lang = app.lang;
                if let Some(home) = app.home_screen_mut() {
                    home.not_loaded(crate::i18n::home::NOT_LOADED.fill(lang, &[&e.to_string()]));
                }
                HomeLoad::Done
            }
        };
    }
    let HomeLoad::Loading(loader) = load else {
        return false;
    };
    let arrived = loader.arrived();
    let lang = app.lang;
    let Some(home) = app.home_screen_mut() else {
        return false;
    };
    let Some(arrived) = arrived else {
        // The thread ended without its data (it panicked): say so.
        home.not_loaded(crate::i18n::home::NOT_LOADED.fill(lang, &["–"]));
        *load = HomeLoad::Done;
        return true;
    };
    let changed = !arrived.is_empty();
    for message in arrived {
        match message {
            Loaded::Progress(p) => home.loading = Some(p),
            Loaded::Data(data) => {
                home.loaded(*data, lang);
                *load = HomeLoad::Done;
            }
        }
    }
    changed
}

/// Home's `x`, answered yes: take the record's lock, read what is on disk
/// now, and close it as it stood (see `Session::close_as_left`); the home
/// screen says how it went.
pub(super) fn close_left(app: &mut App, store: &Store, clock: &dyn Clock, id: &str) {
    use crate::i18n::home as t;
    let lang = app.lang;
    let result = match store.take_record(id, crate::store::LOCK_WAIT) {
        Ok((_, record)) if !record.is_resumable() => Err(t::NO_SESSION.get(lang).to_string()),
        Ok((mut held, record)) => {
            let closed = crate::engine::Session::close_as_left(record, clock);
            let day = crate::dates::short_day(closed.started.date_naive());
            store
                .save_held(&mut held, &closed)
                .map(|_| t::CLOSED_LEFT.fill(lang, &[&closed.network.name, &day]))
                .map_err(|e| e.describe(lang))
        }
        Err(e) => Err(e.describe(lang)),
    };
    if let Some(home) = app.home_screen_mut() {
        home.closed_left(result);
    }
}
