//! `ep-subscriptions`: start, watch and schedule Elastic Path Subscriptions
//! jobs from a terminal or a script. Built on the client, so it inherits
//! its tokens, retries, rate limits, open enums, waiters, safe creates and
//! readable errors.

// The argument docs are the `--help` text, where a URL is written plain.
#![allow(rustdoc::bare_urls)]

mod cli;
mod output;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, Parser};
use elasticpath_subscriptions_client::types::{
    self, JobCreateRequest, JobTypeAttributes, ScheduleCreateRequest, ScheduleUpdateRequest,
};
use elasticpath_subscriptions_client::{Client, Error, Filter, ListFilter, RetryPolicy, WaitError};
use futures_util::TryStreamExt;

use cli::{Cli, Command, JobsCommand, ListArgs, SchedulesCommand, exit};
use output::Out;

/// Why a command failed: its exit code and one line for standard error.
#[derive(Debug)]
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure { code: exit::USAGE, message: message.into() }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure { code: exit::API, message: e.to_string() }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure { code: exit::FAILURE, message: format!("cannot write the output: {e}") }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

async fn run(cli: Cli) -> Result<u8, Failure> {
    let mut out = Out::new(cli.output);
    match cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "ep-subscriptions", &mut std::io::stdout());
            Ok(exit::SUCCESS)
        }
        Command::Schedules(SchedulesCommand::Preview(preview)) => {
            let from = preview.from.unwrap_or_else(chrono::Utc::now);
            let runs = types::cron::next_runs(&preview.cron, &preview.zone, from, preview.runs)
                .map_err(|e| Failure::usage(e.to_string()))?;
            out.runs(&runs, &preview.zone)?;
            Ok(exit::SUCCESS)
        }
        Command::Schedules(SchedulesCommand::Create(create)) if create.preview.preview => {
            let request = schedule_request(&create)?;
            let runs = request
                .next_runs(chrono::Utc::now(), create.preview.runs)
                .map_err(|e| Failure::usage(e.to_string()))?;
            out.runs(&runs, &create.zone)?;
            Ok(exit::SUCCESS)
        }
        command => {
            let client = client(&cli.target)?;
            match command {
                Command::Jobs(jobs) => run_jobs(&client, jobs, &mut out).await,
                Command::Schedules(schedules) => run_schedules(&client, schedules, &mut out).await,
                Command::Completions { .. } => unreachable!("answered above"),
            }
        }
    }
}

/// A client for the target, patient with rate limits: an operator's command
/// rides out a storm of `429`s rather than failing at the fourth.
fn client(target: &cli::Target) -> Result<Client, Failure> {
    use elasticpath_subscriptions_client::{EU_WEST, US_EAST};
    let base_url = match (&target.sandbox, &target.base_url, target.region) {
        (Some(sandbox), _, _) => {
            let origin = sandbox.trim_end_matches('/');
            if origin.ends_with("/v2") { origin.to_owned() } else { format!("{origin}/v2") }
        }
        (None, Some(url), _) => url.clone(),
        (None, None, Some(cli::Region::EuWest)) => EU_WEST.to_owned(),
        (None, None, Some(cli::Region::UsEast)) => US_EAST.to_owned(),
        (None, None, None) => {
            return Err(Failure::usage("no API given: use --region, --base-url (or EP_BASE_URL), or --sandbox"));
        }
    };
    let patient = RetryPolicy::default().max_attempts(10).max_elapsed(Duration::from_secs(120));
    let builder = Client::builder(&base_url).retry(patient);
    let id = std::env::var("EP_CLIENT_ID").ok().filter(|v| !v.is_empty());
    let secret = std::env::var("EP_CLIENT_SECRET").ok().filter(|v| !v.is_empty());
    let builder = match (&target.token, id, secret) {
        (Some(token), _, _) => builder.bearer_token(token),
        (None, Some(id), Some(secret)) => builder.client_credentials(&id, &secret),
        // A sandbox started without credentials takes any token.
        (None, None, None) if target.sandbox.is_some() => builder.bearer_token("ep-subscriptions"),
        (None, Some(_), None) | (None, None, Some(_)) => {
            return Err(Failure::usage("EP_CLIENT_ID and EP_CLIENT_SECRET go together"));
        }
        (None, None, None) => {
            return Err(Failure::usage(
                "no credentials: set EP_CLIENT_ID and EP_CLIENT_SECRET, or a token in EP_TOKEN or --token",
            ));
        }
    };
    builder.build().map_err(|e| Failure::usage(e.to_string()))
}

/// The typed filter a list's flags ask for, if any.
fn list_filter(list: &ListArgs) -> ListFilter {
    let mut filter = ListFilter::all();
    if let Some(limit) = list.limit {
        filter = filter.page_limit(limit);
    }
    match (&list.filter, list.external_refs.as_slice()) {
        (Some(raw), _) => filter.raw_filter(raw.clone()),
        (None, []) => filter,
        (None, [one]) => filter.filter(Filter::external_ref().eq(one.clone())),
        (None, several) => filter.filter(Filter::external_ref().is_in(several.iter().cloned())),
    }
}

/// The filter text of a list's flags.
fn filter_text(list: &ListArgs) -> Result<Option<String>, Failure> {
    match (&list.filter, list.external_refs.as_slice()) {
        (Some(raw), _) => Ok(Some(raw.clone())),
        (None, []) => Ok(None),
        (None, [one]) => Filter::external_ref().eq(one.clone()).to_query().map(Some),
        (None, several) => Filter::external_ref().is_in(several.iter().cloned()).to_query().map(Some),
    }
    .map_err(|e| Failure::usage(format!("--external-ref: {e}")))
}

async fn run_jobs(client: &Client, command: JobsCommand, out: &mut Out) -> Result<u8, Failure> {
    match command {
        JobsCommand::List(list) if list.all => {
            let mut jobs = client.list_all_jobs(list_filter(&list));
            let mut rows = out.job_rows();
            while let Some(job) = jobs.try_next().await? {
                rows.push(&job)?;
            }
            rows.finish()?;
        }
        JobsCommand::List(list) => {
            let mut request = client.list_jobs();
            if let Some(filter) = filter_text(&list)? {
                request = request.filter(filter);
            }
            if let Some(limit) = list.limit {
                request = request.page_limit(limit);
            }
            if let Some(offset) = list.offset {
                request = request.page_offset(offset);
            }
            let page = request.send().await?.into_inner();
            out.job_page(&page)?;
        }
        JobsCommand::Get { id } => {
            let job = client.get_job().job_uuid(id).send().await?.into_inner().data;
            out.job(&job)?;
        }
        JobsCommand::Delete { id } => {
            client.delete_job().job_uuid(id).send().await?;
            out.deleted("job", id)?;
        }
        JobsCommand::Create(create) => {
            let request = job_request(&create)?;
            let job = client.start_job(request).await?;
            if !create.wait {
                out.job(&job)?;
                return Ok(exit::SUCCESS);
            }
            return wait(client, client.wait_for(&job), create.timeout.timeout, out).await;
        }
        JobsCommand::Wait { id, wait: args } => {
            return wait(client, client.wait_for_job(id), args.timeout, out).await;
        }
    }
    Ok(exit::SUCCESS)
}

/// Waits, showing progress on standard error if it is a terminal; prints
/// the finished job and exits as it ended.
async fn wait(
    _client: &Client,
    waiter: elasticpath_subscriptions_client::JobWaiter<'_>,
    timeout: Option<Duration>,
    out: &mut Out,
) -> Result<u8, Failure> {
    let mut waiter = waiter;
    if let Some(timeout) = timeout {
        waiter = waiter.max_wait(timeout);
    }
    let terminal = std::io::stderr().is_terminal();
    if terminal {
        waiter = waiter.on_poll(|progress| {
            let status = progress.job.map_or_else(|| "no answer".to_owned(), |job| job.attributes.status.to_string());
            let next =
                progress.next_poll_in.map_or_else(String::new, |next| format!(", next poll in {}s", next.as_secs()));
            let mut stderr = std::io::stderr();
            let _ = write!(stderr, "\r\x1b[2K{status}, {}s{next}", progress.elapsed.as_secs());
            let _ = stderr.flush();
        });
    }
    let result = waiter.until_done().await;
    if terminal {
        eprintln!();
    }
    match result {
        Ok(job) => {
            out.job(&job)?;
            Ok(exit::SUCCESS)
        }
        Err(WaitError::Failed(job)) => {
            out.job(&job)?;
            eprintln!("error: job {} ({}) failed", job.id, job.job_type());
            Ok(exit::JOB_FAILED)
        }
        Err(timed_out @ WaitError::TimedOut { .. }) => {
            Err(Failure { code: exit::TIMED_OUT, message: timed_out.to_string() })
        }
        Err(other) => Err(Failure { code: exit::API, message: other.to_string() }),
    }
}

/// Reads JSON from a file, or standard input for `-`.
fn read_json<T: serde::de::DeserializeOwned>(flag: &str, path: &str) -> Result<T, Failure> {
    let text = if path == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| Failure::usage(format!("{flag}: {e}")))?
    } else {
        std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{flag} {path}: {e}")))?
    };
    serde_json::from_str(&text).map_err(|e| Failure::usage(format!("{flag} {path}: {e}")))
}

/// A flag's value the API's types refuse, as a usage error.
fn usage(flag: &'static str) -> impl Fn(types::error::ConversionError) -> Failure {
    move |e| Failure::usage(format!("{flag}: {e}"))
}

/// The create request the flags describe.
fn job_request(create: &cli::CreateJob) -> Result<JobCreateRequest, Failure> {
    use types::JobType;
    let attributes = match (&create.job_type, &create.attributes) {
        (job_type, Some(path)) => {
            let mut value: serde_json::Value = read_json("--attributes", path)?;
            let object = value.as_object_mut().ok_or_else(|| Failure::usage("--attributes: a JSON object"))?;
            object.insert("job_type".to_owned(), serde_json::Value::String(job_type.as_str().to_owned()));
            serde_json::from_value::<JobTypeAttributes>(value)
                .map_err(|e| Failure::usage(format!("--attributes: {e}")))?
        }
        (JobType::TaxRun, None) => {
            let taxes = match &create.taxes {
                Some(path) => read_json("--taxes", path)?,
                None => return Err(Failure::usage("a tax run needs --taxes FILE (or --attributes FILE)")),
            };
            JobTypeAttributes::tax_run(taxes)
        }
        (JobType::SubscriptionUpdate, None) => {
            let price_changes = match &create.price_changes {
                Some(path) => read_json("--price-changes", path)?,
                None => {
                    return Err(Failure::usage(
                        "a subscription update needs --price-changes FILE (or --attributes FILE)",
                    ));
                }
            };
            let mut update = types::SubscriptionUpdateRunJobAttributes::new(price_changes)
                .subscription_ids(create.subscription_ids.clone());
            if let Some(offering) = create.offering_id {
                update = update.offering_id(offering);
            }
            JobTypeAttributes::from(update)
        }
        (JobType::BillingRun, None) => JobTypeAttributes::billing_run(),
        (JobType::PaymentRun, None) => JobTypeAttributes::payment_run(),
        (JobType::Import, None) => JobTypeAttributes::import(),
        (JobType::NotificationRun, None) => JobTypeAttributes::notification_run(),
        (other, None) => return Err(Failure::usage(format!("{other}: give its attributes with --attributes FILE"))),
    };
    let mut request = JobCreateRequest::new(attributes);
    if let Some(reference) = &create.external_ref {
        request = request.external_ref(reference.parse().map_err(|e| Failure::usage(format!("--external-ref: {e}")))?);
    }
    Ok(request)
}

fn schedule_request(create: &cli::CreateSchedule) -> Result<ScheduleCreateRequest, Failure> {
    let mut request = ScheduleCreateRequest::new(
        create.cron.parse().map_err(usage("--cron"))?,
        create.zone.parse().map_err(usage("--zone"))?,
        create.job_type.clone(),
    );
    if let Some(name) = &create.name {
        request = request.name(name.parse().map_err(usage("--name"))?);
    }
    if let Some(reference) = &create.external_ref {
        request = request.external_ref(reference.parse().map_err(usage("--external-ref"))?);
    }
    Ok(request)
}

async fn run_schedules(client: &Client, command: SchedulesCommand, out: &mut Out) -> Result<u8, Failure> {
    match command {
        SchedulesCommand::List(list) if list.all => {
            let mut schedules = client.list_all_schedules(list_filter(&list));
            let mut rows = out.schedule_rows();
            while let Some(schedule) = schedules.try_next().await? {
                rows.push(&schedule)?;
            }
            rows.finish()?;
        }
        SchedulesCommand::List(list) => {
            let mut request = client.list_schedules();
            if let Some(filter) = filter_text(&list)? {
                request = request.filter(filter);
            }
            if let Some(limit) = list.limit {
                request = request.page_limit(limit);
            }
            if let Some(offset) = list.offset {
                request = request.page_offset(offset);
            }
            let page = request.send().await?.into_inner();
            out.schedule_page(&page)?;
        }
        SchedulesCommand::Get { id } => {
            let schedule = client.get_schedule().schedule_uuid(id).send().await?.into_inner().data;
            out.schedule(&schedule)?;
        }
        SchedulesCommand::Create(create) => {
            let schedule = client.start_schedule(schedule_request(&create)?).await?;
            out.schedule(&schedule)?;
        }
        SchedulesCommand::Update(update) => {
            let mut request = ScheduleUpdateRequest::new(update.id);
            if let Some(cron) = &update.cron {
                request = request.specification(cron.parse().map_err(usage("--cron"))?);
            }
            if let Some(zone) = &update.zone {
                request = request.location(zone.parse().map_err(usage("--zone"))?);
            }
            if let Some(job_type) = &update.job_type {
                request = request.job(job_type.clone().into());
            }
            if let Some(name) = &update.name {
                request = request.set_name(name.parse().map_err(usage("--name"))?);
            }
            if update.clear_name {
                request = request.clear_name();
            }
            if let Some(reference) = &update.external_ref {
                request = request.set_external_ref(reference.parse().map_err(usage("--external-ref"))?);
            }
            if update.clear_external_ref {
                request = request.clear_external_ref();
            }
            if update.preview.preview {
                // The schedule as it would be: its current values, changed.
                let current = client.get_schedule().schedule_uuid(update.id).send().await?.into_inner().data;
                let attributes = &request.data.attributes;
                let cron =
                    attributes.specification.as_ref().map_or(current.attributes.specification.as_str(), |c| c.as_str());
                let zone = attributes.location.as_ref().map_or(current.attributes.location.as_str(), |z| z.as_str());
                let runs = types::cron::next_runs(cron, zone, chrono::Utc::now(), update.preview.runs)
                    .map_err(|e| Failure::usage(e.to_string()))?;
                out.runs(&runs, zone)?;
                return Ok(exit::SUCCESS);
            }
            let schedule =
                client.update_schedule().schedule_uuid(update.id).body(request).send().await?.into_inner().data;
            out.schedule(&schedule)?;
        }
        SchedulesCommand::Delete { id } => {
            client.delete_schedule().schedule_uuid(id).send().await?;
            out.deleted("schedule", id)?;
        }
        SchedulesCommand::Preview(_) => unreachable!("answered without a client"),
    }
    Ok(exit::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operation of the spec has a command, and that command exists.
    #[test]
    fn every_operation_has_a_command() {
        let command = Cli::command();
        for operation in elasticpath_subscriptions_client::operation_ids() {
            let path = cli::command_of(operation).unwrap_or_else(|| panic!("{operation} has no command"));
            let mut found = &command;
            for word in path.split(' ') {
                found = found.find_subcommand(word).unwrap_or_else(|| panic!("{operation}: no `{path}`"));
            }
        }
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
