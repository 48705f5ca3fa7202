//! The sandbox's stores: one per set of client credentials (or one,
//! `default`, without credentials), and the organization's, whose records
//! every store sees (as Elastic Path's organization-owned resources are)
//! but none can change.
//!
//! A request reads its own store and the organization's, and writes its own
//! only: a token of one store never reads another store's records.

use std::collections::BTreeMap;
use std::sync::Arc;

use elasticpath_subscriptions_types::filter::Condition;
use parking_lot::RwLock;
use uuid::Uuid;

use crate::runs::RunSettings;
use crate::store::{Row, Store, Table};

/// A store, shared.
pub(crate) type Shared = Arc<RwLock<Store>>;

/// The name of the organization's store in a state file and the admin
/// endpoints' `?store=`.
pub const ORGANIZATION: &str = "organization";

/// Every store of a sandbox.
#[derive(Debug)]
pub(crate) struct Stores {
    named: BTreeMap<String, Shared>,
    /// The first store: the one in-process calls use.
    default: String,
    organization: Shared,
}

impl Stores {
    /// Empty stores of these names (at least one), jobs run as `settings` say.
    pub(crate) fn new(names: &[String], settings: &RunSettings) -> Stores {
        let store = || {
            let mut store = Store::default();
            store.engine.settings = settings.clone();
            Arc::new(RwLock::new(store))
        };
        let named: BTreeMap<String, Shared> = names.iter().map(|name| (name.clone(), store())).collect();
        let default = names.first().cloned().unwrap_or_else(|| crate::auth::DEFAULT_STORE.to_owned());
        Stores { named, default, organization: store() }
    }

    /// The store named `name`: one of a credential, or the organization's.
    pub(crate) fn get(&self, name: &str) -> Option<&Shared> {
        if name == ORGANIZATION { Some(&self.organization) } else { self.named.get(name) }
    }

    /// The store in-process calls use.
    pub(crate) fn default(&self) -> &Shared {
        &self.named[&self.default]
    }

    /// The name of the store in-process calls use.
    pub(crate) fn default_name(&self) -> &str {
        &self.default
    }

    /// The organization's store.
    pub(crate) fn organization(&self) -> &Shared {
        &self.organization
    }

    /// The credentials' stores, by name.
    pub(crate) fn named(&self) -> &BTreeMap<String, Shared> {
        &self.named
    }

    /// Every store, the organization's last.
    pub(crate) fn all(&self) -> impl Iterator<Item = &Shared> {
        self.named.values().chain([&self.organization])
    }
}

/// A page of what a store sees: its own rows and the organization's,
/// oldest first, matching `conditions`: `limit` from `offset`, and how many
/// match in all. The cost is the page's end (offset and limit), whatever
/// the size of the tables.
pub(crate) fn page<T: Row>(
    own: &Table<T>,
    organization: &Table<T>,
    conditions: &[Condition],
    offset: usize,
    limit: usize,
) -> (Vec<T>, usize) {
    if organization.len() == 0 {
        return own.page(conditions, offset, limit);
    }
    let end = offset.saturating_add(limit);
    let (mine, my_total) = own.page(conditions, 0, end);
    let (theirs, their_total) = organization.page(conditions, 0, end);
    let mut merged = Vec::with_capacity(end.min(mine.len() + theirs.len()));
    let (mut mine, mut theirs) = (mine.into_iter().peekable(), theirs.into_iter().peekable());
    while merged.len() < end {
        let take_mine = match (mine.peek(), theirs.peek()) {
            (Some(a), Some(b)) => a.created() <= b.created(),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_mine { mine.next() } else { theirs.next() };
        merged.extend(next);
    }
    (merged.into_iter().skip(offset).collect(), my_total + their_total)
}

/// The row with `id`: the store's own, or the organization's.
pub(crate) fn find<T: Row>(own: &Table<T>, organization: &Table<T>, id: &Uuid) -> Option<T> {
    own.get(id).or_else(|| organization.get(id)).cloned()
}
