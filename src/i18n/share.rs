//! Sharing a network between machines: `runde network share`, `join`,
//! where each network lives, and a session running on another machine.

use super::{Counted, Phrase};

pub const WHERE: Phrase = Phrase::new("Ligger", "Where");
pub const HERE: Phrase = Phrase::new("på denne maskine", "this machine");
pub const SHARED: Phrase = Phrase::new(
    "»{}« ligger nu i {}: {}, {}.",
    "\"{}\" now lives in {}: {}, {}.",
);
pub const SESSIONS_MOVED: Counted = Counted::new(
    Phrase::new("1 møde ligger der", "1 session is there"),
    Phrase::new("{} møder ligger der", "{} sessions are there"),
);
pub const PRIVATE_STAY: Counted = Counted::new(
    Phrase::new(
        "1 privat note bliver på denne maskine",
        "1 private note stays on this machine",
    ),
    Phrase::new(
        "{} private noter bliver på denne maskine",
        "{} private notes stay on this machine",
    ),
);
pub const LEFT_BEHIND: Phrase = Phrase::new(
    "{} mødereferater kunne ikke læses og er ikke flyttet; de ligger hvor de lå:",
    "{} session records could not be read and were not moved; they stay where they were:",
);
pub const JOINED: Phrase = Phrase::new(
    "Tilføjet fra {}: {}. Se dem med `runde network list`.",
    "Added from {}: {}. See them with `runde network list`.",
);
pub const NO_SUCH_NETWORK: Phrase = Phrase::new(
    "der er intet netværk »{}« gemt på denne maskine; kun et netværk med sin egen fil kan deles (se `runde network list`)",
    "there is no network \"{}\" saved on this machine; only a network with a file of its own can be shared (see `runde network list`)",
);
pub const SHARED_ELSEWHERE: Phrase = Phrase::new(
    "»{}« ligger allerede i {}; det flyttes ikke igen",
    "\"{}\" lives in {} already; it is not moved again",
);
pub const OTHER_NETWORK_THERE: Phrase = Phrase::new(
    "{} rummer et andet netværk ved navn »{}«; intet er ændret. Brug `runde network join` for at bruge det, der ligger der",
    "{} holds a different network called \"{}\"; nothing was changed. Use `runde network join` to use the one there",
);
pub const INSIDE_RUNDE: Phrase = Phrase::new(
    "{} er en af rundes egne mapper eller rummer dem; vælg en mappe for sig selv (fx i en git-mappe eller en synkroniseret mappe)",
    "{} is one of runde's own folders or holds them; choose a folder of its own (in a git work tree or a synced folder)",
);
pub const NO_NETWORK_THERE: Phrase = Phrase::new(
    "der er intet netværk i {}; her skulle være en mappe `networks` med en netværksfil (delt med `runde network share`)",
    "there is no network in {}; expected a folder `networks` with a network file (shared with `runde network share`)",
);
pub const COPY_DIFFERS: Phrase = Phrase::new(
    "kopien i {} kunne ikke læses tilbage som den blev skrevet; de gamle filer er beholdt",
    "the copy at {} did not read back as written; the old files are kept",
);
pub const NOT_SHARED: Phrase = Phrase::new(
    "intet er flyttet eller fjernet",
    "nothing was moved or removed",
);
pub const RUNNING_ELSEWHERE: Phrase = Phrase::new(
    "kører på en anden maskine ({})",
    "running on another machine ({})",
);
pub const RESUME_ELSEWHERE: Phrase = Phrase::new(
    "Mødet kører lige nu på en anden maskine ({}). Fortsæt det også her? Går I begge videre, lægges de to kopier sammen.",
    "This meeting is running on another machine now ({}). Resume it here too? If both go on, the two copies are merged.",
);
pub const RESUME_ELSEWHERE_CLI: Phrase = Phrase::new(
    "mødet {} kører lige nu på en anden maskine ({}); fortsæt det alligevel med `runde resume {} --anyway`, eller fra startskærmen",
    "the meeting {} is running on another machine now ({}); resume it anyway with `runde resume {} --anyway`, or from the home screen",
);
