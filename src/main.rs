use std::process::ExitCode;

fn main() -> ExitCode {
    restore_default_sigpipe();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = runde::commands::lang_before_parsing(&args);
    // A shell's completion script calling: answered here, and ended.
    runde::commands::completions::answer_if_asked(lang);
    runde::commands::run(runde::cli_lang::parse(args, lang))
}

/// `runde plans | head -2` should end quietly, as any Unix tool does, not
/// panic on a closed pipe: Rust ignores SIGPIPE by default, which turns
/// every later print into an error.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread starts; setting
    // a signal's disposition to its default is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
