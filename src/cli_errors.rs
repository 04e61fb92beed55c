//! clap's own messages in Danish: an unexpected argument, a missing value,
//! an invalid value and the rest, for `--lang da`. English keeps clap's
//! wording. The usage line under a message is clap's, its headings Danish.

use crate::i18n::cli as da;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

/// Formats a clap error in Danish.
pub struct Danish;

impl ErrorFormatter for Danish {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let mut out = String::from(da::ERROR_PREFIX);
        out.push(' ');
        out.push_str(&message(error));
        if let Some(ContextValue::String(tip)) = error.get(ContextKind::SuggestedArg) {
            out.push_str(&format!("\n\n  {}", fill(da::TIP_ARG, &[tip])));
        }
        if let Some(ContextValue::String(tip)) = error.get(ContextKind::SuggestedSubcommand) {
            out.push_str(&format!("\n\n  {}", fill(da::TIP_COMMAND, &[tip])));
        }
        if let Some(ContextValue::String(tip)) = error.get(ContextKind::SuggestedValue) {
            out.push_str(&format!("\n\n  {}", fill(da::TIP_VALUE, &[tip])));
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            out.push_str("\n\n");
            out.push_str(&danish_usage(&usage.to_string()));
        }
        out.push_str("\n\n");
        out.push_str(da::MORE_HELP);
        out.push('\n');
        StyledStr::from(out)
    }
}

/// The usage line with Danish words where clap writes English ones.
pub fn danish_usage(usage: &str) -> String {
    usage
        .replace("Usage:", &format!("{}:", da::USAGE))
        .replace("[OPTIONS]", da::OPTIONS_PLACEHOLDER)
        .replace("[COMMAND]", da::COMMAND_PLACEHOLDER)
        .replace("<COMMAND>", da::COMMAND_REQUIRED)
}

/// "»x«", as Danish quotes a value.
fn quoted(text: &str) -> String {
    format!("»{text}«")
}

fn fill(phrase: &'static str, args: &[&str]) -> String {
    crate::i18n::Phrase::new(phrase, phrase).fill(crate::text::Lang::Da, args)
}

fn string(error: &clap::error::Error<Danish>, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

fn strings(error: &clap::error::Error<Danish>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn message(error: &clap::error::Error<Danish>) -> String {
    let arg = string(error, ContextKind::InvalidArg).map(|a| quoted(&a));
    let value = string(error, ContextKind::InvalidValue);
    let arg = arg.as_deref().unwrap_or("");
    match error.kind() {
        ErrorKind::UnknownArgument => fill(da::UNKNOWN_ARGUMENT, &[arg]),
        ErrorKind::InvalidSubcommand => {
            let command = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            fill(da::UNKNOWN_COMMAND, &[&quoted(&command)])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => match value.as_deref() {
            None | Some("") => fill(da::MISSING_VALUE, &[arg]),
            Some(value) => {
                let mut text = fill(da::INVALID_VALUE, &[&quoted(value), arg]);
                let valid = strings(error, ContextKind::ValidValue);
                if !valid.is_empty() {
                    text.push_str(&format!(
                        " {}",
                        fill(da::VALID_VALUES, &[&valid.join(", ")])
                    ));
                }
                text
            }
        },
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg);
            format!("{}\n  {}", da::MISSING_ARGUMENTS, missing.join("\n  "))
        }
        ErrorKind::MissingSubcommand => {
            let command = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            fill(da::MISSING_COMMAND, &[&quoted(&command)])
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            match prior.first() {
                Some(other) if prior.len() == 1 && quoted(other) == arg => {
                    fill(da::ARGUMENT_TWICE, &[arg])
                }
                Some(other) => fill(da::ARGUMENT_CONFLICT, &[arg, &quoted(other)]),
                None => fill(da::ARGUMENT_CONFLICT, &[arg, da::OTHER_ARGUMENTS]),
            }
        }
        ErrorKind::TooManyValues => fill(
            da::TOO_MANY_VALUES,
            &[&quoted(value.as_deref().unwrap_or("")), arg],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            fill(da::WRONG_NUMBER_OF_VALUES, &[arg])
        }
        ErrorKind::NoEquals => fill(da::NO_EQUALS, &[arg]),
        ErrorKind::InvalidUtf8 => da::INVALID_UTF8.to_string(),
        // Help and version are not errors; anything clap adds later is
        // said in general words.
        _ => da::SOMETHING_WRONG.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    fn error(args: &[&str]) -> String {
        let mut argv = vec!["runde"];
        argv.extend_from_slice(args);
        let e = crate::cli_lang::command(Lang::Da)
            .try_get_matches_from(argv)
            .unwrap_err();
        e.apply::<super::Danish>().render().to_string()
    }

    #[test]
    fn clap_speaks_danish() {
        let unknown = error(&["show", "standard", "--deltagere", "8"]);
        assert!(
            unknown.starts_with("fejl: uventet argument »--deltagere«"),
            "{unknown}"
        );
        assert!(unknown.contains("Se mere med --help."), "{unknown}");
        let missing = error(&["show", "standard", "--at"]);
        assert!(missing.starts_with("fejl: »--at <"), "{missing}");
        assert!(missing.contains("mangler en værdi"), "{missing}");
        let invalid = error(&["show", "standard", "--format", "pdf"]);
        assert!(
            invalid.contains("»pdf« er ikke en gyldig værdi for »--format"),
            "{invalid}"
        );
        assert!(invalid.contains("text, md"), "{invalid}");
        let required = error(&["network", "new", "Øst"]);
        assert!(required.starts_with("fejl: der mangler:"), "{required}");
        assert!(required.contains("Brug: runde network new"), "{required}");
        let command = error(&["vis"]);
        assert!(
            command.starts_with("fejl: ukendt kommando »vis«"),
            "{command}"
        );
        for text in [unknown, missing, invalid, required, command] {
            for english in [
                "error",
                "expected",
                "found",
                "Usage",
                "required",
                "[OPTIONS]",
                "DATE",
            ] {
                assert!(!text.contains(english), "{english} in: {text}");
            }
        }
    }
}
