//! Which of the last week's nightly billing runs failed, and their reports:
//! a walk over the jobs whose `external_ref` is one of the week's, with a
//! typed filter.
//!
//! `failed-jobs [LAST_NIGHT]` (default: `2026-12-02`); the nightly runs are
//! named `billing-run-YYYY-MM-DD`.

use elasticpath_subscriptions_client::chrono::{Days, NaiveDate};
use elasticpath_subscriptions_client::{Filter, ListFilter};
use futures_util::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let last: NaiveDate = std::env::args().nth(1).as_deref().unwrap_or("2026-12-02").parse()?;
    let week =
        (0..7).filter_map(|back| last.checked_sub_days(Days::new(back))).map(|night| format!("billing-run-{night}"));
    let client = subscriptions_examples::client()?;
    let mut jobs = client.list_all_jobs(ListFilter::all().filter(Filter::external_ref().is_in(week)));
    let mut failed = 0;
    while let Some(job) = jobs.try_next().await? {
        if job.attributes.status == elasticpath_subscriptions_client::types::JobStatus::Failed {
            failed += 1;
            println!(
                "{} failed: {:?}",
                job.attributes.external_ref.as_deref().map_or("?", |r| r.as_str()),
                job.report()
            );
        }
    }
    println!("{failed} failed in the week to {last}");
    Ok(())
}
