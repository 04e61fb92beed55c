//! The user's settings.

use crate::text::Lang;
use serde::{Deserialize, Serialize};

pub const CONFIG_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(deserialize_with = "config_version")]
    pub version: u32,
    /// The UI language; unset follows the locale.
    #[serde(default)]
    pub language: Option<Lang>,
    /// A theme id; unset is the default theme.
    #[serde(default)]
    pub theme: Option<String>,
    /// Bell and flash when a turn or step reaches zero.
    #[serde(default = "yes")]
    pub alerts: bool,
    /// The network `runde` starts with when none is named.
    #[serde(default)]
    pub network: Option<String>,
}

fn yes() -> bool {
    true
}

fn config_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    super::checked::version_at_most(d, CONFIG_VERSION)
}

impl Default for Config {
    fn default() -> Self {
        Config {
            version: CONFIG_VERSION,
            language: None,
            theme: None,
            alerts: true,
            network: None,
        }
    }
}
