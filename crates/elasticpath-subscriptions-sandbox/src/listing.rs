//! The list operations' pages: filters, offsets, limits and links.

use crate::store::{self, Store, Table};
use elasticpath_subscriptions_server::{ErrorBody, ErrorBodyExt};

use crate::{Sandbox, stores, types};

/// The page length when `page[limit]` is not given.
pub const DEFAULT_PAGE_LIMIT: u64 = 25;
/// The largest `page[offset]` the API accepts, as documented.
pub const MAX_PAGE_OFFSET: u64 = 10_000;

impl Sandbox {
    /// One page of a list, with its links: the store's records and the
    /// organization's. The filter is parsed first (with quoted values unless
    /// the request turned beta filtering off), outside the locks; they are
    /// held to copy the page out.
    pub(crate) fn list<T: store::Row>(
        &self,
        store: &stores::Shared,
        table: impl Fn(&Store) -> &Table<T>,
        path: &str,
        filter: Option<(&str, types::filter::Quoting)>,
        offset: Option<u64>,
        limit: Option<u64>,
    ) -> Result<(Vec<T>, types::Links), types::ErrorResponse> {
        let conditions = match filter.map(|(text, quoting)| types::filter::parse_with(text, quoting)).transpose() {
            Ok(parsed) => parsed.map(|f| f.conditions().to_vec()).unwrap_or_default(),
            Err(e) => {
                return Err(ErrorBody::bad_request(format!("filter: Could not parse the supplied filter: {e}")));
            }
        };
        let offset = offset.unwrap_or(0).min(MAX_PAGE_OFFSET);
        let limit = limit.filter(|l| *l > 0).unwrap_or(DEFAULT_PAGE_LIMIT);
        let (data, total) = {
            let (own, organization) = (store.read(), self.stores.organization().read());
            stores::page(table(&own), table(&organization), &conditions, offset as usize, limit as usize)
        };
        let total = total as u64;
        let url = |at: u64| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            if let Some((filter, _)) = filter {
                query.append_pair("filter", filter);
            }
            query.append_pair("page[offset]", &at.to_string()).append_pair("page[limit]", &limit.to_string());
            let link =
                format!("{}{}{path}?{}", self.public_url, elasticpath_subscriptions_server::BASE_PATH, query.finish());
            types::Link::Uri(types::LinkUri(Some(link)))
        };
        let null = || types::Link::Uri(types::LinkUri(None));
        let last = if total == 0 { 0 } else { ((total - 1) / limit * limit).min(MAX_PAGE_OFFSET) };
        let next = offset + limit;
        let links = [
            ("first", url(0)),
            ("prev", if offset > 0 { url(offset.saturating_sub(limit)) } else { null() }),
            ("next", if next < total && next <= MAX_PAGE_OFFSET { url(next) } else { null() }),
            ("last", url(last)),
        ];
        Ok((data, types::Links(links.into_iter().map(|(name, link)| (name.to_owned(), link)).collect())))
    }
}
