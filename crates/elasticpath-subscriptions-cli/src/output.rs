//! Printing results: a table for people, the API's JSON documents, JSON
//! lines (streamed while a walk goes on) or CSV for scripts.

use std::io::Write;

use elasticpath_subscriptions_client::chrono::{DateTime, Utc};
use elasticpath_subscriptions_client::types::{self, Job, Schedule};
use elasticpath_subscriptions_client::uuid::Uuid;

use crate::cli::Format;

/// Where results go (standard output), and how.
pub struct Out {
    format: Format,
}

/// The columns of a job in a table or CSV.
const JOB_COLUMNS: [&str; 7] = ["id", "job_type", "status", "external_ref", "created_at", "started_at", "finished_at"];

/// The columns of a schedule in a table or CSV.
const SCHEDULE_COLUMNS: [&str; 7] =
    ["id", "name", "job_type", "specification", "location", "scheduled_for", "external_ref"];

fn time(at: Option<DateTime<Utc>>) -> String {
    at.map(|at| at.to_rfc3339_opts(elasticpath_subscriptions_client::chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

fn job_cells(job: &Job) -> Vec<String> {
    vec![
        job.id.to_string(),
        job.job_type().to_string(),
        job.attributes.status.to_string(),
        job.attributes.external_ref.as_deref().map(|r| r.to_string()).unwrap_or_default(),
        time(Some(job.attributes.created_at)),
        time(job.meta.timestamps.started_at),
        time(job.meta.timestamps.finished_at),
    ]
}

fn schedule_cells(schedule: &Schedule) -> Vec<String> {
    let attributes = &schedule.attributes;
    vec![
        schedule.id.to_string(),
        attributes.name.as_deref().map(|n| n.to_string()).unwrap_or_default(),
        attributes.job.job_type.to_string(),
        attributes.specification.to_string(),
        attributes.location.to_string(),
        time(schedule.meta.scheduled_for),
        attributes.external_ref.as_deref().map(|r| r.to_string()).unwrap_or_default(),
    ]
}

/// Rows printed as they come (JSON lines, CSV) or at the end (a table, a
/// JSON document).
pub struct Rows<'a, T> {
    out: &'a mut Out,
    columns: &'static [&'static str],
    cells: fn(&T) -> Vec<String>,
    kept: Vec<serde_json::Value>,
    table: Vec<Vec<String>>,
    csv: Option<csv::Writer<std::io::Stdout>>,
}

impl<T: serde::Serialize> Rows<'_, T> {
    /// One more record.
    pub fn push(&mut self, record: &T) -> std::io::Result<()> {
        match self.out.format {
            Format::Jsonl => {
                let mut stdout = std::io::stdout().lock();
                serde_json::to_writer(&mut stdout, record)?;
                writeln!(stdout)?;
                stdout.flush()?;
            }
            Format::Json => self.kept.push(serde_json::to_value(record)?),
            Format::Csv => {
                let writer = self.csv.get_or_insert_with(|| {
                    let mut writer = csv::Writer::from_writer(std::io::stdout());
                    let _ = writer.write_record(self.columns);
                    writer
                });
                writer.write_record((self.cells)(record)).map_err(std::io::Error::other)?;
                writer.flush()?;
            }
            Format::Table => self.table.push((self.cells)(record)),
        }
        Ok(())
    }

    /// The end: what was kept for it is printed.
    pub fn finish(self) -> std::io::Result<()> {
        match self.out.format {
            Format::Json => self.out.json(&serde_json::json!({ "data": self.kept })),
            Format::Csv if self.csv.is_none() => {
                let mut writer = csv::Writer::from_writer(std::io::stdout());
                writer.write_record(self.columns).map_err(std::io::Error::other)?;
                writer.flush()
            }
            Format::Table => table(self.columns, &self.table),
            Format::Csv | Format::Jsonl => Ok(()),
        }
    }
}

fn table(columns: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::NOTHING);
    table.set_header(columns.iter().map(|c| c.to_uppercase()));
    for row in rows {
        table.add_row(row);
    }
    let mut stdout = std::io::stdout().lock();
    for line in table.lines() {
        // The preset pads each cell by a space: none before the first column.
        writeln!(stdout, "{}", line.strip_prefix(' ').unwrap_or(&line).trim_end())?;
    }
    Ok(())
}

impl Out {
    pub fn new(format: Format) -> Out {
        Out { format }
    }

    fn json(&mut self, value: &impl serde::Serialize) -> std::io::Result<()> {
        let mut stdout = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut stdout, value)?;
        writeln!(stdout)
    }

    /// Jobs, one by one.
    pub fn job_rows(&mut self) -> Rows<'_, Job> {
        Rows { out: self, columns: &JOB_COLUMNS, cells: job_cells, kept: Vec::new(), table: Vec::new(), csv: None }
    }

    /// Schedules, one by one.
    pub fn schedule_rows(&mut self) -> Rows<'_, Schedule> {
        Rows {
            out: self,
            columns: &SCHEDULE_COLUMNS,
            cells: schedule_cells,
            kept: Vec::new(),
            table: Vec::new(),
            csv: None,
        }
    }

    /// A page of jobs: as JSON, the page as the API sent it.
    pub fn job_page(&mut self, page: &types::JobListResponse) -> std::io::Result<()> {
        if self.format == Format::Json {
            return self.json(page);
        }
        let mut rows = self.job_rows();
        for job in &page.data {
            rows.push(job)?;
        }
        rows.finish()
    }

    /// A page of schedules: as JSON, the page as the API sent it.
    pub fn schedule_page(&mut self, page: &types::ScheduleListResponse) -> std::io::Result<()> {
        if self.format == Format::Json {
            return self.json(page);
        }
        let mut rows = self.schedule_rows();
        for schedule in &page.data {
            rows.push(schedule)?;
        }
        rows.finish()
    }

    /// One job: as JSON, the API's `{"data": …}`; as a table, a field a
    /// line, its report included.
    pub fn job(&mut self, job: &Job) -> std::io::Result<()> {
        match self.format {
            Format::Json => self.json(&serde_json::json!({ "data": job })),
            Format::Table => {
                let mut rows: Vec<Vec<String>> =
                    JOB_COLUMNS.iter().zip(job_cells(job)).map(|(c, v)| vec![c.to_string(), v]).collect();
                if let Some(report) = job.report() {
                    rows.push(vec!["report".to_owned(), serde_json::to_string(report)?]);
                }
                vertical(&rows)
            }
            Format::Jsonl | Format::Csv => {
                let mut rows = self.job_rows();
                rows.push(job)?;
                rows.finish()
            }
        }
    }

    /// One schedule, as [`Out::job`] shows a job.
    pub fn schedule(&mut self, schedule: &Schedule) -> std::io::Result<()> {
        match self.format {
            Format::Json => self.json(&serde_json::json!({ "data": schedule })),
            Format::Table => vertical(
                &SCHEDULE_COLUMNS
                    .iter()
                    .zip(schedule_cells(schedule))
                    .map(|(c, v)| vec![c.to_string(), v])
                    .collect::<Vec<_>>(),
            ),
            Format::Jsonl | Format::Csv => {
                let mut rows = self.schedule_rows();
                rows.push(schedule)?;
                rows.finish()
            }
        }
    }

    /// A deletion: a line for people, nothing for scripts (the exit code says it).
    pub fn deleted(&mut self, what: &str, id: Uuid) -> std::io::Result<()> {
        if self.format == Format::Table {
            println!("deleted {what} {id}");
        }
        Ok(())
    }

    /// A schedule's next runs, in UTC and in its zone.
    pub fn runs(&mut self, runs: &[DateTime<Utc>], zone: &str) -> std::io::Result<()> {
        let instants: Vec<String> = runs.iter().map(|at| time(Some(*at))).collect();
        match self.format {
            Format::Json => self.json(&serde_json::json!({ "runs": instants })),
            Format::Jsonl => {
                for instant in &instants {
                    println!("{}", serde_json::Value::String(instant.clone()));
                }
                Ok(())
            }
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(std::io::stdout());
                writer.write_record(["run"]).map_err(std::io::Error::other)?;
                for instant in &instants {
                    writer.write_record([instant]).map_err(std::io::Error::other)?;
                }
                writer.flush()
            }
            Format::Table => {
                let local = |at: &DateTime<Utc>| {
                    zone.parse::<elasticpath_subscriptions_client::types::cron::Zone>()
                        .map(|zone| at.with_timezone(&zone).to_rfc3339())
                        .unwrap_or_default()
                };
                let rows: Vec<Vec<String>> =
                    runs.iter().zip(&instants).map(|(at, utc)| vec![utc.clone(), local(at)]).collect();
                table(&["run (UTC)", &format!("in {zone}")], &rows)
            }
        }
    }
}

/// A record as `field  value` lines.
fn vertical(rows: &[Vec<String>]) -> std::io::Result<()> {
    let width = rows.iter().map(|row| row[0].len()).max().unwrap_or(0);
    let mut stdout = std::io::stdout().lock();
    for row in rows {
        writeln!(stdout, "{:width$}  {}", row[0], row[1])?;
    }
    Ok(())
}
