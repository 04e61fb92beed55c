use super::*;
use crate::model::network::Leave;
use chrono::NaiveDate;

fn net(names: &[&str]) -> Network {
    Network::new("Nord", names)
}

fn roster(n: &Network) -> Vec<&str> {
    n.participants.iter().map(|p| p.name.as_str()).collect()
}

fn leave(n: &mut Network, who: &str, from: u32, to: u32) {
    let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
    let p = n.participants.iter_mut().find(|p| p.name == who).unwrap();
    p.leave.push(Leave {
        from: day(from),
        to: day(to),
    });
}

#[test]
fn members_added_on_both_sides_are_all_kept() {
    let base = net(&["Anne", "Bo", "Carla"]);
    let a = net(&["Anne", "Bo", "Carla", "Dorte"]);
    let b = net(&["Anne", "Bo", "Carla", "Erik"]);
    let merged = merge_networks(Some(&base), &a, &b).unwrap();
    assert_eq!(roster(&merged), ["Anne", "Bo", "Carla", "Dorte", "Erik"]);
    // Both created the file: every member of both.
    let merged = merge_networks(None, &a, &b).unwrap();
    assert_eq!(roster(&merged), ["Anne", "Bo", "Carla", "Dorte", "Erik"]);
}

#[test]
fn a_member_removed_on_one_side_and_untouched_on_the_other_is_removed() {
    let base = net(&["Anne", "Bo", "Carla"]);
    let a = net(&["Anne", "Carla"]);
    let b = net(&["Anne", "Bo", "Carla", "Dorte"]);
    for merged in [
        merge_networks(Some(&base), &a, &b).unwrap(),
        merge_networks(Some(&base), &b, &a).unwrap(),
    ] {
        assert_eq!(roster(&merged), ["Anne", "Carla", "Dorte"]);
    }
    // Removed on one side, given leave on the other: kept, nothing lost.
    let mut b = base.clone();
    leave(&mut b, "Bo", 4, 20);
    let merged = merge_networks(Some(&base), &a, &b).unwrap();
    assert_eq!(roster(&merged), ["Anne", "Bo", "Carla"]);
}

#[test]
fn leave_from_both_sides_and_a_new_order_from_one_are_kept() {
    let base = net(&["Anne", "Bo", "Carla"]);
    let mut a = base.clone();
    leave(&mut a, "Bo", 4, 10);
    let mut b = net(&["Carla", "Anne", "Bo"]);
    leave(&mut b, "Bo", 20, 31);
    let merged = merge_networks(Some(&base), &a, &b).unwrap();
    assert_eq!(roster(&merged), ["Carla", "Anne", "Bo"], "b's new order");
    assert_eq!(merged.participants[2].leave.len(), 2);
}

#[test]
fn what_both_changed_differently_is_named_and_not_merged() {
    let base = net(&["Anne", "Bo", "Carla"]);
    let a = net(&["Carla", "Anne", "Bo"]);
    let b = net(&["Bo", "Carla", "Anne"]);
    assert_eq!(
        merge_networks(Some(&base), &a, &b),
        Err(vec!["order".to_string()])
    );
    let mut a = base.clone();
    let mut b = base.clone();
    a.participants[1].initials = Some("BB".into());
    b.participants[1].initials = Some("BO".into());
    assert_eq!(
        merge_networks(Some(&base), &a, &b),
        Err(vec!["Bo".to_string()])
    );
    let mut a = base.clone();
    let mut b = base.clone();
    a.charter.purpose = vec!["Sparring".into()];
    b.charter.purpose = vec!["Udvikling".into()];
    assert_eq!(
        merge_networks(Some(&base), &a, &b),
        Err(vec!["charter".to_string()])
    );
    // The charter changed on one side only: taken.
    let merged = merge_networks(Some(&base), &a, &base).unwrap();
    assert_eq!(merged.charter.purpose, ["Sparring"]);
}
