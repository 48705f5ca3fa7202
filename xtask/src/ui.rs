//! `cargo xtask ui-test`: the sandbox's page in headless Chromium.
//!
//! Chromium comes from Debian's packages, pinned, fetched with
//! `apt-get download` and unpacked with `dpkg -x` into
//! `target/chromium/`, with the libraries it needs that a plain machine
//! lacks: nothing is installed outside the repository. The test itself is
//! `xtask/node/ui-test.mjs`, driving it with playwright-core (pinned in
//! `xtask/node`), against the sandbox binary seeded with
//! `crates/elasticpath-subscriptions-sandbox/seeds/nightly.yaml`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::start_announcing;

/// Chromium and the libraries a machine without a desktop lacks, pinned to
/// Debian 12's versions.
const PACKAGES: &[(&str, &str)] = &[
    ("chromium", "148.0.7778.167-1~deb12u1"),
    ("chromium-common", "148.0.7778.167-1~deb12u1"),
    ("libopenh264-7", "2.3.1+dfsg-3+deb12u2"),
    ("libdouble-conversion3", "3.2.1-1"),
    ("libharfbuzz-subset0", "6.0.0+dfsg-3"),
    ("libpulse0", "16.1+dfsg1-2+b1"),
    ("libflac12", "1.4.2+ds-2"),
    ("libopus0", "1.3.1-3"),
    ("libxnvctrl0", "525.85.05-3~deb12u1"),
    ("libminizip1", "1.1-8+deb12u1"),
    ("libopenjp2-7", "2.5.0-2+deb12u3"),
    ("libsndfile1", "1.2.0-1+deb12u1"),
    ("libasyncns0", "0.8-6+b3"),
    ("libogg0", "1.3.5-3"),
    ("libvorbis0a", "1.3.7-1"),
    ("libvorbisenc2", "1.3.7-1"),
    ("libmp3lame0", "3.100-6"),
    ("libmpg123-0", "1.31.2-1+deb12u1"),
];

/// Chromium unpacked under `target/chromium`: its executable, and the
/// library directories it needs on `LD_LIBRARY_PATH`.
fn chromium(root: &Path) -> Result<(PathBuf, String), String> {
    let base = root.join("target").join("chromium");
    let unpacked = base.join("root");
    let executable = unpacked.join("usr/lib/chromium/chromium");
    if !executable.exists() {
        let debs = base.join("debs");
        std::fs::create_dir_all(&debs).map_err(|e| e.to_string())?;
        eprintln!("fetching Chromium and its libraries (Debian packages, pinned) into {}…", base.display());
        // The machine's package lists, or, if they lack a package, lists
        // refreshed into target/chromium/lists (nothing outside the repo).
        let lists = base.join("lists");
        let mut refreshed = false;
        for (package, version) in PACKAGES {
            loop {
                let options =
                    if refreshed { vec![format!("-oDir::State::Lists={}", lists.display())] } else { Vec::new() };
                if apt_download(&debs, &options, &format!("{package}={version}"))? {
                    break;
                }
                // A security update replaced it in the mirror: the current one.
                eprintln!("warning: {package}={version} is not in the package lists; trying its current version");
                if apt_download(&debs, &options, package)? {
                    break;
                }
                if refreshed {
                    return Err(format!("apt-get download {package} failed, even with fresh package lists"));
                }
                std::fs::create_dir_all(lists.join("partial")).map_err(|e| e.to_string())?;
                let update = Command::new("apt-get")
                    .args(["update", "-qq", &format!("-oDir::State::Lists={}", lists.display())])
                    .status()
                    .map_err(|e| format!("cannot run apt-get: {e}"))?;
                if !update.success() {
                    return Err("apt-get update (into target/chromium/lists) failed".to_owned());
                }
                refreshed = true;
            }
        }
        for entry in std::fs::read_dir(&debs).map_err(|e| e.to_string())? {
            let deb = entry.map_err(|e| e.to_string())?.path();
            let status = Command::new("dpkg").arg("-x").arg(&deb).arg(&unpacked).status().map_err(|e| e.to_string())?;
            if !status.success() {
                return Err(format!("dpkg -x {} failed", deb.display()));
            }
        }
    }
    let libraries = ["usr/lib/x86_64-linux-gnu", "usr/lib/x86_64-linux-gnu/pulseaudio", "usr/lib/chromium"]
        .iter()
        .map(|dir| unpacked.join(dir).display().to_string())
        .collect::<Vec<_>>()
        .join(":");
    Ok((executable, libraries))
}

/// `apt-get download SPEC` into `dir`; whether it succeeded.
fn apt_download(dir: &Path, options: &[String], spec: &str) -> Result<bool, String> {
    Command::new("apt-get")
        .args(options)
        // Downloads land in the repository, which apt's own user may not
        // be able to write; say so rather than warn for every package.
        .args(["-oAPT::Sandbox::User=root", "download", "-qq", spec])
        .current_dir(dir)
        .status()
        .map(|status| status.success())
        .map_err(|e| format!("cannot run apt-get: {e}"))
}

/// Runs the page's test; the screenshot lands in `target/ui/page.png`.
pub fn test(root: &Path) -> Result<(), String> {
    let (executable, libraries) = chromium(root)?;
    if !crate::node::dir(root).join("node_modules").join("playwright-core").exists() {
        crate::node::install(root)?;
    }
    let sandbox = crate::process::sandbox_binary(root)?;
    let seed = root.join("crates/elasticpath-subscriptions-sandbox/seeds/nightly.yaml");
    let (guard, base) = start_announcing(
        Command::new(sandbox)
            .args(["--listen", "127.0.0.1:0", "--seed"])
            .arg(&seed)
            .env_remove("EP_CLIENT_ID")
            .env_remove("EP_CLIENT_SECRET"),
    )?;
    let origin = base.trim_end_matches("/v2").to_owned();
    let shots = root.join("target").join("ui");
    std::fs::create_dir_all(&shots).map_err(|e| e.to_string())?;
    let screenshot = shots.join("page.png");
    let status = Command::new("node")
        .arg("ui-test.mjs")
        .arg(&origin)
        .arg(&executable)
        .arg(&screenshot)
        .current_dir(crate::node::dir(root))
        .env("LD_LIBRARY_PATH", libraries)
        .status()
        .map_err(|e| format!("cannot run node: {e}"))?;
    drop(guard);
    if status.success() { Ok(()) } else { Err(format!("the page's test failed ({status})")) }
}
