//! The head of the minutes: network, date, time, plan, who came (with
//! late arrivals and early leavers), who sent word or stayed away, and who
//! held which role.

use super::markdown::Minutes;
use crate::dates::{clock, long_date};
use crate::i18n::{Phrase, common, export as words};
use crate::model::record::Presence;
use std::fmt::Write;

impl Minutes<'_> {
    pub(super) fn header(&self, out: &mut String) {
        let r = self.record;
        let lang = self.lang;
        let _ = writeln!(
            out,
            "# {}: {}\n",
            self.say(words::MINUTES),
            common::network_label(&r.network.name, self.lang)
        );
        let _ = writeln!(
            out,
            "- **{}:** {}",
            self.say(words::DATE),
            long_date(r.started.date_naive(), lang)
        );
        let end = r.finished.map(|f| clock(f, lang)).unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{}:** {}–{end}",
            self.say(words::TIME),
            clock(r.started, lang)
        );
        let _ = writeln!(
            out,
            "- **{}:** {}",
            self.say(words::PLAN),
            r.plan.title.get(lang)
        );
        let present: Vec<String> = r
            .attendance
            .iter()
            .filter(|a| a.presence.came())
            .map(|a| {
                let mut s = self.names.name(&a.participant);
                let mut extra = Vec::new();
                if let (Presence::Late, Some(t)) = (a.presence, a.arrived) {
                    extra.push(words::ARRIVED.fill(lang, &[&clock(t, lang)]));
                }
                if let Some(t) = a.left {
                    extra.push(words::LEFT.fill(lang, &[&clock(t, lang)]));
                }
                if !extra.is_empty() {
                    let _ = write!(s, " ({})", extra.join(", "));
                }
                s
            })
            .collect();
        self.people_line(out, words::PRESENT, &present, true);
        for (phrase, presence) in [
            (words::NOTIFIED_ABSENCE, Presence::NotifiedAbsence),
            (words::ABSENT, Presence::Absent),
            (words::ON_LEAVE, Presence::OnLeave),
        ] {
            let names: Vec<String> = r
                .attendance
                .iter()
                .filter(|a| a.presence == presence)
                .map(|a| self.names.name(&a.participant))
                .collect();
            self.people_line(out, phrase, &names, false);
        }
        let roles = self.roles();
        if !roles.is_empty() {
            let _ = writeln!(
                out,
                "- **{}:** {}",
                self.say(words::ROLES),
                roles.join(" · ")
            );
        }
        let changes = self.role_changes();
        if !changes.is_empty() {
            let _ = writeln!(
                out,
                "- **{}:** {}",
                self.say(words::ROLE_CHANGES),
                changes.join(" · ")
            );
        }
        if !r.is_finished() {
            let _ = writeln!(out, "\n_{}_", self.say(words::IN_PROGRESS));
        }
        out.push('\n');
    }

    fn people_line(&self, out: &mut String, label: Phrase, names: &[String], always: bool) {
        if names.is_empty() && !always {
            return;
        }
        let list = if names.is_empty() {
            self.say(words::NOBODY).to_string()
        } else {
            names.join(", ")
        };
        let _ = writeln!(out, "- **{}:** {list}", self.say(label));
    }

    /// Roles handed on during the meeting: "kl. 14.20 Gustav i stedet for
    /// Erik som interviewer (Erik blev kaldt væk)".
    fn role_changes(&self) -> Vec<String> {
        let lang = self.lang;
        self.record
            .rotation_overrides
            .iter()
            .filter(|o| o.step.is_some())
            .filter_map(|o| {
                let role = crate::model::role_kind::RoleKind::parse(&o.role)?;
                let to = match o.chosen.trim() {
                    "" => self.say(words::NOBODY).to_string(),
                    name => self.names.name(name),
                };
                let from = o.suggested.as_deref().map(|n| self.names.name(n));
                let mut s = match from {
                    Some(from) => words::ROLE_CHANGE
                        .fill(lang, &[&clock(o.at, lang), &to, &from, role.label(lang)]),
                    None => {
                        words::ROLE_TAKEN.fill(lang, &[&clock(o.at, lang), &to, role.label(lang)])
                    }
                };
                if !o.reason.trim().is_empty() {
                    let _ = write!(s, " ({})", self.names.text(o.reason.trim()));
                }
                Some(s)
            })
            .collect()
    }

    fn roles(&self) -> Vec<String> {
        let r = &self.record.roles;
        let mut out = Vec::new();
        let mut add = |phrase: Phrase, names: &[&String]| {
            if !names.is_empty() {
                let list: Vec<String> = names.iter().map(|n| self.names.name(n)).collect();
                out.push(format!("{}: {}", phrase.get(self.lang), list.join(", ")));
            }
        };
        add(
            common::FACILITATOR,
            &r.facilitator.iter().collect::<Vec<_>>(),
        );
        add(common::NOTE_TAKER, &r.note_taker.iter().collect::<Vec<_>>());
        add(
            common::CASE_GIVER,
            &r.case_givers.iter().collect::<Vec<_>>(),
        );
        add(
            common::INTERVIEWER,
            &r.interviewers.iter().collect::<Vec<_>>(),
        );
        add(common::TIMEKEEPER, &r.timekeeper.iter().collect::<Vec<_>>());
        add(common::HOST, &r.host.iter().collect::<Vec<_>>());
        add(words::RESERVE, &r.reserve.iter().collect::<Vec<_>>());
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::export::MinutesOptions;
    use crate::export::markdown::minutes;
    use crate::export::tests::record_with;
    use crate::model::Network;
    use crate::text::Lang;

    #[test]
    fn the_roles_line_names_every_role_the_meeting_had_the_reserve_too() {
        let mut record = record_with(Network::new("Nord", &["Anne", "Bo", "Carla"]));
        record.roles.facilitator = Some("Anne".into());
        record.roles.host = Some("Carla".into());
        record.roles.reserve = Some("Bo".into());
        let da = minutes(&record, &[], &MinutesOptions::new(Lang::Da));
        assert!(
            da.contains("tovholder: Anne · vært: Carla · reserve: Bo"),
            "{da}"
        );
        let en = minutes(&record, &[], &MinutesOptions::new(Lang::En));
        assert!(
            en.contains("facilitator: Anne · host: Carla · reserve: Bo"),
            "{en}"
        );
    }
}
