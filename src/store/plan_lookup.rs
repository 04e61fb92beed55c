//! One plan by id, without parsing every plan: `runde start PLAN` needs
//! only the one it runs, before its first frame.

use super::{PlanEntry, Problem, Source, Store, id_matches_file, parse};
use crate::model::Plan;
use std::path::PathBuf;

impl Store {
    /// The plan `id` as [`Store::plans`] would give it: the user's
    /// `<id>.ron` when it loads, else the bundled one. The problem of a
    /// user file that does not load comes along.
    pub fn plan(&self, id: &str) -> (Option<PlanEntry>, Vec<Problem>) {
        let mut problems = Vec::new();
        // An id is a file name: nothing that could reach another folder.
        let plain = !id.is_empty() && !id.contains(['/', '\\']) && !id.starts_with('.');
        let path = self.paths.user_plans_dir().join(format!("{id}.ron"));
        if plain && path.is_file() {
            match self
                .read::<Plan>(&path)
                .and_then(|p| id_matches_file(&path, p, |p| &p.id))
            {
                Ok(plan) => {
                    let source = Source::User(path);
                    return (Some(PlanEntry { plan, source }), problems);
                }
                Err(problem) => problems.push(problem),
            }
        }
        let bundled = crate::bundled::PLANS
            .iter()
            .find(|(bundled, _)| *bundled == id);
        let entry = bundled.and_then(|(id, source)| {
            let path = PathBuf::from(format!("sessions/{id}.ron"));
            match parse::parse::<Plan>(&path, source.as_bytes()) {
                Ok(plan) => Some(PlanEntry {
                    plan,
                    source: Source::Bundled,
                }),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            }
        });
        (entry, problems)
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{Paths, Source, Store};

    #[test]
    fn one_plan_as_the_whole_list_gives_it() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::new(Paths::under(home.path()));
        let plans = store.paths().user_plans_dir();
        let (standard, problems) = store.plan("standard");
        assert!(problems.is_empty());
        let standard = standard.unwrap();
        assert_eq!(standard.source, Source::Bundled);
        let listed = store
            .plans()
            .items
            .into_iter()
            .find(|e| e.plan.id == "standard");
        assert_eq!(Some(standard.plan.clone()), listed.map(|e| e.plan));
        assert!(store.plan("nothing-like-it").0.is_none());
        assert!(store.plan("../standard").0.is_none());

        // The user's own copy wins; a broken one is a problem and the
        // bundled plan stands.
        std::fs::create_dir_all(&plans).unwrap();
        let mut own = standard.plan.clone();
        own.title = "Our own".into();
        std::fs::write(plans.join("standard.ron"), ron::to_string(&own).unwrap()).unwrap();
        let (entry, problems) = store.plan("standard");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(entry.unwrap().plan.title, own.title);
        std::fs::write(plans.join("standard.ron"), "(broken").unwrap();
        let (entry, problems) = store.plan("standard");
        assert_eq!(entry.unwrap().source, Source::Bundled);
        assert_eq!(problems.len(), 1);
    }
}
