//! Plans embedded in the binary: (id, RON source). The same files live in
//! `sessions/` so they can be read and copied.

pub const PLANS: &[(&str, &str)] = &[];
