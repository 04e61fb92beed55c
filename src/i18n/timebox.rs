//! The meeting's clock and time box: when a break ends, where the time
//! comes from, what was shortened.

use super::Phrase;
use crate::model::timebox::Source;
use crate::text::Lang;

pub const BACK_AT: Phrase = Phrase::new("Vi starter igen kl. {}", "Back at {}");
/// "10 min bagud: −10 min fra bufferen · f: gør det"
pub const PROPOSAL: Phrase = Phrase::new("Forslag: {} · f: gør det", "Proposal: {} · f: do it");
pub const CANNOT_FIND: Phrase = Phrase::new(
    "de sidste {} min kan ikke findes uden at skære dybere end planen tillader",
    "the last {} min cannot be found without cutting deeper than the plan allows",
);
pub const SHORTENED: Phrase = Phrase::new("Kortet: {}", "Shortened: {}");
pub const BUFFER: Phrase = Phrase::new("buffer −{}", "buffer −{}");
pub const THEME: Phrase = Phrase::new("tema −{}", "theme −{}");
pub const ROUNDS: Phrase = Phrase::new("runder −{}", "rounds −{}");
pub const UNTIL: Phrase = Phrase::new("Slut kl. {}", "Ends at {}");
/// `runde show PLAN -n 10` when the plan was fitted.
pub const FITTED: Phrase = Phrase::new(
    "Tilpasset {} deltagere inden for {} min: {}.",
    "Fitted for {} participants within {} min: {}.",
);

/// "buffer −10, tema −6": minutes by source, to the nearest minute
/// (at least one where anything was taken).
pub fn cuts_text(by_source: &[(Source, u64)], lang: Lang) -> String {
    by_source
        .iter()
        .filter(|(_, saved)| *saved > 0)
        .map(|(source, saved)| {
            let minutes = ((saved + 30) / 60).max(1).to_string();
            match source {
                Source::Buffer => BUFFER.fill(lang, &[&minutes]),
                Source::Theme => THEME.fill(lang, &[&minutes]),
                Source::Rounds => ROUNDS.fill(lang, &[&minutes]),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
