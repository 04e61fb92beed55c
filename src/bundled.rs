//! Plans embedded in the binary: (id, RON source). The same files live in
//! `sessions/` so they can be read and copied; a user plan with the same id
//! overrides one.

pub const PLANS: &[(&str, &str)] = &[
    ("standard", include_str!("../sessions/standard.ron")),
    ("standard-90", include_str!("../sessions/standard-90.ron")),
    (
        "standard-troika",
        include_str!("../sessions/standard-troika.ron"),
    ),
    ("startup", include_str!("../sessions/startup.ron")),
    ("evaluation", include_str!("../sessions/evaluation.ron")),
    ("vitalisation", include_str!("../sessions/vitalisation.ron")),
    ("stress", include_str!("../sessions/stress.ron")),
    ("closing", include_str!("../sessions/closing.ron")),
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
    (
        "walk-and-talk",
        include_str!("../sessions/walk-and-talk.ron"),
    ),
    ("feedback", include_str!("../sessions/feedback.ron")),
    ("checkout", include_str!("../sessions/checkout.ron")),
];
