//! Who speaks in which order in a round, and a record's id.

use crate::model::plan::TurnOrder;
use crate::names::same;

/// The speakers of a round among `present` (in roster order) by the plan's rule.
/// `seed` makes a shuffled order the same every time the session resumes.
pub fn round_order(
    present: &[String],
    order: TurnOrder,
    facilitator: Option<&str>,
    seed: u64,
) -> Vec<String> {
    match order {
        TurnOrder::Roster => present.to_vec(),
        TurnOrder::Shuffled => shuffled(present, seed),
        TurnOrder::FacilitatorFirst => {
            let mut out = Vec::with_capacity(present.len());
            if let Some(f) = facilitator.and_then(|f| present.iter().find(|p| same(p, f))) {
                out.push(f.clone());
            }
            let rest: Vec<String> = present
                .iter()
                .filter(|p| !out.contains(p))
                .cloned()
                .collect();
            out.extend(rest);
            out
        }
    }
}

fn shuffled(names: &[String], seed: u64) -> Vec<String> {
    let mut out = names.to_vec();
    let mut state = seed;
    for i in (1..out.len()).rev() {
        state = splitmix64(state);
        let j = (state % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stable seed for one step of one session (FNV-1a of the record id).
pub fn seed(record_id: &str, step: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in record_id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (step as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A record id: date, time, network and plan as a slug.
pub fn record_id(stamp: &crate::model::record::Stamp, network: &str, plan: &str) -> String {
    let raw = format!("{}-{}-{}", stamp.format("%Y-%m-%d-%H%M"), network, plan);
    let mut out = String::new();
    for c in raw.to_lowercase().chars() {
        let piece = match c {
            'a'..='z' | '0'..='9' => c.to_string(),
            'æ' => "ae".into(),
            'ø' => "oe".into(),
            'å' => "aa".into(),
            'é' | 'è' => "e".into(),
            'ü' => "u".into(),
            'ö' => "o".into(),
            'ä' => "a".into(),
            _ => "-".into(),
        };
        if piece == "-" && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push_str(&piece);
    }
    out.truncate(80);
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn facilitator_first_then_roster() {
        let p = names(&["Anne", "Bo", "Carla"]);
        assert_eq!(
            round_order(&p, TurnOrder::FacilitatorFirst, Some("carla"), 0),
            names(&["Carla", "Anne", "Bo"])
        );
        assert_eq!(round_order(&p, TurnOrder::FacilitatorFirst, None, 0), p);
    }

    #[test]
    fn shuffle_is_stable_for_a_seed_and_keeps_everyone() {
        let p = names(&["Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima"]);
        let a = round_order(&p, TurnOrder::Shuffled, None, seed("x", 1));
        let b = round_order(&p, TurnOrder::Shuffled, None, seed("x", 1));
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, p);
        assert_ne!(a, p, "this seed should move someone");
    }

    #[test]
    fn record_id_is_a_slug() {
        let stamp = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:05:00+01:00").unwrap();
        let id = record_id(&stamp, "Skoleledere Århus Ø", "standard");
        assert_eq!(id, "2026-11-23-0905-skoleledere-aarhus-oe-standard");
        assert!(crate::model::checked::is_slug(&id));
    }
}
