//! The page to watch the sandbox.
