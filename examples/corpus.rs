//! Writes a scale corpus of genuine session records into a runde home:
//!
//!     cargo run --release --example corpus -- 10000 /tmp/runde-10k
//!     RUNDE_HOME=/tmp/runde-10k runde sessions
//!
//! Every record is run through the live session engine and written by the
//! store's own writer (see tests/common/corpus.rs).
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Test and bench tools print for the person running them, not for a user.
#![allow(clippy::disallowed_macros)]

#[allow(unreachable_pub)] // written for the tests, where it is public
#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(count), Some(home)) = (args.next(), args.next()) else {
        eprintln!("usage: corpus SESSIONS HOME");
        return ExitCode::from(2);
    };
    let Ok(count) = count.replace([',', '_'], "").parse::<usize>() else {
        eprintln!("corpus: {count} is not a number of sessions");
        return ExitCode::from(2);
    };
    let store = runde::store::Store::new(runde::store::Paths::under(std::path::Path::new(&home)));
    let ids = corpus::write(&store, count, 7);
    println!("{} sessions in {home}", ids.len());
    ExitCode::SUCCESS
}
