//! The TLS backend, chosen by cargo feature: `rustls-ring` (the default:
//! rustls with ring, quick to build), `rustls-aws-lc` (rustls with aws-lc,
//! FIPS-capable, a C build), or `native-tls` (the platform's own).

/// Makes rustls with ring the process's default crypto provider, if that is
/// the chosen backend and no provider is set yet. A client does this when
/// it is built; call it first if your code builds reqwest clients of its
/// own before any of ours: with the default `rustls-ring` feature, reqwest
/// is built without a provider of its own, and panics without one.
pub fn install() {
    #[cfg(feature = "rustls-ring")]
    {
        // Err when a provider is already installed: that one is kept.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
