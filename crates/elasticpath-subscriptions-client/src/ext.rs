//! Hand-written additions to the generated client: the API's clusters, and
//! streams over every page of a list.

use futures_util::{Stream, TryStreamExt, stream};

use crate::{Client, Error, types};

/// The EU west cluster (`https://euwest.api.elasticpath.com/v2`).
pub const EU_WEST: &str = "https://euwest.api.elasticpath.com/v2";
/// The US east cluster (`https://useast.api.elasticpath.com/v2`).
pub const US_EAST: &str = "https://useast.api.elasticpath.com/v2";

/// The largest `page[limit]` the API accepts.
pub const MAX_PAGE_LIMIT: i64 = 100;
/// The largest `page[offset]` the API accepts.
pub const MAX_PAGE_OFFSET: i64 = 10_000;

/// Which records a list stream walks: an optional filter, and the page size.
///
/// ```
/// use elasticpath_subscriptions_client::ListFilter;
///
/// let all = ListFilter::all();
/// let one = ListFilter::all().filter("eq(external_ref,abc123)").page_limit(25);
/// # let _ = (all, one);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListFilter {
    filter: Option<String>,
    page_limit: i64,
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

    /// Only records matching `filter`, such as `eq(external_ref,abc123)`.
    pub fn filter(mut self, filter: impl Into<String>) -> ListFilter {
        self.filter = Some(filter.into());
        self
    }

    /// Pages of `limit` records, clamped to 1..=[`MAX_PAGE_LIMIT`].
    pub fn page_limit(mut self, limit: i64) -> ListFilter {
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
    /// use elasticpath_subscriptions_client::{Client, ListFilter};
    ///
    /// # async fn example(client: &Client) -> Result<(), elasticpath_subscriptions_client::Error> {
    /// let jobs: Vec<_> = client
    ///     .list_all_jobs(ListFilter::all().filter("eq(external_ref,nightly)"))
    ///     .try_collect()
    ///     .await?;
    /// println!("{} nightly jobs", jobs.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_all_jobs(&self, filter: ListFilter) -> ListStream<'_, types::Job> {
        walk("ListJobs", filter, move |filter, offset, limit| async move {
            let mut request = self.list_jobs().page_offset(offset).page_limit(limit.unsigned_abs());
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
            let mut request = self.list_schedules().page_offset(offset).page_limit(limit.unsigned_abs());
            if let Some(filter) = filter {
                request = request.filter(filter);
            }
            Ok(request.send().await?.into_inner().data)
        })
    }
}

/// Where a walk is: the next offset, or done.
enum Cursor {
    Next(i64),
    Done,
}

/// Walks pages through `fetch(filter, offset, limit)` until a page is not full.
fn walk<'a, T, F, Fut>(operation: &'static str, filter: ListFilter, fetch: F) -> ListStream<'a, T>
where
    T: Send + 'a,
    F: Fn(Option<String>, i64, i64) -> Fut + Send + Sync + 'a,
    Fut: std::future::Future<Output = Result<Vec<T>, Error>> + Send + 'a,
{
    let limit = filter.page_limit;
    let fetch = std::sync::Arc::new(fetch);
    let pages = stream::try_unfold(Cursor::Next(0), move |cursor| {
        let fetch = fetch.clone();
        let filter = filter.filter.clone();
        async move {
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
            let next = if (page.len() as i64) < limit { Cursor::Done } else { Cursor::Next(offset + limit) };
            Ok(Some((stream::iter(page.into_iter().map(Ok)), next)))
        }
    });
    Box::pin(pages.try_flatten())
}
