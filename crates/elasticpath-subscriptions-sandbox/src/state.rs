//! Saving and loading the sandbox.
