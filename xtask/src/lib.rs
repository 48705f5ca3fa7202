//! The xtask's library half: the one choke point that writes generated files.
//!
//! `generate` and `generate --check` are one code path: both compute a
//! [`Plan`] (what would change on disk), then `generate` applies it and
//! `--check` reports it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use subscriptions_codegen::{Files, format};

pub mod bench;
pub mod conformance;
pub mod msrv;
pub mod node;
pub mod process;
pub mod release;
pub mod review;
pub mod semver_checks;
pub mod ui;

/// Exit code of `--check` when committed files are stale.
pub const EXIT_STALE: u8 = 3;
/// Exit code when generation fails (spec errors, I/O).
pub const EXIT_ERROR: u8 = 1;
/// Exit code for a bad command line.
pub const EXIT_USAGE: u8 = 2;

/// Directories whose generated files the xtask owns.
const GENERATED_ROOTS: &[&str] = &["crates"];

/// One change to the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A file the generator produces that does not exist yet.
    Create(String),
    /// A generated file whose contents differ.
    Update(String),
    /// A generated file the document no longer produces.
    Delete(String),
}

impl Change {
    /// The file, relative to the workspace root.
    pub fn path(&self) -> &str {
        match self {
            Change::Create(p) | Change::Update(p) | Change::Delete(p) => p,
        }
    }
}

/// What generation would change.
#[derive(Debug)]
pub struct Plan {
    files: Files,
    /// The changes, sorted by path.
    pub changes: Vec<Change>,
    /// How many generated files are already up to date.
    pub unchanged: usize,
}

impl Plan {
    /// Compares generated `files` with the tree at `root`.
    pub fn new(root: &Path, files: Files) -> io::Result<Plan> {
        let mut changes = Vec::new();
        let mut unchanged = 0;
        for (path, contents) in &files {
            match fs::read(root.join(path)) {
                Ok(existing) if existing == contents.as_bytes() => unchanged += 1,
                Ok(_) => changes.push(Change::Update(path.clone())),
                Err(e) if e.kind() == io::ErrorKind::NotFound => changes.push(Change::Create(path.clone())),
                Err(e) => return Err(io::Error::new(e.kind(), format!("{path}: {e}"))),
            }
        }
        for dir in GENERATED_ROOTS {
            for path in generated_files_under(root, &root.join(dir))? {
                if !files.contains_key(&path) {
                    changes.push(Change::Delete(path));
                }
            }
        }
        changes.sort_by(|a, b| a.path().cmp(b.path()));
        Ok(Plan { files, changes, unchanged })
    }

    /// Writes the changes. Each file is written to a temporary sibling and
    /// renamed into place, so a reader never sees half a file.
    pub fn apply(&self, root: &Path) -> io::Result<()> {
        for change in &self.changes {
            let target = root.join(change.path());
            match change {
                Change::Create(path) | Change::Update(path) => {
                    if let Some(parent) = target.parent() {
                        fs::create_dir_all(parent)?;
                    }
                    let temporary = target.with_extension("rs.tmp");
                    fs::write(&temporary, &self.files[path])?;
                    fs::rename(&temporary, &target)?;
                }
                Change::Delete(_) => fs::remove_file(&target)?,
            }
        }
        Ok(())
    }
}

/// Every file under `dir` that starts with the generated marker, as a
/// `/`-separated path relative to `root`. `target` directories are skipped.
fn generated_files_under(root: &Path, dir: &Path) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    let mut stack: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let path = entry.path();
            let file_type = entry.file_type()?;
            if file_type.is_dir() {
                if entry.file_name() != "target" {
                    stack.push(path);
                }
            } else if file_type.is_file() && path.extension().is_some_and(|e| e == "rs") {
                let mut head = [0u8; 64];
                let n = read_prefix(&path, &mut head)?;
                if format::is_generated(&String::from_utf8_lossy(&head[..n])) {
                    let relative = path.strip_prefix(root).unwrap_or(&path);
                    let parts: Vec<String> =
                        relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                    found.push(parts.join("/"));
                }
            }
        }
    }
    Ok(found)
}

fn read_prefix(path: &Path, buffer: &mut [u8]) -> io::Result<usize> {
    use std::io::Read;
    let mut file = fs::File::open(path)?;
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// The outcome of `generate` or `generate --check`, for the caller to print.
#[derive(Debug)]
pub enum Outcome {
    /// Everything was already up to date.
    Fresh {
        /// Number of generated files.
        files: usize,
    },
    /// Files were written (not in check mode).
    Written(Vec<Change>),
    /// Check mode found stale files; nothing was written.
    Stale(Vec<Change>),
}

/// Runs the generator for the workspace at `root` and writes or checks its
/// output. Generation errors leave the tree untouched: nothing is written
/// unless every file was generated.
pub fn generate(root: &Path, check: bool) -> Result<Outcome, GenerateError> {
    let files = subscriptions_codegen::generate_workspace(root).map_err(|e| match e {
        subscriptions_codegen::Error::Spec(errors) => GenerateError::Spec(errors),
        internal => GenerateError::Internal(internal.to_string()),
    })?;
    let total = files.len();
    let plan = Plan::new(root, files).map_err(GenerateError::Io)?;
    if plan.changes.is_empty() {
        return Ok(Outcome::Fresh { files: total });
    }
    if check {
        return Ok(Outcome::Stale(plan.changes));
    }
    plan.apply(root).map_err(GenerateError::Io)?;
    Ok(Outcome::Written(plan.changes))
}

/// Why generation failed.
#[derive(Debug)]
pub enum GenerateError {
    /// The document has errors.
    Spec(subscriptions_codegen::SpecErrors),
    /// The generator itself went wrong (a bug to report).
    Internal(String),
    /// Reading or writing the tree failed.
    Io(io::Error),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::Spec(errors) => {
                let n = errors.0.len();
                for error in &errors.0 {
                    writeln!(f, "error: {error}")?;
                }
                write!(f, "{n} error{} in the spec; nothing was written", if n == 1 { "" } else { "s" })
            }
            GenerateError::Internal(message) => write!(f, "error: {message}; nothing was written"),
            GenerateError::Io(e) => write!(f, "error: {e}"),
        }
    }
}

/// The workspace root: the parent of the xtask crate.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}
