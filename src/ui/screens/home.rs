//! The home screen: choose network and plan, resume an interrupted session.

use super::super::ViewCtx;
use super::super::keys::{self, HomeAction};
use super::super::popup::{Confirm, Help, Popup, Popups, Question};
use super::ScreenView;
use super::help::TextFields;
use super::{centered, render_footer};
use crate::i18n::home as t;
use crate::model::open_action::OpenCount;
use crate::model::planning::{Headcount, plan_minutes};
use crate::model::{Network, Plan, Record};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

/// Open actions listed under the menu; the rest are counted.
const SHOWN_ACTIONS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Network,
    Plan,
    Start,
    Resume,
    Review,
}

#[derive(Debug, Clone)]
pub enum HomeOutcome {
    Stay,
    Start {
        plan: Plan,
        network: Network,
    },
    /// Resume the session with this record id: the runtime takes its
    /// lock and reads it then, never what this screen read when it opened.
    Resume(String),
    Review,
    /// Open the network screen for a new network.
    NewNetwork,
    /// Open the network screen for the selected network.
    EditNetwork(Network),
    Quit,
}

#[derive(Debug, Clone)]
pub struct HomeScreen {
    pub networks: Vec<Network>,
    pub plans: Vec<Plan>,
    /// The most recent unfinished session.
    pub resumable: Option<Record>,
    /// Files that did not load, as "path:line:col: message".
    pub problems: Vec<String>,
    pub network: usize,
    pub plan: usize,
    pub focus: Row,
    pub message: Option<String>,
    /// Open actions of earlier sessions, with their network's name; the
    /// selected network's are shown (private ones never are).
    pub open_actions: Vec<(String, crate::model::open_action::OpenAction)>,
    /// The network was chosen (by the config or a key), so the latest
    /// session's network does not replace it.
    pub network_chosen: bool,
    /// What each network's latest session agreed for the next meeting.
    pub agreements: Vec<(String, crate::model::record::NextMeeting)>,
    /// How far reading the meetings has come, while the data beside the
    /// menu is still loading ("Opbygger mødeoversigten: 3.400 af 10.000
    /// møder"); the menu takes keys meanwhile.
    pub loading: Option<crate::store::index::Progress>,
    /// The other machine the session to resume is running on now:
    /// resuming it asks first.
    pub elsewhere: Option<String>,
}

impl HomeScreen {
    pub fn new(networks: Vec<Network>, plans: Vec<Plan>, resumable: Option<Record>) -> HomeScreen {
        let plan = plans.iter().position(|p| p.id == "standard").unwrap_or(0);
        let focus = match resumable {
            Some(_) => Row::Resume,
            None => Row::Start,
        };
        HomeScreen {
            networks,
            plans,
            resumable,
            problems: Vec::new(),
            network: 0,
            plan,
            // After an interruption, resuming is what the facilitator wants.
            focus,
            message: None,
            open_actions: Vec::new(),
            agreements: Vec::new(),
            network_chosen: false,
            loading: None,
            elsewhere: None,
        }
    }

    fn rows(&self) -> Vec<Row> {
        let mut rows = vec![Row::Network, Row::Plan, Row::Start];
        if self.resumable.is_some() {
            rows.push(Row::Resume);
        }
        rows.push(Row::Review);
        rows
    }

    fn step(len: usize, i: usize, forward: bool) -> usize {
        match (len, forward) {
            (0, _) => 0,
            (_, true) => (i + 1) % len,
            (_, false) => (i + len - 1) % len,
        }
    }

    pub fn handle(&mut self, action: HomeAction, popups: &mut Popups) -> HomeOutcome {
        self.message = None;
        let rows = self.rows();
        let at = rows.iter().position(|r| *r == self.focus).unwrap_or(0);
        match action {
            HomeAction::Up => self.focus = rows[Self::step(rows.len(), at, false)],
            HomeAction::Down => self.focus = rows[Self::step(rows.len(), at, true)],
            HomeAction::Left | HomeAction::Right => {
                let fwd = action == HomeAction::Right;
                match self.focus {
                    Row::Network => {
                        self.network = Self::step(self.networks.len(), self.network, fwd);
                        self.network_chosen = true;
                    }
                    Row::Plan => self.plan = Self::step(self.plans.len(), self.plan, fwd),
                    _ => {}
                }
            }
            HomeAction::Resume => return self.resume(popups),
            HomeAction::Select => match self.focus {
                Row::Resume => return self.resume(popups),
                Row::Review => return HomeOutcome::Review,
                _ => {
                    if let (Some(plan), Some(network)) =
                        (self.plans.get(self.plan), self.networks.get(self.network))
                    {
                        return HomeOutcome::Start {
                            plan: plan.clone(),
                            network: network.clone(),
                        };
                    }
                }
            },
            HomeAction::NewNetwork => return HomeOutcome::NewNetwork,
            HomeAction::EditNetwork => {
                if let Some(network) = self.networks.get(self.network) {
                    return HomeOutcome::EditNetwork(network.clone());
                }
            }
            HomeAction::Help => popups.open(Help::of(keys::HOME, TextFields::None)),
            HomeAction::Quit => return HomeOutcome::Quit,
        }
        HomeOutcome::Stay
    }

    /// Back from the network screen: the network as it now stands is the
    /// one chosen.
    pub fn network_back(&mut self, network: Network, renamed_from: Option<&str>) {
        if let Some(old) = renamed_from {
            // The demo is built in: it stays under its own name.
            self.networks
                .retain(|n| n.name != old || *n == Network::demo());
        }
        let same = |n: &Network| crate::names::same(&n.name, &network.name);
        match self.networks.iter().position(same) {
            Some(i) => {
                self.networks[i] = network;
                self.network = i;
            }
            None => {
                self.networks.push(network);
                self.network = self.networks.len() - 1;
            }
        }
        self.focus = Row::Network;
        self.network_chosen = true;
    }

    /// What the loader found, beside the menu: the session to resume (unless
    /// one is known already), open actions, agreements, the network that
    /// met last, and any trouble reading them.
    pub fn loaded(&mut self, data: crate::store::HomeData, lang: crate::text::Lang) {
        self.loading = None;
        if self.resumable.is_none() {
            self.resumable = data.resumable.clone();
            // The cursor goes to Resume unless the facilitator moved it.
            if self.resumable.is_some() && self.focus == Row::Start {
                self.focus = Row::Resume;
            }
        }
        let same = |r: &Record| {
            data.running_elsewhere.is_some()
                && self.resumable.as_ref().is_some_and(|mine| mine.id == r.id)
        };
        if data.resumable.as_ref().is_some_and(same) {
            self.elsewhere = data.running_elsewhere;
        }
        if let Some(name) = &data.latest_network {
            self.latest_network(name);
        }
        self.open_actions = data.open_actions;
        self.agreements = data.agreements;
        self.problems.extend(
            data.notices
                .iter()
                .map(|n| crate::i18n::index::notice(n, lang)),
        );
        self.problems
            .extend(data.problems.iter().map(|p| p.describe(lang)));
    }

    /// Chooses the network of the latest session, unless one was chosen.
    pub fn latest_network(&mut self, name: &str) {
        if self.network_chosen {
            return;
        }
        let same = |n: &Network| crate::names::same(&n.name, name);
        if let Some(i) = self.networks.iter().position(same) {
            self.network = i;
        }
    }

    /// Resumes the session, asking first when it runs on another machine.
    fn resume(&self, popups: &mut Popups) -> HomeOutcome {
        match (&self.resumable, &self.elsewhere) {
            (Some(r), Some(machine)) => {
                popups.open(Popup::Home(Confirm::new(HomeQuestion::ResumeElsewhere {
                    id: r.id.clone(),
                    machine: machine.clone(),
                })));
                HomeOutcome::Stay
            }
            (Some(r), None) => HomeOutcome::Resume(r.id.clone()),
            (None, _) => HomeOutcome::Stay,
        }
    }

    /// A yes to the home screen's question.
    pub fn popup_done(&mut self, question: HomeQuestion) -> HomeOutcome {
        match question {
            HomeQuestion::ResumeElsewhere { id, .. } => HomeOutcome::Resume(id),
        }
    }
}

/// What the home screen asks before it acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeQuestion {
    /// Resume the session `id`, running on `machine` now.
    ResumeElsewhere { id: String, machine: String },
}

impl Question for HomeQuestion {
    fn text(&self, lang: crate::text::Lang) -> String {
        match self {
            HomeQuestion::ResumeElsewhere { machine, .. } => {
                crate::i18n::share::RESUME_ELSEWHERE.fill(lang, &[machine])
            }
        }
    }

    fn warning(&self) -> bool {
        true
    }
}

impl ScreenView for HomeScreen {
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx, popups: &Popups) -> Rect {
        let (s, lang) = (ctx.styles, ctx.lang);
        let [body, footer] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        let mut lines = vec![Line::styled(t::WELCOME.get(lang), s.muted), Line::from("")];
        for row in self.rows() {
            let focused = row == self.focus;
            let (label, value) = match row {
                Row::Network => {
                    let n = self.networks.get(self.network);
                    let value = n.map_or(String::new(), |n| {
                        format!("‹ {} ({}) ›", n.name, n.participants.len())
                    });
                    (t::NETWORK.get(lang), value)
                }
                Row::Plan => {
                    let present = self
                        .networks
                        .get(self.network)
                        .map_or(8, |n| n.participants.len());
                    let value = self.plans.get(self.plan).map_or(String::new(), |p| {
                        let mins = plan_minutes(p, Headcount::new(present)).round();
                        format!("‹ {} · {mins} min ›", p.title.get(lang))
                    });
                    (t::PLAN.get(lang), value)
                }
                Row::Start => (t::START.get(lang), String::new()),
                Row::Resume => {
                    let r = self.resumable.as_ref();
                    // The whole line where it fits its box, else the short one.
                    let room = usize::from(72.min(body.width).saturating_sub(2)).saturating_sub(15);
                    let value = r.map_or(String::new(), |r| {
                        let step = (r.live.step + 1).to_string();
                        let steps = r.plan.steps.len().to_string();
                        let when = crate::dates::day_and_clock(r.started, lang);
                        let title = r.plan.title.get(lang);
                        let whole = t::RESUME_WHAT
                            .fill(lang, &[&r.network.name, title, &when, &step, &steps]);
                        match crate::ui::fit::width(&whole) <= room {
                            true => whole,
                            false => {
                                t::RESUME_SHORT.fill(lang, &[&r.network.name, &when, &step, &steps])
                            }
                        }
                    });
                    let value = match &self.elsewhere {
                        Some(machine) => format!(
                            "{value} · {}",
                            crate::i18n::share::RUNNING_ELSEWHERE.fill(lang, &[machine])
                        ),
                        None => value,
                    };
                    (t::RESUME.get(lang), value)
                }
                Row::Review => (t::REVIEW.get(lang), String::new()),
            };
            let style = if focused { s.selection } else { s.text };
            let marker = if focused { "▶ " } else { "  " };
            lines.push(Line::from(vec![
                Span::styled(format!("{marker}{label:<12}"), style),
                Span::styled(format!(" {value}"), if focused { s.accent } else { s.text }),
            ]));
        }
        if self.networks.iter().all(|n| *n == Network::demo()) {
            lines.push(Line::from(""));
            lines.push(Line::styled(t::ONLY_DEMO.get(lang), s.muted));
        }
        if let Some(p) = self.loading {
            lines.push(Line::from(""));
            lines.push(Line::styled(crate::i18n::index::progress(p, lang), s.muted));
        }
        self.agreement_lines(&mut lines, ctx);
        self.open_action_lines(&mut lines, ctx);
        if let Some(msg) = &self.message {
            lines.push(Line::from(""));
            lines.push(Line::styled(msg.clone(), s.accent));
        }
        for p in self.problems.iter().take(3) {
            lines.push(Line::styled(p.clone(), s.error));
        }
        // As tall as its lines need (long ones wrap), within the screen.
        let width = 72.min(body.width);
        let inner_width = usize::from(width.saturating_sub(2)).max(1);
        let rows: usize = lines
            .iter()
            .map(|l| l.width().max(1).div_ceil(inner_width))
            .sum();
        let height = u16::try_from(rows + 2).unwrap_or(u16::MAX).max(16);
        let panel = centered(body, width, height);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.border)
            .title(Span::styled(" runde ", s.title));
        let inner = block.inner(panel);
        block.render(panel, buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
        match popups.footer(ctx.lang) {
            Some(hints) => super::render_hints(&hints, footer, buf, ctx),
            None => render_footer(keys::HOME, footer, buf, ctx),
        }
        body
    }
}

impl HomeScreen {
    /// What the selected network agreed for this meeting last time.
    fn agreement_lines(&self, lines: &mut Vec<Line>, ctx: &ViewCtx) {
        use crate::i18n::common as c;
        let (s, lang) = (ctx.styles, ctx.lang);
        let Some(network) = self.networks.get(self.network) else {
            return;
        };
        let Some((_, next)) = self
            .agreements
            .iter()
            .find(|(name, _)| crate::names::same(name, &network.name))
        else {
            return;
        };
        use crate::model::record::NextField as F;
        // What the facilitator entered comes under "agreed"; what was only
        // the rotation's suggestion is called so.
        let (mut agreed, mut suggested): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for (field, who, word) in [
            (F::Facilitator, &next.facilitator, c::FACILITATOR),
            (F::NoteTaker, &next.note_taker, c::NOTE_TAKER),
            (F::CaseGiver, &next.case_giver, c::CASE_GIVER),
            (F::Reserve, &next.reserve, crate::i18n::home::RESERVE),
            (F::Host, &next.host, c::HOST),
        ] {
            if let Some(who) = who {
                let part = format!("{} {who}", word.get(lang));
                match next.is_agreed(field) {
                    true => agreed.push(part),
                    false => suggested.push(part),
                }
            }
        }
        if let Some(theme) = &next.theme {
            agreed.push(t::THEME.fill(lang, &[theme]));
        }
        let when = next
            .date
            .map(|d| format!(" {}", crate::dates::short_day(d)))
            .unwrap_or_default();
        lines.push(Line::from(""));
        if !agreed.is_empty() || next.is_agreed(F::Date) {
            lines.push(Line::styled(t::AGREED.fill(lang, &[&when]), s.muted));
            if !agreed.is_empty() {
                lines.push(Line::styled(format!("  {}", agreed.join(" · ")), s.text));
            }
        }
        if !suggested.is_empty() {
            lines.push(Line::styled(t::SUGGESTED_NEXT.get(lang), s.muted));
            lines.push(Line::styled(format!("  {}", suggested.join(" · ")), s.text));
        }
    }

    /// The selected network's open actions, a few lines under the menu.
    fn open_action_lines(&self, lines: &mut Vec<Line>, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let Some(network) = self.networks.get(self.network) else {
            return;
        };
        let open: Vec<_> = self
            .open_actions
            .iter()
            .filter(|(name, _)| crate::names::same(name, &network.name))
            .map(|(_, a)| a)
            .collect();
        let count = OpenCount::of(open.iter().copied());
        if count.total() == 0 {
            return;
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            crate::i18n::review::OPEN_ACTIONS.fill(lang, &[&count.total().to_string()]),
            s.muted,
        ));
        // A private action is counted, and its text stays off the screen.
        let shared: Vec<_> = open.iter().filter(|a| a.is_open() && !a.private).collect();
        for a in shared.iter().take(SHOWN_ACTIONS) {
            let owner = a.owner.as_deref().unwrap_or("–");
            lines.push(Line::from(vec![
                Span::styled(format!("  • {owner}: "), s.muted),
                Span::styled(a.text.clone(), s.text),
            ]));
        }
        if shared.len() > SHOWN_ACTIONS {
            lines.push(Line::styled(
                crate::i18n::review::MORE_ACTIONS
                    .fill(lang, &[&(shared.len() - SHOWN_ACTIONS).to_string()]),
                s.muted,
            ));
        }
        if count.private > 0 {
            lines.push(Line::styled(
                format!(
                    "  • {}",
                    crate::i18n::common::private_actions(count.private, lang)
                ),
                s.private,
            ));
        }
    }
}
