//! The command line: every operation of the API, and the jobs-level
//! commands beside them (`jobs create --wait`, `jobs wait`, `schedules preview`).

use std::time::Duration;

use clap::builder::TypedValueParser as _;
use clap::{Args, Parser, Subcommand, ValueEnum};
use elasticpath_subscriptions_client::types::{JobType, ScheduleJobType};
use elasticpath_subscriptions_client::uuid::Uuid;

/// The exit codes, as documented in `--help` and the README.
pub mod exit {
    /// It worked.
    pub const SUCCESS: u8 = 0;
    /// Something unexpected (writing the output failed).
    pub const FAILURE: u8 = 1;
    /// The command line is wrong (clap's own code for it).
    pub const USAGE: u8 = 2;
    /// The API or the connection to it failed: an error answer, no answer,
    /// no token.
    pub const API: u8 = 3;
    /// The job waited for finished `failed`.
    pub const JOB_FAILED: u8 = 4;
    /// The wait ended before the job did.
    pub const TIMED_OUT: u8 = 5;
}

const AFTER_HELP: &str = "\
Target: --region, --base-url (or EP_BASE_URL), or --sandbox for a local sandbox.
Credentials: EP_CLIENT_ID and EP_CLIENT_SECRET (client credentials), or a bearer
token in EP_TOKEN or --token; never printed. --sandbox needs none.

Exit codes: 0 success, 2 usage error, 3 API or connection error, 4 job failed,
5 wait timed out, 1 anything else.";

/// Start, watch and schedule Elastic Path Subscriptions jobs.
#[derive(Debug, Parser)]
#[command(name = "ep-subscriptions", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub target: Target,

    /// How to print results: a table, the API's JSON documents, one JSON
    /// record per line (streamed while walking), or CSV.
    #[arg(long, short, value_enum, global = true, default_value_t = Format::Table)]
    pub output: Format,

    #[command(subcommand)]
    pub command: Command,
}

/// Where the API is, and who calls it.
#[derive(Debug, Args)]
pub struct Target {
    /// Elastic Path's region.
    #[arg(long, value_enum, global = true, conflicts_with_all = ["base_url", "sandbox"])]
    pub region: Option<Region>,

    /// The API's base URL, such as https://euwest.api.elasticpath.com/v2.
    #[arg(
        long,
        env = "EP_BASE_URL",
        hide_env_values = true,
        global = true,
        value_name = "URL",
        conflicts_with = "sandbox"
    )]
    pub base_url: Option<String>,

    /// A local sandbox, such as http://127.0.0.1:8080 (any token is sent
    /// unless credentials are given).
    #[arg(long, global = true, value_name = "URL")]
    pub sandbox: Option<String>,

    /// A bearer token to send instead of client credentials.
    #[arg(long, env = "EP_TOKEN", global = true, hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
}

/// Elastic Path's regions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Region {
    /// https://euwest.api.elasticpath.com/v2
    EuWest,
    /// https://useast.api.elasticpath.com/v2
    UsEast,
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// The API's own documents.
    Json,
    /// One JSON record per line, streamed.
    Jsonl,
    /// Comma-separated, with a header.
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Jobs: list, get, create (and wait), wait, delete.
    #[command(subcommand)]
    Jobs(JobsCommand),
    /// Schedules: list, get, create, update, delete, preview.
    #[command(subcommand)]
    Schedules(SchedulesCommand),
    /// Prints the completions of a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Lists jobs, oldest first (ListJobs).
    List(ListArgs),
    /// Shows a job (GetJob).
    Get {
        /// The job's id.
        id: Uuid,
    },
    /// Creates a job, and with --wait waits for it to finish (CreateJob).
    Create(CreateJob),
    /// Waits for a job to finish, showing progress on a terminal.
    Wait {
        /// The job's id.
        id: Uuid,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Deletes a job that has not started (DeleteJob).
    Delete {
        /// The job's id.
        id: Uuid,
    },
}

#[derive(Debug, Subcommand)]
pub enum SchedulesCommand {
    /// Lists schedules, oldest first (ListSchedules).
    List(ListArgs),
    /// Shows a schedule (GetSchedule).
    Get {
        /// The schedule's id.
        id: Uuid,
    },
    /// Creates a schedule (CreateSchedule); --preview shows its next runs instead.
    Create(CreateSchedule),
    /// Changes a schedule (UpdateSchedule); --preview shows its next runs instead.
    Update(UpdateSchedule),
    /// Deletes a schedule (DeleteSchedule).
    Delete {
        /// The schedule's id.
        id: Uuid,
    },
    /// When a schedule would run, as the API runs it; needs no credentials.
    Preview(Preview),
}

/// Which records a list shows.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the records with this external_ref (repeat it for any of several).
    #[arg(long = "external-ref", value_name = "REF")]
    pub external_refs: Vec<String>,
    /// A filter written by hand, such as 'eq(external_ref,abc)'.
    #[arg(long, conflicts_with = "external_refs")]
    pub filter: Option<String>,
    /// Every page, streamed (the API pages up to an offset of 10,000).
    #[arg(long, conflicts_with = "offset")]
    pub all: bool,
    /// Records per page (at most 100; with --all, the page size).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=100))]
    pub limit: Option<u64>,
    /// Records to skip.
    #[arg(long, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub offset: Option<u64>,
}

/// A job to create.
#[derive(Debug, Args)]
pub struct CreateJob {
    /// The job type.
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(JobType::VALUES).map(|v| v.parse::<JobType>().expect("a listed value")))]
    pub job_type: JobType,
    /// A reference of yours, unique among jobs: a create whose answer is
    /// lost is then looked up by it, never made twice.
    #[arg(long, value_name = "REF")]
    pub external_ref: Option<String>,
    /// The job type's attributes as JSON (a tax run's `taxes`, a
    /// subscription update's `price_changes` and subscriptions), from a file,
    /// or `-` for standard input.
    #[arg(long, value_name = "FILE")]
    pub attributes: Option<String>,
    /// A tax run's taxes, as the JSON array of `taxes`, from a file.
    #[arg(long, value_name = "FILE", conflicts_with = "attributes")]
    pub taxes: Option<String>,
    /// A subscription update's offering.
    #[arg(long, value_name = "UUID", conflicts_with = "attributes")]
    pub offering_id: Option<Uuid>,
    /// A subscription update's subscriptions (repeat it).
    #[arg(long = "subscription-id", value_name = "UUID", conflicts_with_all = ["attributes", "offering_id"])]
    pub subscription_ids: Vec<Uuid>,
    /// A subscription update's price changes, as JSON, from a file.
    #[arg(long, value_name = "FILE", conflicts_with = "attributes")]
    pub price_changes: Option<String>,
    /// Waits for the job to finish, and exits as it ends.
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub timeout: WaitArgs,
}

/// How long to wait.
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The longest wait, such as 10m or 90s (default: by the job's type, an
    /// hour or two).
    #[arg(long, value_parser = humantime::parse_duration)]
    pub timeout: Option<Duration>,
}

/// A schedule to create.
#[derive(Debug, Args)]
pub struct CreateSchedule {
    /// When it runs: five cron fields, such as '30 0 * * *'.
    #[arg(long)]
    pub cron: String,
    /// Its time zone, an IANA name such as Europe/London.
    #[arg(long)]
    pub zone: String,
    /// The job it creates.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ScheduleJobType::VALUES).map(|v| v.parse::<ScheduleJobType>().expect("a listed value")))]
    pub job_type: ScheduleJobType,
    /// Its name.
    #[arg(long)]
    pub name: Option<String>,
    /// A reference of yours, unique among schedules.
    #[arg(long, value_name = "REF")]
    pub external_ref: Option<String>,
    #[command(flatten)]
    pub preview: PreviewFlag,
}

/// Changes to a schedule.
#[derive(Debug, Args)]
pub struct UpdateSchedule {
    /// The schedule's id.
    pub id: Uuid,
    /// When it runs.
    #[arg(long)]
    pub cron: Option<String>,
    /// Its time zone.
    #[arg(long)]
    pub zone: Option<String>,
    /// The job it creates.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ScheduleJobType::VALUES).map(|v| v.parse::<ScheduleJobType>().expect("a listed value")))]
    pub job_type: Option<ScheduleJobType>,
    /// Its new name.
    #[arg(long, conflicts_with = "clear_name")]
    pub name: Option<String>,
    /// Removes its name.
    #[arg(long)]
    pub clear_name: bool,
    /// Its new external_ref.
    #[arg(long, value_name = "REF", conflicts_with = "clear_external_ref")]
    pub external_ref: Option<String>,
    /// Removes its external_ref.
    #[arg(long)]
    pub clear_external_ref: bool,
    #[command(flatten)]
    pub preview: PreviewFlag,
}

/// `--preview`, on create and update.
#[derive(Debug, Args)]
pub struct PreviewFlag {
    /// Shows the next runs and changes nothing.
    #[arg(long)]
    pub preview: bool,
    /// How many runs --preview shows.
    #[arg(short = 'n', long = "runs", default_value_t = 5, requires = "preview")]
    pub runs: usize,
}

/// A schedule's next runs.
#[derive(Debug, Args)]
pub struct Preview {
    /// Five cron fields, such as '30 0 * * *'.
    pub cron: String,
    /// The time zone, an IANA name such as Europe/London.
    #[arg(long)]
    pub zone: String,
    /// How many runs.
    #[arg(short = 'n', long = "runs", default_value_t = 5)]
    pub runs: usize,
    /// From when (RFC 3339; default: now).
    #[arg(long, value_name = "TIME")]
    pub from: Option<elasticpath_subscriptions_client::chrono::DateTime<elasticpath_subscriptions_client::chrono::Utc>>,
}

/// The command that performs each operation of the API, by operationId
/// (a test checks that every operation has one).
#[cfg(test)]
pub fn command_of(operation: &str) -> Option<&'static str> {
    Some(match operation {
        "ListJobs" => "jobs list",
        "CreateJob" => "jobs create",
        "GetJob" => "jobs get",
        "DeleteJob" => "jobs delete",
        "ListSchedules" => "schedules list",
        "CreateSchedule" => "schedules create",
        "GetSchedule" => "schedules get",
        "UpdateSchedule" => "schedules update",
        "DeleteSchedule" => "schedules delete",
        _ => return None,
    })
}
