//! Start a billing run, wait up to ten minutes, print its report or its failure.

use std::time::Duration;

use elasticpath_subscriptions_client::{WaitError, types::JobCreateRequest};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = subscriptions_examples::client()?;
    let job = client.start_job(JobCreateRequest::billing_run()).await?;
    println!("started billing run {}", job.id);
    match client.wait_for(&job).max_wait(Duration::from_secs(600)).until_done().await {
        Ok(done) => println!("billing run finished: {:?}", done.report()),
        Err(WaitError::Failed(failed)) => println!("billing run failed: {:?}", failed.report()),
        Err(other) => return Err(other.into()),
    }
    Ok(())
}
