//! Plans embedded in the binary: (id, RON source). The same files live in
//! `sessions/` so they can be read and copied; a user plan with the same id
//! overrides one.

pub const PLANS: &[(&str, &str)] = &[("standard", include_str!("../sessions/standard.ron"))];
