//! Preview a nightly billing schedule, then create it: when it would run
//! (across the change to summer time), and the schedule the API made.

use elasticpath_subscriptions_client::types::{ScheduleCreateRequest, ScheduleJobType};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request =
        ScheduleCreateRequest::new("30 1 * * *".parse()?, "Europe/London".parse()?, ScheduleJobType::BillingRun)
            .name("Nightly billing".parse()?);
    // The preview needs no credentials.
    for run in request.next_runs("2026-03-27T12:00:00Z".parse()?, 3)? {
        println!("would run at {run}");
    }
    let client = subscriptions_examples::client()?;
    let schedule = client.start_schedule(request).await?;
    println!("created schedule {}; next run {:?}", schedule.id, schedule.meta.scheduled_for);
    Ok(())
}
