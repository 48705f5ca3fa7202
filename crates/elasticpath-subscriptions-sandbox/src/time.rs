//! Time in the sandbox: moving the clock, and making happen what is due
//! (schedules fire, jobs start and finish), in order and in bounded
//! slices, before a request is answered or when a test moves the clock.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::store::Store;
use crate::{Sandbox, clock, runs};

impl Sandbox {
    /// Moves the clock forward by `by` (to [`clock::LATEST`] at most), and
    /// makes happen everything due by then, in order: schedules fire, jobs
    /// start and finish. See [`Sandbox::set_now`].
    pub fn advance(&self, by: Duration) {
        let _turn = self.turn();
        // From where the clock is once this move's turn has come (another
        // move may have been under way).
        self.move_to(self.clock.after(by));
    }

    /// Sets the clock to `to` (brought within [`clock::EARLIEST`]..=
    /// [`clock::LATEST`]), and makes happen everything due by then.
    ///
    /// A move forward works through what is due in order, on the calling
    /// thread, a bounded number of events per hold of the store's lock
    /// ([`runs::EVENTS_PER_LOCK`]); meanwhile the clock shows how far it has
    /// got, and requests are answered as of that time without waiting. Its
    /// work is bounded ([`runs::MAX_RUNS_PER_MOVE`], [`crate::MAX_JOBS`]).
    /// Moves are made one at a time.
    pub fn set_now(&self, to: DateTime<Utc>) {
        let to = clock::clamped(to);
        let _turn = self.turn();
        if to <= self.now() {
            self.clock.set(to);
        } else {
            self.move_to(to);
        }
    }

    /// Moves the clock forward to `target`, showing its progress; the turn
    /// is held.
    pub(crate) fn move_to(&self, target: DateTime<Utc>) {
        /// Says a move is under way for as long as it lives, even if the
        /// move panics (which would otherwise leave requests believing
        /// forever that someone else settles).
        struct Moving<'a>(&'a AtomicBool);
        impl Drop for Moving<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Release);
            }
        }
        self.moving.store(true, Ordering::Release);
        let _moving = Moving(&self.moving);
        self.begin_move();
        loop {
            let (more, next) = self.settle_slice(target);
            // Everything before the next event due is done: the clock may
            // show up to just before it.
            let shown = match next.filter(|at| *at <= target) {
                Some(next) => next - chrono::TimeDelta::microseconds(1),
                None => target,
            };
            self.clock.forward_to(shown.min(target));
            if !more {
                break;
            }
        }
        self.clock.forward_to(target);
    }

    /// The turn to make due things happen.
    pub(crate) fn turn(&self) -> std::sync::MutexGuard<'_, ()> {
        self.settling.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether something is due by `now` that a request must wait for: not
    /// while a move is under way (the clock then shows how far it has got,
    /// and all before that is done). Only a read lock is taken.
    pub(crate) fn due(&self, now: DateTime<Utc>) -> bool {
        !self.moving.load(Ordering::Acquire) && self.next_event().is_some_and(|at| at <= now)
    }

    /// Makes happen everything due by now, on this thread (for the
    /// in-process readers, [`Sandbox::job`] and the like, and off the async
    /// workers for requests). If a move of the clock is under way, or
    /// starts while this waits its turn, there is nothing to wait for: the
    /// clock shows how far the move has got, and all before is done.
    pub(crate) fn settle(&self) {
        let now = self.now();
        if !self.due(now) {
            return;
        }
        let _turn = loop {
            match self.settling.try_lock() {
                Ok(turn) => break turn,
                Err(std::sync::TryLockError::Poisoned(poisoned)) => break poisoned.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) if self.moving.load(Ordering::Acquire) => return,
                // Another request settles: a slice or two.
                Err(std::sync::TryLockError::WouldBlock) => std::thread::sleep(Duration::from_micros(200)),
            }
        };
        self.begin_move();
        while self.settle_slice(now).0 {}
    }

    /// Makes happen everything due by now, before a request is answered.
    /// Cheap when nothing is due. One bounded slice of the work is done on
    /// this (async) thread if no one else is settling; anything more, or
    /// waiting for another settler, happens off the async workers, so they
    /// keep answering.
    pub(crate) async fn settled(&self) {
        let now = self.now();
        if !self.due(now) {
            return;
        }
        if let Ok(turn) = self.settling.try_lock() {
            self.begin_move();
            let (more, _) = self.settle_slice(now);
            drop(turn);
            if !more {
                return;
            }
        }
        let sandbox = self.clone();
        let _ = tokio::task::spawn_blocking(move || sandbox.settle()).await;
    }

    /// When something next happens, in any store, if anything will.
    pub(crate) fn next_event(&self) -> Option<DateTime<Utc>> {
        self.stores.all().filter_map(|store| store.read().engine.next_event()).min()
    }

    /// The default store, to read.
    pub(crate) fn read(&self) -> parking_lot::RwLockReadGuard<'_, Store> {
        self.stores.default().read()
    }

    /// A move of the clock begins, in every store.
    pub(crate) fn begin_move(&self) {
        for store in self.stores.all() {
            store.write().engine.begin_move();
        }
    }

    /// One slice of the work due by `until` in each store that has some,
    /// each under its write lock, which is then handed to whoever waits for
    /// it (fairly: a settler taking it again at once would starve the
    /// readers); whether more is due, and when the next thing happens.
    pub(crate) fn settle_slice(&self, until: DateTime<Utc>) -> (bool, Option<DateTime<Utc>>) {
        let (mut more, mut next) = (false, None::<DateTime<Utc>>);
        for shared in self.stores.all() {
            if shared.read().engine.next_event().is_none_or(|at| at > until) {
                continue;
            }
            let mut store = shared.write();
            more |= runs::settle(&mut store, until);
            let store_next = store.engine.next_event();
            parking_lot::RwLockWriteGuard::unlock_fair(store);
            next = [next, store_next].into_iter().flatten().min();
        }
        if !more {
            next = self.next_event();
        }
        (more, next)
    }
}
