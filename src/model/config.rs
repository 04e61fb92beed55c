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
    /// `"auto"`: sync shared git folders before the attendance check and
    /// after a meeting; `"manual"` (the default): only `runde sync`.
    #[serde(default)]
    pub sync: SyncMode,
}

/// When runde syncs a shared network's git folder; written `"auto"` or
/// `"manual"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncMode {
    #[default]
    Manual,
    Auto,
}

impl Serialize for SyncMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self {
            SyncMode::Manual => "manual",
            SyncMode::Auto => "auto",
        })
    }
}

impl<'de> Deserialize<'de> for SyncMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let word = String::deserialize(deserializer)?;
        match word.as_str() {
            "auto" => Ok(SyncMode::Auto),
            "manual" => Ok(SyncMode::Manual),
            _ => Err(serde::de::Error::custom(format!(
                "unknown sync mode \"{word}\"; expected \"auto\" or \"manual\""
            ))),
        }
    }
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
            sync: SyncMode::Manual,
        }
    }
}
