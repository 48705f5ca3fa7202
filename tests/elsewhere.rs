//! A sandbox served from a thread and runtime of its own, for tests that
//! run the client on tokio's paused clock: the sandbox's server keeps real
//! time, and the paused clock only skips the client's own waits.

use elasticpath_subscriptions_sandbox::Sandbox;

/// A sandbox served from its own thread and runtime, so that the test's
/// paused clock does not touch it; stopped when dropped.
pub struct Elsewhere {
    /// The base URL to give a client.
    pub base_url: String,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Elsewhere {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Serves `sandbox` from another thread until the handle drops.
pub fn elsewhere(sandbox: Sandbox) -> Elsewhere {
    let (ready, served) = std::sync::mpsc::channel();
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async move {
            let running = elasticpath_subscriptions_sandbox::spawn(sandbox).await.unwrap();
            ready.send(running.base_url().to_owned()).unwrap();
            let _ = tokio::task::spawn_blocking(move || stopped.recv()).await;
            running.stop().await;
        });
    });
    let base_url = served.recv().unwrap();
    Elsewhere { base_url, stop: Some(stop), thread: Some(thread) }
}
