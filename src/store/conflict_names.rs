//! The names sync services give the conflict copy they leave beside a
//! file two machines changed at once:
//!
//! - Dropbox: `x (conflicted copy 2026-12-03).ron`,
//!   `x (Bo's conflicted copy 2026-12-03).ron`
//! - Nextcloud: `x (conflicted copy 2026-12-03 101500).ron`
//! - Syncthing: `x.sync-conflict-20261203-101500-ABCDEFG.ron`
//! - OneDrive: `x-LAPTOP-B.ron` (the machine's name after a dash). Any
//!   name with a dash looks like that, so such a name is only a candidate:
//!   the caller takes it for a copy when `x.ron` is there and holds the
//!   same network or meeting.

/// The file names `file_name` may be a conflict copy of, likeliest first,
/// and whether the name is a sync service's own conflict name (true) or
/// only looks like OneDrive's (false). None: not a `.ron` file.
pub(crate) fn originals(file_name: &str) -> Option<(Vec<String>, bool)> {
    let stem = file_name.strip_suffix(".ron")?;
    let ron = |s: &str| format!("{s}.ron");
    if let Some(at) = stem.find(".sync-conflict-")
        && at > 0
    {
        return Some((vec![ron(&stem[..at])], true));
    }
    if let Some(inner) = stem.strip_suffix(')')
        && let Some(open) = inner.rfind(" (")
        && open > 0
        && inner[open..].to_lowercase().contains("conflicted copy")
    {
        return Some((vec![ron(&inner[..open])], true));
    }
    let candidates = stem
        .char_indices()
        .rev()
        .filter(|&(at, c)| c == '-' && at > 0 && at + 1 < stem.len())
        .map(|(at, _)| ron(&stem[..at]))
        .collect();
    Some((candidates, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sure(name: &str) -> Option<String> {
        match originals(name) {
            Some((names, true)) => names.into_iter().next(),
            _ => None,
        }
    }

    #[test]
    fn each_services_conflict_name_gives_the_original() {
        let original = Some("skoleledere-oest.ron".to_string());
        for copy in [
            "skoleledere-oest (conflicted copy 2026-12-03).ron",
            "skoleledere-oest (Bo's conflicted copy 2026-12-03).ron",
            "skoleledere-oest (conflicted copy 2026-12-03 101500).ron",
            "skoleledere-oest.sync-conflict-20261203-101500-ABCDEFG.ron",
        ] {
            assert_eq!(sure(copy), original, "{copy}");
        }
    }

    #[test]
    fn a_name_with_a_dash_is_only_a_candidate_for_onedrive() {
        let (names, sure) = originals("skoleledere-oest-LAPTOP-B.ron").unwrap();
        assert!(!sure);
        assert_eq!(
            names,
            [
                "skoleledere-oest-LAPTOP.ron",
                "skoleledere-oest.ron",
                "skoleledere.ron"
            ]
        );
    }

    #[test]
    fn ordinary_names_are_no_sync_services_copies() {
        for name in [
            "skoleledere-oest.ron",
            "2026-11-23-demo.ron",
            "nord (2).ron",
            "nord.ron",
        ] {
            assert_eq!(sure(name), None, "{name}");
        }
        assert_eq!(originals("nord.ron"), Some((Vec::new(), false)));
        assert_eq!(originals("notes.txt"), None);
    }
}
