//! Hand-written additions to the generated client: the API's clusters, and
//! streams over every page of a list.

use futures_util::{Stream, TryStreamExt, stream};

use crate::{Client, Error, types};
use types::filter::Filter;

/// The EU west cluster (`https://euwest.api.elasticpath.com/v2`).
pub const EU_WEST: &str = "https://euwest.api.elasticpath.com/v2";
/// The US east cluster (`https://useast.api.elasticpath.com/v2`).
pub const US_EAST: &str = "https://useast.api.elasticpath.com/v2";

/// The largest `page[limit]` the API accepts.
pub const MAX_PAGE_LIMIT: u64 = 100;
/// The largest `page[offset]` the API accepts.
pub const MAX_PAGE_OFFSET: u64 = 10_000;

/// Which records a list stream walks: an optional filter, and the page size.
///
/// ```
/// use elasticpath_subscriptions_client::{Filter, ListFilter};
///
/// let all = ListFilter::all();
/// let one = ListFilter::all().filter(Filter::external_ref().eq("abc123")).page_limit(25);
/// # let _ = (all, one);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListFilter {
    /// The filter as sent, or why it cannot be (refused before sending).
    filter: Option<Result<String, String>>,
    page_limit: u64,
}

impl Default for ListFilter {
    fn default() -> Self {
        ListFilter::all()
    }
}

impl ListFilter {
    /// Every record, in pages of [`MAX_PAGE_LIMIT`].
    pub fn all() -> ListFilter {
        ListFilter { filter: None, page_limit: MAX_PAGE_LIMIT }
    }

    /// Only records matching `filter`; one the API would refuse ends the
    /// walk with an error before anything is sent.
    pub fn filter(mut self, filter: Filter) -> ListFilter {
        self.filter = Some(filter.to_query().map_err(|e| format!("filter: {e}")));
        self
    }

    /// Only records matching `filter`, written by hand (such as
    /// `eq(external_ref,abc123)`): sent as it is.
    pub fn raw_filter(mut self, filter: impl Into<String>) -> ListFilter {
        self.filter = Some(Ok(filter.into()));
        self
    }

    /// Pages of `limit` records, clamped to 1..=[`MAX_PAGE_LIMIT`].
    pub fn page_limit(mut self, limit: u64) -> ListFilter {
        self.page_limit = limit.clamp(1, MAX_PAGE_LIMIT);
        self
    }
}

/// A stream of every record of a list, fetched a page at a time.
pub type ListStream<'a, T> = std::pin::Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

impl Client {
    /// Every job matching `filter`, oldest first, fetched page by page
    /// with `page[offset]` and `page[limit]`.
    ///
    /// The stream ends after the first page that is not full. The API does
    /// not page beyond an offset of 10,000 records; a walk that would need
    /// to ends with an error saying so. Each page is one call, retried as
    /// the client retries (a `429` mid-walk waits and goes on).
    ///
    /// The API pages by offset, and lists oldest first, so while others
    /// change the list a walk guarantees this much: records created during
    /// the walk come at its end; with no deletion, every record present at
    /// the start comes exactly once. A record deleted *behind* the walk's
    /// position moves every later one back by one, so one record is skipped
    /// (none is repeated). To see every record despite deletions, walk again,
    /// or filter by `external_ref`.
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// use elasticpath_subscriptions_client::{Client, Filter, ListFilter};
    ///
    /// # async fn example(client: &Client) -> Result<(), elasticpath_subscriptions_client::Error> {
    /// let jobs: Vec<_> = client
    ///     .list_all_jobs(ListFilter::all().filter(Filter::external_ref().eq("nightly")))
    ///     .try_collect()
    ///     .await?;
    /// println!("{} nightly jobs", jobs.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_all_jobs(&self, filter: ListFilter) -> ListStream<'_, types::Job> {
        walk("ListJobs", filter, move |filter, offset, limit| async move {
            let mut request = self.list_jobs().page_offset(offset).page_limit(limit);
            if let Some(filter) = filter {
                request = request.filter(filter);
            }
            Ok(request.send().await?.into_inner().data)
        })
    }

    /// Every schedule matching `filter`, fetched page by page; see
    /// [`Client::list_all_jobs`].
    pub fn list_all_schedules(&self, filter: ListFilter) -> ListStream<'_, types::Schedule> {
        walk("ListSchedules", filter, move |filter, offset, limit| async move {
            let mut request = self.list_schedules().page_offset(offset).page_limit(limit);
            if let Some(filter) = filter {
                request = request.filter(filter);
            }
            Ok(request.send().await?.into_inner().data)
        })
    }
}

/// Where a walk is: the next offset, or done.
enum Cursor {
    Next(u64),
    Done,
}

/// Walks pages through `fetch(filter, offset, limit)` until a page is not full.
fn walk<'a, T, F, Fut>(operation: &'static str, filter: ListFilter, fetch: F) -> ListStream<'a, T>
where
    T: Send + 'a,
    F: Fn(Option<String>, u64, u64) -> Fut + Send + Sync + 'a,
    Fut: std::future::Future<Output = Result<Vec<T>, Error>> + Send + 'a,
{
    let limit = filter.page_limit;
    let fetch = std::sync::Arc::new(fetch);
    let pages = stream::try_unfold(Cursor::Next(0), move |cursor| {
        let fetch = fetch.clone();
        let filter = filter.filter.clone().transpose().map_err(|why| Error::invalid(operation, why));
        async move {
            let filter = filter?;
            let offset = match cursor {
                Cursor::Done => return Ok(None),
                Cursor::Next(offset) if offset > MAX_PAGE_OFFSET => {
                    return Err(Error::invalid(
                        operation,
                        format!(
                            "the list has more records than the API pages through (offset {MAX_PAGE_OFFSET}); narrow the filter"
                        ),
                    ));
                }
                Cursor::Next(offset) => offset,
            };
            let page = fetch(filter, offset, limit).await?;
            let next = if (page.len() as u64) < limit { Cursor::Done } else { Cursor::Next(offset + limit) };
            Ok(Some((stream::iter(page.into_iter().map(Ok)), next)))
        }
    });
    Box::pin(pages.try_flatten())
}
