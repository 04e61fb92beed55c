//! Plans embedded in the binary: (id, RON source). The same files live in
//! `sessions/` so they can be read and copied; a user plan with the same id
//! overrides one.

pub const PLANS: &[(&str, &str)] = &[
    ("standard", include_str!("../sessions/standard.ron")),
    (
        "standard-troika",
        include_str!("../sessions/standard-troika.ron"),
    ),
    ("startup", include_str!("../sessions/startup.ron")),
    ("vitalisation", include_str!("../sessions/vitalisation.ron")),
    (
        "reflecting-team",
        include_str!("../sessions/reflecting-team.ron"),
    ),
    ("five-phase", include_str!("../sessions/five-phase.ron")),
    ("troika", include_str!("../sessions/troika.ron")),
    (
        "consultancy-protocol",
        include_str!("../sessions/consultancy-protocol.ron"),
    ),
    (
        "action-learning",
        include_str!("../sessions/action-learning.ron"),
    ),
    ("checkout", include_str!("../sessions/checkout.ron")),
];
