//! Drawing the window from an [`AppState`]: header with the crate and the
//! routes, the case list, backend cards side by side, diagnostics, plots and
//! generated code. Drawing only reads state (and edits the fields that are
//! pure view state) and returns [`Action`]s.

use super::action::Action;
use super::code::code_ui;
use super::format::number;
use super::plots::{backend_color, plots_ui};
use super::state::{AppState, Phase, Tab};
use crate::engine::advice::Roofs;
use crate::engine::session::{BuildFailure, RouteState};
use crate::engine::{CaseResult, Status};
use eframe::egui;
use egui::{Color32, RichText};
use everygpu_backend::KernelStats;
use std::path::PathBuf;

/// Width of one backend card.
const CARD_WIDTH: f32 = 222.0;

fn opt(v: Option<f64>) -> String {
    v.map(number).unwrap_or_else(|| "–".into())
}

/// A status's colour.
pub fn status_color(s: Status) -> Color32 {
    match s {
        Status::Match => Color32::from_rgb(80, 180, 90),
        Status::Mismatch | Status::Race => Color32::from_rgb(230, 150, 40),
        Status::Error | Status::Panic | Status::Timeout => Color32::from_rgb(225, 70, 70),
        Status::Unsupported | Status::Skipped => Color32::GRAY,
    }
}

/// The whole window.
pub fn app_ui(ui: &mut egui::Ui, state: &mut AppState) -> Vec<Action> {
    let mut actions = Vec::new();
    egui::Panel::top("header").show(ui, |ui| header_ui(ui, state, &mut actions));
    egui::Panel::left("cases")
        .resizable(true)
        .default_size(190.0)
        .show(ui, |ui| cases_ui(ui, state, &mut actions));
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            for (tab, name) in [(Tab::Results, "Results"), (Tab::Code, "Code"), (Tab::Log, "Log")] {
                if ui.selectable_label(state.tab == tab, name).clicked() {
                    state.tab = tab;
                }
            }
        });
        ui.separator();
        match state.tab {
            Tab::Results => results_ui(ui, state, &mut actions),
            Tab::Code => code_ui(
                ui,
                &mut state.artifacts,
                state.good_generation,
                state.selected_case.as_deref(),
                &mut actions,
            ),
            Tab::Log => log_ui(ui, state),
        }
    });
    actions
}

fn header_ui(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(if state.package.is_empty() {
            "everygpu"
        } else {
            &state.package
        });
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.path_input)
                .desired_width(360.0)
                .hint_text("path to a kernel crate"),
        );
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Open").clicked() || enter {
            actions.push(Action::Open(PathBuf::from(state.path_input.trim())));
        }
        ui.menu_button("Recent", |ui| {
            if state.recent.is_empty() {
                ui.label("nothing yet");
            }
            for p in &state.recent {
                if ui.button(p.display().to_string()).clicked() {
                    actions.push(Action::Open(p.clone()));
                    ui.close();
                }
            }
        });
        if ui.button("Rebuild").clicked() {
            actions.push(Action::Rebuild);
        }
        let busy = matches!(state.phase, Phase::Building | Phase::Running) || state.sweep.running;
        if busy
            && ui
                .button("Cancel")
                .on_hover_text("stop the build, run or sweep under way")
                .clicked()
        {
            actions.push(Action::Cancel);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let (text, color) = match state.phase {
            Phase::Opening => ("opening…".to_string(), Color32::GRAY),
            Phase::Building => (format!("compiling build {}…", state.generation), Color32::LIGHT_BLUE),
            Phase::Running => (
                match &state.progress {
                    Some((done, total, Some(case))) => format!(
                        "running build {}: case {} of {total}, {case}…",
                        state.generation,
                        done + 1
                    ),
                    _ => format!("running build {}…", state.generation),
                },
                Color32::LIGHT_BLUE,
            ),
            Phase::Watching => ("watching for saves".to_string(), Color32::GRAY),
            Phase::Failed => ("could not open the crate".to_string(), Color32::from_rgb(225, 70, 70)),
        };
        ui.colored_label(color, text);
        for r in &state.routes {
            let (word, color) = match &r.state {
                RouteState::Building => (
                    format!(
                        "{}: building {:.0} s",
                        r.route,
                        (state.clock - r.since).max(0.0).floor()
                    ),
                    Color32::LIGHT_BLUE,
                ),
                RouteState::Built { ms } => (
                    format!("{}: built in {:.2} s", r.route, *ms as f64 / 1e3),
                    status_color(Status::Match),
                ),
                RouteState::Failed => (format!("{}: failed", r.route), status_color(Status::Error)),
            };
            ui.separator();
            ui.colored_label(color, word);
        }
        for (id, why) in &state.unavailable {
            ui.separator();
            ui.colored_label(status_color(Status::Error), format!("{id}: unavailable"))
                .on_hover_text(why);
        }
        for (id, why) in &state.absent {
            ui.separator();
            ui.colored_label(Color32::GRAY, format!("{id}: absent"))
                .on_hover_text(why);
        }
    });
    ui.add_space(2.0);
}

fn cases_ui(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.strong("Cases");
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 90.0)
        .show(ui, |ui| {
            for name in state.case_names() {
                let status = state.case_status(&name);
                let gone = state.manifest.is_some() && !state.case_exists(&name);
                ui.horizontal(|ui| {
                    dot_ui(ui, status.map(status_color).unwrap_or(Color32::DARK_GRAY));
                    let mut text = RichText::new(&name);
                    if gone {
                        text = text.strikethrough().color(Color32::GRAY);
                    }
                    let selected = state.selected_case.as_deref() == Some(name.as_str());
                    if ui.selectable_label(selected, text).clicked() {
                        actions.push(Action::SelectCase(name.clone()));
                    }
                });
            }
        });
    ui.separator();
    ui.horizontal(|ui| {
        ui.label("size");
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.size_input)
                .desired_width(80.0)
                .hint_text("default"),
        );
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Run").clicked() || enter {
            let text = state.size_input.trim().replace('_', "");
            if text.is_empty() {
                actions.push(Action::SetSize(None));
            } else {
                match parse_size(&text) {
                    Some(n) => actions.push(Action::SetSize(Some(n))),
                    None => state.note(format!("`{text}` is not a size (a number, or 2^N)")),
                }
            }
        }
    });
}

/// Parses `1048576`, `1<<20` or `2^20`.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let n = if let Some(e) = t.strip_prefix("2^") {
        1u64.checked_shl(e.parse().ok()?)?
    } else if let Some(e) = t.strip_prefix("1<<") {
        1u64.checked_shl(e.trim().parse().ok()?)?
    } else {
        t.parse().ok()?
    };
    (n > 0 && n <= crate::engine::MAX_SIZE).then_some(n)
}

fn results_ui(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    if let Some(e) = &state.open_error {
        ui.colored_label(
            status_color(Status::Error),
            format!("Cannot open {}:", state.crate_dir.display()),
        );
        ui.monospace(e);
        ui.label("Open another crate with the path field above.");
        return;
    }
    if let Some((generation, failure)) = &state.failure {
        diagnostics_ui(ui, *generation, failure);
        ui.add_space(6.0);
    }
    let case = state.selected_case.clone().unwrap_or_default();
    ui.horizontal(|ui| {
        ui.heading(&case);
        if let Some(entry) = state.results.get(&case) {
            if let Some(r) = entry.rows.first() {
                ui.label(format!("size {}", r.size));
            }
        }
        if let Some(stale) = state.staleness(&case) {
            ui.colored_label(Color32::from_rgb(230, 180, 60), stale);
        }
    });
    let stale = state.staleness(&case).is_some();
    let rows: Vec<CaseResult> = state.results.get(&case).map(|e| e.rows.clone()).unwrap_or_default();
    if rows.is_empty() {
        ui.label(match state.phase {
            Phase::Opening | Phase::Building => "compiling…",
            Phase::Running => "running…",
            _ => "no results for this case yet",
        });
    }
    // Every backend in view: the cards wrap onto another row where they do
    // not fit in one.
    // Every backend in view: as many cards per row as fit (a card's frame
    // adds its margins and the spacing to its width).
    let card = CARD_WIDTH + 2.0 * ui.style().spacing.window_margin.leftf() + ui.style().spacing.item_spacing.x + 4.0;
    let per_row = ((ui.available_width() / card).floor() as usize).max(1);
    for row in rows.chunks(per_row) {
        ui.horizontal_top(|ui| {
            for r in row {
                card_ui(ui, state, r, stale);
            }
        });
    }
    ui.add_space(6.0);
    ui.separator();
    plots_ui(ui, state, actions);
}

fn card_ui(ui: &mut egui::Ui, state: &AppState, r: &CaseResult, stale: bool) {
    let info = state.backend(&r.backend);
    let fill = ui.visuals().faint_bg_color;
    egui::Frame::group(ui.style()).fill(fill).show(ui, |ui| {
        ui.vertical(|ui| {
            ui.set_width(CARD_WIDTH);
            // Stale results and kernels this device cannot run are greyed.
            if stale || matches!(r.status, Status::Unsupported | Status::Skipped) {
                ui.set_opacity(0.55);
            }
            ui.horizontal(|ui| {
                dot_ui(ui, backend_color(state, &r.backend));
                ui.strong(&r.backend);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        RichText::new(r.status.word().to_uppercase())
                            .color(status_color(r.status))
                            .strong(),
                    );
                });
            });
            let device = if r.device.is_empty() {
                info.map(|i| i.device.name.clone()).unwrap_or_default()
            } else {
                r.device.clone()
            };
            ui.label(RichText::new(device).small());
            if let Some(i) = info {
                ui.label(RichText::new(format!("API: {}", i.device.api)).small());
            }
            ui.separator();
            egui::Grid::new(("card", &r.backend))
                .num_columns(2)
                .spacing([12.0, 2.0])
                .show(ui, |ui| {
                    let peak_gbps = info.and_then(|i| i.device.peak_gbps);
                    let peak_gflops = info.and_then(|i| i.device.peak_gflops);
                    ui.label("device time");
                    ui.monospace(
                        r.time_ms()
                            .map(|t| format!("{} ms", number(t)))
                            .unwrap_or_else(|| "–".into()),
                    );
                    ui.end_row();
                    ui.label("GB/s");
                    ui.monospace(match (r.gbps(), peak_gbps) {
                        (Some(g), Some(p)) if p > 0.0 => format!("{} ({:.0}% of peak)", number(g), 100.0 * g / p),
                        (g, _) => opt(g),
                    });
                    ui.end_row();
                    ui.label("GFLOP/s");
                    ui.monospace(match (r.gflops(), peak_gflops) {
                        (Some(g), Some(p)) if p > 0.0 => format!("{} ({:.0}% of peak)", number(g), 100.0 * g / p),
                        (g, _) => opt(g),
                    });
                    ui.end_row();
                    let c = r.comparison.as_ref();
                    ui.label("max abs err");
                    ui.monospace(opt(c.map(|c| c.max_abs_err)));
                    ui.end_row();
                    ui.label("max rel err");
                    ui.monospace(opt(c.map(|c| c.max_rel_err)));
                    ui.end_row();
                });
            stats_ui(ui, &r.stats);
            if let Some(i) = info {
                advice_ui(ui, &r.advice(&Roofs::theoretical(&i.device)));
            }
            if let Some(m) = r.comparison.as_ref().and_then(|c| c.first.as_ref()) {
                ui.separator();
                let field = if m.field.is_empty() {
                    String::new()
                } else {
                    format!(".{}", m.field)
                };
                ui.colored_label(
                    status_color(Status::Mismatch),
                    format!("first mismatch: {}[{}]{field}", m.buffer, m.index),
                );
                ui.monospace(format!("expected {}\nactual   {}", m.expected, m.actual));
            }
            // A mismatch's message repeats its first mismatch, unless it
            // starts with the data race the reference found.
            let repeats = r.status == Status::Mismatch && r.races.is_empty();
            if !r.message.is_empty() && !repeats && r.message != "reference" {
                ui.separator();
                let color = match r.status {
                    Status::Match | Status::Unsupported | Status::Skipped => ui.visuals().weak_text_color(),
                    s => status_color(s),
                };
                ui.add(egui::Label::new(RichText::new(&r.message).color(color)).wrap());
            }
            if r.message == "reference" {
                ui.label(RichText::new("the CPU reference").small().weak());
            }
            prints_ui(ui, r);
        })
    });
}

/// What the card's threads printed (`gpu_println!`): a collapsible log of
/// its lines, of which only the visible ones are laid out, and the records
/// the print area had no room for.
fn prints_ui(ui: &mut egui::Ui, r: &CaseResult) {
    if !r.printed() {
        return;
    }
    ui.separator();
    let lines = &r.print_lines;
    let mut title = format!(
        "printed {} line{}",
        lines.len(),
        if lines.len() == 1 { "" } else { "s" }
    );
    if r.prints_dropped > 0 {
        title.push_str(&format!(", {} dropped", r.prints_dropped));
    }
    egui::CollapsingHeader::new(RichText::new(title).small())
        .id_salt(("prints", &r.backend, &r.case))
        .default_open(true)
        .show(ui, |ui| {
            let font = egui::FontId::monospace(10.5);
            let height = ui.fonts_mut(|f| f.row_height(&font));
            egui::ScrollArea::both()
                .id_salt(("prints scroll", &r.backend, &r.case))
                .max_height(8.0 * height)
                .auto_shrink([false, true])
                .show_rows(ui, height, lines.len(), |ui, rows| {
                    for line in &lines[rows] {
                        ui.add(egui::Label::new(RichText::new(line).font(font.clone())).extend());
                    }
                });
            if r.prints_dropped > 0 {
                ui.label(
                    RichText::new(format!(
                        "{} more records dropped: the print area was full",
                        r.prints_dropped
                    ))
                    .small()
                    .weak(),
                );
            }
        });
}

/// What the driver reports of each kernel of the card's case, a line each;
/// every statistic the driver named on hover.
fn stats_ui(ui: &mut egui::Ui, stats: &[KernelStats]) {
    if stats.is_empty() {
        return;
    }
    ui.separator();
    for k in stats {
        let line = RichText::new(format!("{}: {k}", k.kernel)).small();
        let label = ui.add(egui::Label::new(line).wrap());
        if !k.driver.is_empty() {
            let all: Vec<String> = k
                .driver
                .iter()
                .map(|(name, value)| format!("{name}: {value}"))
                .collect();
            label.on_hover_text(all.join("\n"));
        }
    }
}

/// Why the card's kernel misses its roof, where everygpu can tell: the
/// first line in the warning colour, the causes below it.
fn advice_ui(ui: &mut egui::Ui, advice: &[String]) {
    let Some((headline, causes)) = advice.split_first() else {
        return;
    };
    ui.separator();
    let warn = ui.visuals().warn_fg_color;
    ui.add(egui::Label::new(RichText::new(headline).small().color(warn)).wrap());
    for cause in causes {
        ui.add(egui::Label::new(RichText::new(format!("· {cause}")).small()).wrap());
    }
}

/// A small filled circle (the default fonts have no bullet glyph).
pub fn dot_ui(ui: &mut egui::Ui, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 4.0, color);
}

fn diagnostics_ui(ui: &mut egui::Ui, generation: u64, failure: &BuildFailure) {
    let red = status_color(Status::Error);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, red))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.colored_label(
                red,
                RichText::new(format!(
                    "build {generation} failed ({} route); the results below are from the last good build",
                    if failure.route.is_empty() {
                        "cpu"
                    } else {
                        &failure.route
                    }
                ))
                .strong(),
            );
            if failure.diagnostics.is_empty() {
                ui.monospace(&failure.message);
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt("diagnostics")
                .max_height(220.0)
                .show(ui, |ui| {
                    for d in failure.diagnostics.iter().take(20) {
                        let color = if d.is_error() {
                            red
                        } else {
                            Color32::from_rgb(230, 180, 60)
                        };
                        ui.horizontal_wrapped(|ui| {
                            ui.colored_label(color, RichText::new(format!("{}:", d.level)).strong());
                            ui.label(RichText::new(&d.message).strong());
                        });
                        if let Some(file) = &d.file {
                            ui.monospace(format!("  --> {file}:{}:{}", d.line, d.column));
                        }
                        if let Some(src) = &d.source_line {
                            let gutter = d.line.to_string();
                            let pad = " ".repeat(gutter.len());
                            let caret = " ".repeat(d.column.saturating_sub(1) as usize);
                            ui.monospace(format!("{pad} |\n{gutter} | {}\n{pad} | {caret}^", src.trim_end()));
                        }
                        ui.add_space(4.0);
                    }
                });
        });
}

fn log_ui(ui: &mut egui::Ui, state: &AppState) {
    egui::ScrollArea::vertical()
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for line in &state.log {
                ui.monospace(line);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_as_numbers_and_powers_of_two() {
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("2^20"), Some(1 << 20));
        assert_eq!(parse_size("1<<10"), Some(1024));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("2^80"), None);
        assert_eq!(parse_size("x"), None);
    }
}
