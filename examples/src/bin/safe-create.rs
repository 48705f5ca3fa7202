//! Start tonight's payment run at most once, however often this runs:
//! the run's `external_ref` names the night, a lost answer is looked up
//! rather than sent again, and a second run of the program finds the first
//! night's job instead of starting another.
//!
//! `safe-create [NIGHT]` (default: `2026-12-02`).

use elasticpath_subscriptions_client::types::JobCreateRequest;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let night = std::env::args().nth(1).unwrap_or_else(|| "2026-12-02".to_owned());
    // A `409` for the night's reference answers with the job that has it.
    let client = subscriptions_examples::builder()?.existing_on_conflict().build()?;
    let request = JobCreateRequest::payment_run().external_ref(format!("payment-run-{night}").parse()?);
    let job = client.start_job(request).await?;
    let how = if job.existed() {
        "already started"
    } else if job.was_recovered() {
        "started (its answer was lost; found by its reference)"
    } else {
        "started"
    };
    println!("payment run {} for {night}: {how}", job.id);
    Ok(())
}
