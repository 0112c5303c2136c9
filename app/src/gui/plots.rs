//! The plots (egui_plot): throughput over a size sweep (log-log), throughput
//! over edits (the crate's runs in the history database), and in the third
//! place either the per-element error of a mismatching output or the
//! selected case's roofline (every backend's point under its own device's
//! roofs).

use super::action::Action;
use super::state::{short_hash, AppState, ThirdPlot};
use crate::engine::compare::Comparison;
use crate::engine::CaseResult;
use eframe::egui;
use egui_plot::{HoverPosition, Legend, Line, Plot, PlotPoints, Points};
use everygpu_report::format::time_utc;

/// A colour per backend: by its place among the session's backends, so no
/// two backends of a session share one (up to eight).
pub fn backend_color(state: &AppState, id: &str) -> egui::Color32 {
    const PALETTE: [egui::Color32; 8] = [
        egui::Color32::from_rgb(200, 190, 80),
        egui::Color32::from_rgb(230, 110, 90),
        egui::Color32::from_rgb(86, 156, 214),
        egui::Color32::from_rgb(106, 190, 106),
        egui::Color32::from_rgb(170, 120, 210),
        egui::Color32::from_rgb(230, 145, 56),
        egui::Color32::from_rgb(80, 200, 200),
        egui::Color32::from_rgb(220, 120, 180),
    ];
    let index = state.backends.iter().position(|b| b.id == id).unwrap_or_else(|| {
        let h = id
            .bytes()
            .fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
        state.backends.len() + h
    });
    PALETTE[index % PALETTE.len()]
}

/// The unit of a case's throughput.
fn unit(state: &AppState, case: &str) -> &'static str {
    let moves_bytes = state
        .results
        .get(case)
        .and_then(|e| e.rows.first())
        .is_none_or(|r| r.bytes > 0);
    if moves_bytes {
        "GB/s"
    } else {
        "GFLOP/s"
    }
}

/// The three plots side by side.
pub fn plots_ui(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let height = (ui.available_height() - 40.0).max(140.0);
    let width = ((ui.available_width() - 24.0) / 3.0).max(200.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(width);
            sweep_ui(ui, state, actions, height);
        });
        ui.vertical(|ui| {
            ui.set_width(width);
            history_ui(ui, state, height);
        });
        ui.vertical(|ui| {
            ui.set_width(width);
            let mismatch = mismatching(state).next().is_some();
            ui.horizontal(|ui| {
                let mut shown = state.third_plot.shown(mismatch);
                for (choice, label) in [
                    (ThirdPlot::Errors, "Error per element"),
                    (ThirdPlot::Roofline, "Roofline"),
                ] {
                    if ui.selectable_value(&mut shown, choice, label).clicked() {
                        state.third_plot = choice;
                    }
                }
            });
            match state.third_plot.shown(mismatch) {
                ThirdPlot::Roofline => roofline_ui(ui, state, height - 24.0),
                _ => error_ui(ui, state, height - 24.0),
            }
        });
    });
}

/// The rows of the selected case whose outputs differ from the reference,
/// with their comparison.
fn mismatching(state: &AppState) -> impl Iterator<Item = (&CaseResult, &Comparison)> {
    let case = state.selected_case.as_deref().unwrap_or_default();
    let rows = state.results.get(case).map(|e| e.rows.as_slice()).unwrap_or_default();
    rows.iter().filter_map(|r| {
        let c = r.comparison.as_ref()?;
        (!c.error_profile.is_empty()).then_some((r, c))
    })
}

/// The selected case on the roofline: each backend's GFLOP/s over its
/// arithmetic intensity (log-log), under its device's roofs (the peak
/// bandwidth's slope up to the f32 peak, both theoretical: the app measures
/// no copy roof; `bench` does).
fn roofline_ui(ui: &mut egui::Ui, state: &AppState, height: f32) {
    let case = state.selected_case.clone().unwrap_or_default();
    let rows = state.results.get(&case).map(|e| e.rows.as_slice()).unwrap_or_default();
    let points: Vec<(&CaseResult, f64, f64)> = rows
        .iter()
        .filter(|r| r.flops > 0 && r.bytes > 0)
        .filter_map(|r| Some((r, r.flops as f64 / r.bytes as f64, r.gflops()?)))
        .collect();
    let caption = match (rows.is_empty(), points.is_empty(), rows.first()) {
        (true, ..) => "no results yet".to_string(),
        (false, true, Some(r)) if r.flops == 0 => format!("{case} counts no FLOPs: its throughput is in GB/s"),
        (false, true, _) => format!("{case}: no backend has a time yet"),
        (false, false, _) => format!("{case}: GFLOP/s over FLOP/byte (log-log), theoretical roofs"),
    };
    ui.label(caption);
    if points.is_empty() {
        ui.allocate_space(egui::vec2(ui.available_width(), height));
        return;
    }
    // Each device's roof once, drawn in the colour of its first backend.
    let mut roofs: Vec<(&str, f64, f64)> = Vec::new();
    for (r, ..) in &points {
        let Some(device) = state.backend(&r.backend).map(|b| &b.device) else {
            continue;
        };
        if let (Some(gbps), Some(gflops)) = (device.peak_gbps, device.peak_gflops) {
            if !roofs
                .iter()
                .any(|(b, ..)| state.backend(b).is_some_and(|o| o.device.name == device.name))
            {
                roofs.push((r.backend.as_str(), gbps, gflops));
            }
        }
    }
    // The x range: every point's intensity and every ridge, a decade around.
    let ridges = roofs.iter().map(|(_, gbps, gflops)| gflops / gbps);
    let (lo, hi) = points
        .iter()
        .map(|(_, ai, _)| *ai)
        .chain(ridges)
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (x0, x1) = if lo <= hi {
        (lo.log10() - 1.0, hi.log10() + 1.0)
    } else {
        (-1.0, 2.0)
    };
    Plot::new("roofline")
        .height(height)
        // Top left, above the bandwidth roof, where no kernel can be.
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .x_axis_label("FLOP/byte")
        .y_axis_label("GFLOP/s")
        .x_axis_formatter(|m, range| log_label(m.value, range, |v| super::format::number(10f64.powf(v))))
        .y_axis_formatter(|m, range| log_label(m.value, range, |v| super::format::number(10f64.powf(v))))
        .show(ui, |plot| {
            for (backend, gbps, gflops) in &roofs {
                let ridge = (gflops / gbps).log10();
                let line = vec![
                    [x0, (gbps * 10f64.powf(x0)).log10()],
                    [ridge, gflops.log10()],
                    [x1.max(ridge + 0.5), gflops.log10()],
                ];
                let name = format!(
                    "{} roof",
                    state
                        .backend(backend)
                        .map(|b| b.device.name.as_str())
                        .unwrap_or(backend)
                );
                plot.line(
                    Line::new(name, PlotPoints::new(line))
                        .color(backend_color(state, backend).gamma_multiply(0.6))
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
            }
            for (r, ai, gflops) in &points {
                plot.points(
                    Points::new(r.backend.clone(), PlotPoints::new(vec![[ai.log10(), gflops.log10()]]))
                        .color(backend_color(state, &r.backend))
                        .radius(5.0),
                );
            }
        });
}

fn sweep_ui(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>, height: f32) {
    let case = state.selected_case.clone().unwrap_or_default();
    ui.horizontal(|ui| {
        ui.strong("Throughput over size");
        let enabled = !case.is_empty() && !state.sweep.running && state.good_generation > 0;
        if ui.add_enabled(enabled, egui::Button::new("Sweep")).clicked() {
            actions.push(Action::Sweep {
                case: case.clone(),
                max_log2: state.sweep.max_log2,
            });
        }
        ui.add(
            egui::DragValue::new(&mut state.sweep.max_log2)
                .range(10..=28)
                .prefix("to 2^"),
        );
    });
    let u = unit(state, &state.sweep.case);
    let caption = if state.sweep.case.is_empty() {
        "no sweep yet: Sweep runs the selected case at 2^10..2^N".to_string()
    } else if state.sweep.running {
        format!("{}: sweeping…", state.sweep.case)
    } else {
        format!("{} ({u}, log-log)", state.sweep.case)
    };
    ui.label(caption);
    Plot::new("sweep")
        .height(height)
        .legend(Legend::default())
        .x_axis_label("size")
        .y_axis_label(u)
        .x_axis_formatter(|m, range| log_label(m.value, range, |v| format!("2^{v}")))
        .y_axis_formatter(|m, range| log_label(m.value, range, |v| super::format::number(10f64.powf(v))))
        .show(ui, |plot| {
            for (backend, points) in &state.sweep.points {
                let pts: Vec<[f64; 2]> = points
                    .iter()
                    .filter(|(_, t)| *t > 0.0)
                    .map(|(s, t)| [(*s as f64).log2(), t.log10()])
                    .collect();
                let color = backend_color(state, backend);
                plot.line(Line::new(backend.clone(), PlotPoints::new(pts.clone())).color(color));
                plot.points(
                    Points::new(backend.clone(), PlotPoints::new(pts))
                        .color(color)
                        .radius(3.0),
                );
            }
        });
}

/// A label for a mark on a log axis: only whole exponents, unless the view
/// spans less than two of them.
fn log_label(value: f64, range: &std::ops::RangeInclusive<f64>, label: impl Fn(f64) -> String) -> String {
    let whole = (value - value.round()).abs() < 1e-9;
    if whole || range.end() - range.start() < 2.0 {
        label(if whole { value.round() } else { value })
    } else {
        String::new()
    }
}

/// Throughput over edits: the selected case's stored runs (the history
/// database, as the session last read it) at the current size, one line per
/// backend; hovering a point names its run, source hash and time.
fn history_ui(ui: &mut egui::Ui, state: &AppState, height: f32) {
    let case = state.selected_case.clone().unwrap_or_default();
    let plot = state.edit_plot(&case);
    let u = plot.unit;
    ui.strong("Throughput over edits");
    ui.label(match (case.is_empty(), plot.size) {
        (true, _) => "one point per stored run".to_string(),
        (false, Some(size)) => format!("{case} ({u}, size {size}), one point per run"),
        (false, None) => format!("{case} ({u}), one point per run"),
    });
    let mut edits = Plot::new("history")
        .height(height)
        .legend(Legend::default())
        .x_axis_label("edit")
        .y_axis_label(u)
        .include_y(0.0);
    if plot.runs.len() == 1 {
        // One edit alone would get an x range of thousands around it.
        edits = edits.include_x(0.5).include_x(1.5);
    }
    edits
        // Edits are whole numbers.
        .x_axis_formatter(|m, _| {
            if (m.value - m.value.round()).abs() < 1e-9 {
                format!("{}", m.value.round())
            } else {
                String::new()
            }
        })
        .label_formatter(|pos| {
            let HoverPosition::NearDataPoint {
                plot_name, position, ..
            } = pos
            else {
                return None;
            };
            let run = plot.run_at(position.x)?;
            Some(format!(
                "{plot_name}: {} {u}\nedit {}, run {}, source {}\n{}",
                super::format::number(position.y),
                position.x.round(),
                run.run,
                short_hash(&run.source_hash),
                time_utc(run.started_unix)
            ))
        })
        .show(ui, |p| {
            for (backend, pts) in &plot.lines {
                let color = backend_color(state, backend);
                p.line(Line::new(backend.as_str(), PlotPoints::new(pts.clone())).color(color));
                p.points(
                    Points::new(backend.as_str(), PlotPoints::new(pts.clone()))
                        .color(color)
                        .radius(3.0),
                );
            }
        });
}

fn error_ui(ui: &mut egui::Ui, state: &AppState, height: f32) {
    let case = state.selected_case.clone().unwrap_or_default();
    let rows = state.results.get(&case).map(|e| e.rows.as_slice()).unwrap_or_default();
    let mismatching: Vec<_> = mismatching(state).collect();
    match mismatching.first() {
        None if rows.is_empty() => ui.label("no results yet"),
        None => ui.label(format!("{case}: every output matches the reference")),
        Some((r, c)) => ui.label(format!(
            "{}: |actual - expected| of `{}` ({} of {} values differ)",
            r.backend,
            c.first.as_ref().map(|m| m.buffer.as_str()).unwrap_or("output"),
            c.mismatches,
            c.compared
        )),
    };
    Plot::new("error")
        .height(height)
        .legend(Legend::default())
        .x_axis_label("element")
        .y_axis_label("abs error")
        .include_y(0.0)
        .show(ui, |plot| {
            for (r, c) in &mismatching {
                let step = (r.size as f64 / c.error_profile.len() as f64).max(1.0);
                let pts: Vec<[f64; 2]> = c
                    .error_profile
                    .iter()
                    .enumerate()
                    .map(|(i, e)| [i as f64 * step, if e.is_finite() { *e } else { f64::MAX.sqrt() }])
                    .collect();
                plot.line(Line::new(r.backend.clone(), PlotPoints::new(pts)).color(backend_color(state, &r.backend)));
            }
        });
}
