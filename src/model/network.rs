//! A leader network: its name, its participants and their rotation order.

use super::charter::Charter;
use super::checked;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// 2: the network keeps its charter. Version 1 files (no charter) load.
pub const NETWORK_VERSION: u32 = 2;

/// The name every ad-hoc session (`runde start --participants`) is filed
/// under; the UI shows it as "Ad hoc (uden netværk)".
pub const AD_HOC_NAME: &str = "Ad hoc";

/// True for the ad-hoc sessions' network name (any case).
pub fn is_ad_hoc_name(name: &str) -> bool {
    crate::names::same(name, AD_HOC_NAME)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawNetwork")]
pub struct Network {
    pub version: u32,
    pub name: String,
    /// In the network's fixed, published rotation order.
    pub participants: Vec<Participant>,
    /// What the start-up agreed: purpose, goals, success criteria, ground
    /// rules.
    #[serde(default, skip_serializing_if = "Charter::is_unset")]
    pub charter: Charter,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    #[serde(deserialize_with = "checked::name")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initials: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leave: Vec<Leave>,
}

/// A period of leave, both days included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leave {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Network")]
struct RawNetwork {
    /// Checked while reading; the network is kept in this build's format.
    #[serde(rename = "version", deserialize_with = "network_version")]
    _version: u32,
    #[serde(deserialize_with = "checked::name")]
    name: String,
    participants: Vec<Participant>,
    #[serde(default)]
    charter: Charter,
}

fn network_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    checked::version_at_most(d, NETWORK_VERSION)
}

impl TryFrom<RawNetwork> for Network {
    type Error = String;

    fn try_from(raw: RawNetwork) -> Result<Self, String> {
        if let Some(dup) =
            crate::names::first_duplicate(raw.participants.iter().map(|p| p.name.as_str()))
        {
            return Err(format!(
                "participant \"{dup}\" is listed twice; expected each participant once"
            ));
        }
        for p in &raw.participants {
            if let Some(bad) = p.leave.iter().find(|l| l.to < l.from) {
                return Err(format!(
                    "{}'s leave ends ({}) before it starts ({}); expected from ≤ to",
                    p.name, bad.to, bad.from
                ));
            }
        }
        Ok(Network {
            // Read in any older format; written back in this one.
            version: NETWORK_VERSION,
            name: raw.name,
            participants: raw.participants,
            charter: raw.charter,
        })
    }
}

impl Participant {
    pub fn new(name: &str) -> Participant {
        Participant {
            name: crate::names::tidy(name),
            initials: None,
            leave: Vec::new(),
        }
    }

    /// The initials given, or the first letter of each part of the name.
    pub fn initials(&self) -> String {
        self.initials
            .clone()
            .unwrap_or_else(|| initials_of(&self.name))
    }

    pub fn on_leave(&self, day: NaiveDate) -> bool {
        self.leave.iter().any(|l| l.from <= day && day <= l.to)
    }
}

/// "Anne Marie Holm" → "AMH". Only the name counts: a place in brackets
/// after it ("Lærke (Børnehuset)") and parts that are not words ("&") do not.
pub fn initials_of(name: &str) -> String {
    let name = name.split('(').next().unwrap_or(name);
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|part| part.chars().next().filter(|c| c.is_alphabetic()))
        .flat_map(char::to_uppercase)
        .collect()
}

impl Network {
    pub fn new(name: &str, names: &[&str]) -> Network {
        Network {
            version: NETWORK_VERSION,
            name: crate::names::tidy(name),
            participants: names.iter().map(|n| Participant::new(n)).collect(),
            charter: Charter::default(),
        }
    }

    pub fn participant(&self, name: &str) -> Option<&Participant> {
        self.participants
            .iter()
            .find(|p| crate::names::same(&p.name, name))
    }

    pub fn names(&self) -> Vec<String> {
        self.participants.iter().map(|p| p.name.clone()).collect()
    }

    /// The network every fresh install starts with, so a session runs at once.
    /// The network of a session started with `--participants`: a list of
    /// names for one meeting, not a saved network with a rotation.
    pub fn ad_hoc(names: &[&str]) -> Network {
        Network::new(AD_HOC_NAME, names)
    }

    pub fn is_ad_hoc(&self) -> bool {
        is_ad_hoc_name(&self.name)
    }

    pub fn demo() -> Network {
        Network::new(
            "Demo",
            &[
                "Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav", "Helle",
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_from_name() {
        assert_eq!(initials_of("Anne Marie Holm"), "AMH");
        assert_eq!(initials_of("Eva-Lis Ørum"), "ELØ");
        assert_eq!(initials_of("Lærke (Børnehuset Mælkebøtten)"), "L");
        assert_eq!(initials_of("Bo & Ib"), "BI");
    }

    #[test]
    fn rejects_duplicate_participant() {
        let src = r#"(version: 1, name: "X", participants: [(name: "Bo"), (name: "bo")])"#;
        let err = ron::from_str::<Network>(src).unwrap_err();
        assert!(err.to_string().contains("listed twice"), "{err}");
    }

    #[test]
    fn a_version_1_file_loads_without_a_charter_and_a_charter_round_trips() {
        let old = r#"(version: 1, name: "Skoleledere Øst", participants: [(name: "Anne")])"#;
        let network = ron::from_str::<Network>(old).unwrap();
        assert!(network.charter.is_empty());
        let mut network = network;
        network.charter.success_criteria = vec!["Alle har haft en sag".into()];
        let s = ron::ser::to_string_pretty(&network, Default::default()).unwrap();
        assert!(s.contains("success_criteria"), "{s}");
        assert_eq!(ron::from_str::<Network>(&s).unwrap(), network);
    }

    /// Found by the network fuzzer (fuzz/run): a charter with a day and no
    /// parts was left out on save, so the day was lost.
    #[test]
    fn a_charter_with_only_its_day_keeps_the_day() {
        let src = r#"(version: 2, name: "Skoleledere Øst", participants: [(name: "Anne")],
            charter: (agreed: Some("2026-03-12")))"#;
        let network = ron::from_str::<Network>(src).unwrap();
        assert!(network.charter.agreed.is_some());
        let s = ron::ser::to_string_pretty(&network, Default::default()).unwrap();
        assert_eq!(ron::from_str::<Network>(&s).unwrap(), network);
    }

    #[test]
    fn round_trips() {
        let n = Network::demo();
        let s = ron::ser::to_string_pretty(&n, Default::default()).unwrap();
        assert_eq!(ron::from_str::<Network>(&s).unwrap(), n);
    }
}
