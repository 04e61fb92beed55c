//! The head of the minutes: network, date, time, plan, who came (with
//! late arrivals and early leavers), who sent word or stayed away, and who
//! held which role.

use super::markdown::Minutes;
use crate::dates::{clock, long_date};
use crate::i18n::{Phrase, common, export as words};
use crate::model::record::{HandOverCause, Presence, RotationOverride};
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
                if let Some(why) = self.hand_over_reason(o) {
                    let _ = write!(s, " ({why})");
                }
                Some(s)
            })
            .collect()
    }

    /// Why a role was handed on, in the minutes' language where the record
    /// keeps it as a fact; else the facilitator's words as they are.
    fn hand_over_reason(&self, o: &RotationOverride) -> Option<String> {
        match (o.cause, o.suggested.as_deref()) {
            (Some(HandOverCause::Left), Some(who)) => Some(
                words::HOLDER_LEFT
                    .fill(self.lang, &[&self.names.name(who), &clock(o.at, self.lang)]),
            ),
            _ => Some(o.reason.trim())
                .filter(|r| !r.is_empty())
                .map(|r| self.names.text(r)),
        }
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
        add(common::RESERVE, &r.reserve.iter().collect::<Vec<_>>());
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::export::MinutesOptions;
    use crate::export::markdown::minutes;
    use crate::export::tests::record_with;
    use crate::model::Network;
    use crate::model::record::{HandOverCause, RotationOverride};
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

    fn handed_on(reason: &str, cause: Option<HandOverCause>) -> RotationOverride {
        RotationOverride {
            role: "timekeeper".into(),
            suggested: Some("Gustav".into()),
            chosen: "Erik".into(),
            reason: reason.into(),
            at: "2026-12-04T06:44:10+01:00".parse().unwrap(),
            step: Some(2),
            cause,
        }
    }

    #[test]
    fn a_role_handed_on_as_its_holder_left_is_told_in_the_minutes_language() {
        let mut record = record_with(Network::new("Nord", &["Erik", "Gustav"]));
        record.rotation_overrides = vec![handed_on("", Some(HandOverCause::Left))];
        let en = minutes(&record, &[], &MinutesOptions::new(Lang::En));
        assert!(
            en.contains("at 06:44 Erik took over from Gustav as timekeeper (Gustav left at 06:44)"),
            "{en}"
        );
        let da = minutes(&record, &[], &MinutesOptions::new(Lang::Da));
        assert!(da.contains("(Gustav gik kl. 06.44)"), "{da}");
        let mut opts = MinutesOptions::new(Lang::En);
        opts.pseudonymise = true;
        let initials = minutes(&record, &[], &opts);
        assert!(!initials.contains("Gustav"), "{initials}");
    }

    #[test]
    fn a_reason_in_words_stays_as_it_was_written() {
        // Records from before the cause was kept say it in words, in the
        // meeting's language; a typed reason is the facilitator's own.
        let mut record = record_with(Network::new("Nord", &["Erik", "Gustav"]));
        record.rotation_overrides = vec![handed_on("Gustav gik kl. 06.44", None)];
        let en = minutes(&record, &[], &MinutesOptions::new(Lang::En));
        assert!(en.contains("(Gustav gik kl. 06.44)"), "{en}");
        record.rotation_overrides = vec![handed_on("  ", None)];
        let en = minutes(&record, &[], &MinutesOptions::new(Lang::En));
        assert!(en.contains("as timekeeper\n"), "{en}");
    }

    #[test]
    fn a_hand_over_reads_back_with_and_without_its_cause() {
        let old = r#"(role: "timekeeper", suggested: Some("Gustav"), chosen: "Erik", reason: "Gustav gik kl. 06.44", at: "2026-12-04T06:44:10+01:00", step: Some(2))"#;
        let read: RotationOverride = ron::from_str(old).unwrap();
        assert_eq!(read, handed_on("Gustav gik kl. 06.44", None));
        let new = handed_on("", Some(HandOverCause::Left));
        let text = ron::to_string(&new).unwrap();
        assert!(text.contains("cause:Some(Left)"), "{text}");
        assert_eq!(ron::from_str::<RotationOverride>(&text).unwrap(), new);
        let without = ron::to_string(&handed_on("x", None)).unwrap();
        assert!(!without.contains("cause"), "older readers: {without}");
    }
}
