//! Words of `runde display`.

use super::Phrase;

pub const WAITING: Phrase = Phrase::new("Venter på et møde …", "Waiting for a session …");
pub const WAITING_HINT: Phrase = Phrase::new(
    "Vinduet følger det møde, der kører i et andet vindue på denne computer. q lukker.",
    "This window follows the session running in another window on this computer. q closes it.",
);
pub const TOO_SMALL: Phrase = Phrase::new("Større vindue, tak", "A larger window, please");
