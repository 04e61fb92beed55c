//! `runde sync` and `sync: auto`: a shared network kept in step through git.

use super::{Counted, Phrase};

/// In the commit message: one meeting, by its day.
pub const COMMIT_MEETING: Phrase = Phrase::new("møde {}", "meeting {}");
pub const COMMIT_ROSTER: Phrase = Phrase::new("netværksfilen", "the network file");

/// The first line of a folder's report: "»Nord« (~/netvaerk):".
pub const FOLDER: Phrase = Phrase::new("{} ({}):", "{} ({}):");
pub const COMMITTED: Phrase = Phrase::new("  Gemt i git: {}.", "  Committed: {}.");
pub const NOTHING_TO_COMMIT: Phrase =
    Phrase::new("  Intet nyt herfra.", "  Nothing new from here.");
pub const CAME_IN: Phrase = Phrase::new("  Hentet: {}.", "  Came in: {}.");
pub const NOTHING_CAME_IN: Phrase = Phrase::new("  Intet nyt at hente.", "  Nothing new came in.");
pub const MEETINGS_WEEK: Counted = Counted::new(
    Phrase::new(
        "{} møde fra den seneste uge",
        "{} meeting from the last week",
    ),
    Phrase::new(
        "{} møder fra den seneste uge",
        "{} meetings from the last week",
    ),
);
pub const MEETINGS_MONTH: Counted = Counted::new(
    Phrase::new(
        "{} møde fra den seneste måned",
        "{} meeting from the last month",
    ),
    Phrase::new(
        "{} møder fra den seneste måned",
        "{} meetings from the last month",
    ),
);
pub const MEETINGS_SINCE: Counted = Counted::new(
    Phrase::new("{} møde fra {}", "{} meeting from {}"),
    Phrase::new("{} møder siden {}", "{} meetings since {}"),
);
pub const UPDATED: Counted = Counted::new(
    Phrase::new("{} møde ændret", "{} meeting changed"),
    Phrase::new("{} møder ændret", "{} meetings changed"),
);
pub const REMOVED: Counted = Counted::new(
    Phrase::new("{} møde fjernet", "{} meeting removed"),
    Phrase::new("{} møder fjernet", "{} meetings removed"),
);
pub const NETWORK_CHANGED: Phrase = Phrase::new("ændringer i »{}«", "changes to \"{}\"");
pub const MERGED: Phrase = Phrase::new(
    "  Ændret på begge maskiner og flettet, alle noter bevaret: {}.",
    "  Changed on both machines and merged, every note kept: {}.",
);
pub const PUSHED: Phrase = Phrase::new("  Sendt til {}.", "  Pushed to {}.");
pub const UP_TO_DATE: Phrase = Phrase::new("  I takt med {}.", "  In step with {}.");
pub const NO_REMOTE: Phrase = Phrase::new(
    "  Mappen har intet remote: kun gemt i git her. Tilføj et med `git remote add origin URL`.",
    "  The folder has no remote: committed here only. Add one with `git remote add origin URL`.",
);
pub const UNREACHABLE: Phrase = Phrase::new(
    "  Kunne ikke nå {} (offline?): det, der er gemt i git her, bliver her og sendes ved næste `runde sync`. git: {}",
    "  Could not reach {} (offline?): what is committed here stays and goes with the next `runde sync`. git: {}",
);
pub const TIMED_OUT: Phrase = Phrase::new(
    "  {} svarede ikke inden for {} sekunder: det, der er gemt i git her, bliver her og sendes ved næste `runde sync`.",
    "  {} did not answer within {} seconds: what is committed here stays and goes with the next `runde sync`.",
);
pub const CONFLICT: Phrase = Phrase::new(
    "  Denne maskine og en anden har ændret de samme filer; intet er flettet eller sendt, og intet er tabt: denne maskines udgave ligger i dens commit, den anden i {}. Filerne:",
    "  This machine and another changed the same files; nothing was merged or pushed, and nothing is lost: this machine's version is in its commit, the other one in {}. The files:",
);
pub const CONFLICT_HOW: Phrase = Phrase::new(
    "  Flet dem med `git rebase {}` i mappen (eller bed den anden maskine synkronisere først), og kør så `runde sync` igen.",
    "  Merge them with `git rebase {}` in the folder (or let the other machine sync first), then run `runde sync` again.",
);
pub const UNREADABLE: Phrase = Phrase::new(
    "  Hentet, men kan ikke læses:",
    "  Came in but does not load:",
);

/// `sync: auto`: said while it runs, and when it is cut short.
pub const AUTO_RUNNING: Phrase = Phrase::new(
    "runde: synkroniserer {} med git (højst {} sekunder) …",
    "runde: syncing {} with git (at most {} seconds) …",
);
pub const AUTO_FAILED: Phrase = Phrase::new(
    "Synkronisering af {} med git: {}",
    "Syncing {} with git: {}",
);

pub const GIT_MISSING: Phrase = Phrase::new(
    "git er ikke installeret (intet `git` at køre); installér git for at synkronisere, eller del mappen med en synkroniseringstjeneste",
    "git is not installed (no `git` to run); install git to sync, or share the folder through a file-sync service",
);
pub const NOT_GIT: Phrase = Phrase::new(
    "{} er ikke en git-mappe; lav den med `git init` (og `git remote add origin URL`), eller lad en synkroniseringstjeneste holde den ajour",
    "{} is not a git work tree; make it one with `git init` (and `git remote add origin URL`), or let a file-sync service keep it in step",
);
pub const NOT_SHARED: Phrase = Phrase::new(
    "»{}« ligger kun på denne maskine; del det først med `runde network share {} MAPPE`",
    "\"{}\" lives on this machine only; share it first with `runde network share {} DIR`",
);
pub const NOTHING_TO_SYNC: Phrase = Phrase::new(
    "intet delt netværk ligger i en git-mappe; se `runde network list`",
    "no shared network lives in a git work tree; see `runde network list`",
);
pub const UNFINISHED: Phrase = Phrase::new(
    "en rebase eller merge er i gang i {}; gør den færdig eller afbryd den (`git rebase --abort`), og kør så `runde sync` igen",
    "a rebase or merge is under way in {}; finish it or stop it (`git rebase --abort`), then run `runde sync` again",
);
pub const DETACHED: Phrase = Phrase::new(
    "{} er ikke på en gren; skift til en med `git switch GREN`",
    "{} is not on a branch; switch to one with `git switch BRANCH`",
);
pub const GIT_REFUSED: Phrase = Phrase::new(
    "{} i {} mislykkedes; intet er sendt. git: {}",
    "{} in {} failed; nothing was pushed. git: {}",
);
