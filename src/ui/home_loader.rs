//! The home screen's data, read on a thread of its own so the loop keeps
//! taking keys while the review index is opened (and, the first time or
//! after a copy, built): what it finds comes down a channel, and the
//! input wait is woken to take it.

use crate::store::HomeData;
use crate::store::index::{Check, Progress, ProgressSink};
use crate::store::{Lookup, Store};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// What the loader sends.
#[derive(Debug)]
pub enum HomeLoad {
    /// How far reading the record files has come.
    Progress(Progress),
    /// Everything; nothing comes after it.
    Data(Box<HomeData>),
}

/// A load under way.
pub struct HomeLoader {
    rx: Receiver<HomeLoad>,
}

impl HomeLoader {
    /// Clears what a killed runde left behind (see [`Store::clear_debris`]),
    /// then reads the home data of `networks` from `store`, in the
    /// background. `now` tells a meeting running on another machine (see
    /// `Record::running_elsewhere`).
    pub fn start(
        store: Store,
        networks: Vec<String>,
        now: crate::model::record::Stamp,
    ) -> std::io::Result<HomeLoader> {
        Self::spawn(move |progress| {
            store.clear_debris(std::time::SystemTime::from(now));
            let mut lookup = Lookup::open(&store, Check::Listing, Some(progress));
            let mut data = lookup.home_data(&networks);
            let me = store.machine_id();
            data.running_elsewhere = data
                .resumable
                .as_ref()
                .and_then(|r| r.running_elsewhere(&me, now))
                .map(str::to_string);
            data.resumable_left |= data
                .resumable
                .as_ref()
                .is_some_and(|r| r.ran_before_the_day_of(now));
            data
        })
    }

    /// Runs `load` on a new thread; it reports progress through the sink
    /// it is given and returns the data. Each message wakes `wake`.
    pub fn spawn(
        load: impl FnOnce(ProgressSink) -> HomeData + Send + 'static,
    ) -> std::io::Result<HomeLoader> {
        Self::spawn_waking(load, super::signals::nudge)
    }

    fn spawn_waking(
        load: impl FnOnce(ProgressSink) -> HomeData + Send + 'static,
        wake: fn(),
    ) -> std::io::Result<HomeLoader> {
        let (tx, rx) = mpsc::channel();
        let progress_tx = std::sync::Mutex::new(tx.clone());
        let sink: ProgressSink = Arc::new(move |p| {
            if let Ok(tx) = progress_tx.lock() {
                send(&tx, HomeLoad::Progress(p), wake);
            }
        });
        std::thread::Builder::new()
            .name("runde-home".into())
            .spawn(move || {
                let data = load(sink);
                send(&tx, HomeLoad::Data(Box::new(data)), wake);
            })?;
        Ok(HomeLoader { rx })
    }

    /// What arrived since the last look, without waiting; `None` in the
    /// list's place once the loader is done (or gone).
    pub fn arrived(&self) -> Option<Vec<HomeLoad>> {
        let mut got = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(load) => got.push(load),
                Err(TryRecvError::Empty) => return Some(got),
                Err(TryRecvError::Disconnected) if got.is_empty() => return None,
                Err(TryRecvError::Disconnected) => return Some(got),
            }
        }
    }
}

fn send(tx: &Sender<HomeLoad>, load: HomeLoad, wake: fn()) {
    // The loop may have ended (or moved on) already: nobody to tell.
    if tx.send(load).is_ok() {
        wake();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    static WAKES: AtomicUsize = AtomicUsize::new(0);

    fn count_wake() {
        WAKES.fetch_add(1, Ordering::SeqCst);
    }

    /// Waits for a message without a sleep for time: the receiver blocks.
    fn next(loader: &HomeLoader) -> HomeLoad {
        loader
            .rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the loader answers")
    }

    #[test]
    fn the_loop_is_not_held_while_the_data_loads_and_is_woken_for_each_message() {
        let (release, released) = mpsc::channel::<()>();
        let loader = HomeLoader::spawn_waking(
            move |progress| {
                progress(Progress { done: 0, total: 2 });
                // Held until the test says so: a slow index build. (Were
                // the load run on the caller's thread, it would give up
                // after the timeout and the data would come too early.)
                let _ = released.recv_timeout(Duration::from_secs(10));
                progress(Progress { done: 2, total: 2 });
                HomeData {
                    latest_network: Some("Ledergruppen".into()),
                    ..HomeData::default()
                }
            },
            count_wake,
        )
        .expect("a thread");
        assert!(matches!(
            next(&loader),
            HomeLoad::Progress(Progress { done: 0, total: 2 })
        ));
        // Nothing more while the load is held: the loop goes on with keys.
        assert!(loader.arrived().expect("still loading").is_empty());
        release.send(()).expect("the loader waits");
        assert!(matches!(
            next(&loader),
            HomeLoad::Progress(Progress { done: 2, .. })
        ));
        match next(&loader) {
            HomeLoad::Data(data) => {
                assert_eq!(data.latest_network.as_deref(), Some("Ledergruppen"))
            }
            other => panic!("expected the data, got {other:?}"),
        }
        // Each send is followed by its wake on the loader's thread: the two
        // before the data have certainly woken the loop by now.
        assert!(
            WAKES.load(Ordering::SeqCst) >= 2,
            "each message wakes the loop"
        );
    }
}
