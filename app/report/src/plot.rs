//! PNG plots of a run, drawn with plotters on a bitmap with the bundled Ubuntu
//! font (no system font libraries).
//!
//! - Throughput: one panel per case. A case measured at several sizes is a
//!   line per backend of GB/s against size (log2 axis), copy roofs dashed; a
//!   case measured at one size is a bar per backend.
//! - Roofline: arithmetic intensity (FLOP/byte) against GFLOP/s, both log10;
//!   per device the measured roof (copy bandwidth × intensity, capped by the
//!   theoretical compute peak) solid and the theoretical bandwidth roof dashed;
//!   one point per kernel and baseline at the case's largest size, coloured
//!   by backend, shaped by case, hollow for baselines.
//!
//! Every axis is drawn in plot coordinates (`log2(size)`, `log10(x)` or the
//! value itself) with explicit ticks, so that all panels share one chart type.

use crate::canvas::{Canvas, FONT_BYTES};
use crate::error::{Error, Result};
use crate::format::{sig3, size as size_label};
use crate::model::{BenchRecord, BenchRun, RecordKind};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::prelude::*;
use std::sync::OnceLock;

/// The family name the font is registered under.
const FONT: &str = "sans-serif";

/// Pixel size of the roofline plot.
pub const ROOFLINE_SIZE: (u32, u32) = (1200, 800);

const TITLE_HEIGHT: u32 = 50;
const WIDE: u32 = 1440;
const PANEL_HEIGHT: u32 = 440;
const SINGLE: (u32, u32) = (960, 540);
const LEGEND_SLOT: u32 = 240;
const LEGEND_ROW: u32 = 26;

/// Tableau 10: distinct, readable on white.
const PALETTE: [RGBColor; 10] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];

type Chart<'a, 'b> = ChartContext<'a, Canvas<'b>, Cartesian2d<Axis, Axis>>;
type Area<'b> = DrawingArea<Canvas<'b>, plotters::coord::Shift>;
type DrawResult = std::result::Result<(), Box<dyn std::error::Error>>;

/// Pixel size of the throughput plot of `run` (it grows with the cases and
/// the legend).
pub fn throughput_size(run: &BenchRun) -> (u32, u32) {
    let cases = run.cases().len();
    if cases == 0 {
        return (SINGLE.0, 300);
    }
    let width = if cases == 1 { SINGLE.0 } else { WIDE };
    let legend = legend_height(run, width);
    if cases == 1 {
        (SINGLE.0, SINGLE.1 + legend)
    } else {
        let rows = cases.div_ceil(2) as u32;
        (WIDE, TITLE_HEIGHT + rows * PANEL_HEIGHT + legend)
    }
}

/// Pixels of the legend strip under the throughput panels (0 without one).
fn legend_height(run: &BenchRun, width: u32) -> u32 {
    if !needs_legend(run) {
        return 0;
    }
    let rows = (throughput_labels(run).len() as u32).div_ceil(legend_per_row(width));
    rows * LEGEND_ROW + 20
}

fn legend_per_row(width: u32) -> u32 {
    (width.saturating_sub(40) / LEGEND_SLOT).max(1)
}

/// The throughput plot as PNG bytes.
pub fn throughput_png(run: &BenchRun) -> Result<Vec<u8>> {
    render("throughput", throughput_size(run), |root| draw_throughput(root, run))
}

/// The roofline plot as PNG bytes.
pub fn roofline_png(run: &BenchRun) -> Result<Vec<u8>> {
    render("roofline", ROOFLINE_SIZE, |root| draw_roofline(root, run))
}

fn render(plot: &'static str, (width, height): (u32, u32), draw: impl FnOnce(&Area) -> DrawResult) -> Result<Vec<u8>> {
    register_font().map_err(|message| Error::Plot { plot, message })?;
    let mut rgb = vec![0u8; width as usize * height as usize * 3];
    {
        let canvas = Canvas::new(&mut rgb, (width, height)).map_err(|e| Error::Plot {
            plot,
            message: format!("the bundled font: {e}"),
        })?;
        let root = canvas.into_drawing_area();
        let drawn = root
            .fill(&WHITE)
            .map_err(Into::into)
            .and_then(|()| draw(&root))
            .and_then(|()| root.present().map_err(Into::into));
        drawn.map_err(|e| Error::Plot {
            plot,
            message: e.to_string(),
        })?;
    }
    encode_png(&rgb, width, height)
}

/// Registers the bundled font with plotters: its text styles look their
/// family up even though [`Canvas`] draws the text.
fn register_font() -> std::result::Result<(), String> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES).is_ok());
    ok.then_some(())
        .ok_or_else(|| "the bundled font could not be loaded".to_string())
}

fn encode_png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(rgb)?;
        writer.finish()?;
    }
    Ok(out)
}

// ---------------------------------------------------------------- axes

/// How values map onto a plot axis.
#[derive(Clone, Copy, PartialEq)]
enum Scale {
    Linear,
    Log2,
    Log10,
}

/// An axis in plot coordinates with its ticks; a plotters coordinate itself.
#[derive(Clone)]
struct Axis {
    scale: Scale,
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
}

impl Axis {
    /// A log2 axis over `[min, max]` (values, not logs), ticks at powers of two.
    fn log2(min: f64, max: f64) -> Axis {
        let (lo, hi) = (min.log2() - 0.4, max.log2() + 0.4);
        let span = (hi - lo).max(1.0);
        let step = (span / 10.0).ceil().max(1.0);
        let first = (lo / step).ceil() * step;
        let ticks = (0..)
            .map(|i| first + f64::from(i) * step)
            .take_while(|t| *t <= hi)
            .collect();
        Axis {
            scale: Scale::Log2,
            lo,
            hi,
            ticks,
        }
    }

    /// A log10 axis over `[min, max]` (values), ticks at decades (and 2, 5 when
    /// the axis spans few decades).
    fn log10(min: f64, max: f64) -> Axis {
        let (lo, hi) = (min.log10(), max.log10());
        // Degenerate input (a zero or infinite rate) gets a plain 1..1000 axis.
        let (lo, hi) = if lo.is_finite() && hi.is_finite() && lo < hi {
            (lo, hi)
        } else {
            (0.0, 3.0)
        };
        let mut ticks = Vec::new();
        let mut decade = lo.floor() as i32;
        while f64::from(decade) <= hi {
            let mults: &[f64] = if hi - lo < 2.5 { &[1.0, 2.0, 5.0] } else { &[1.0] };
            for m in mults {
                let t = f64::from(decade) + m.log10();
                if t >= lo && t <= hi {
                    ticks.push(t);
                }
            }
            decade += 1;
        }
        Axis {
            scale: Scale::Log10,
            lo,
            hi,
            ticks,
        }
    }

    /// A linear axis from 0 to a round number above `max`.
    fn linear_from_zero(max: f64) -> Axis {
        let max = if max > 0.0 && max.is_finite() { max } else { 1.0 };
        let step = nice_step(max * 1.1 / 6.0);
        let hi = ((max * 1.1) / step).ceil() * step;
        let ticks = (0..)
            .map(|i| f64::from(i) * step)
            .take_while(|t| *t <= hi * 1.0001)
            .collect();
        Axis {
            scale: Scale::Linear,
            lo: 0.0,
            hi,
            ticks,
        }
    }

    /// A value in plot coordinates.
    fn at(&self, v: f64) -> f64 {
        match self.scale {
            Scale::Linear => v,
            Scale::Log2 => v.log2(),
            Scale::Log10 => v.log10(),
        }
    }

    /// The label of a tick (in plot coordinates).
    fn label(&self, p: f64) -> String {
        match self.scale {
            Scale::Linear => short(p),
            Scale::Log2 => format!("2^{}", p.round()),
            Scale::Log10 => short(10f64.powf(p)),
        }
    }
}

impl Ranged for Axis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let fraction = (value - self.lo) / (self.hi - self.lo);
        let length = limit.1 - limit.0;
        if length == 0 || !fraction.is_finite() {
            return limit.1;
        }
        limit.0 + (f64::from(length) * fraction + 1e-3).floor() as i32
    }

    /// The ticks as bold lines, no light lines.
    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.lo..self.hi
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * p)
}

/// A tick value, short: `0.01`, `2.5`, `500`, `2k`, `1.5M`.
fn short(v: f64) -> String {
    let trim = |s: String| {
        if s.contains('.') && !s.contains('e') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    let a = v.abs();
    if a >= 1e9 {
        format!("{}G", trim(sig3(v / 1e9)))
    } else if a >= 1e6 {
        format!("{}M", trim(sig3(v / 1e6)))
    } else if a >= 1e4 {
        format!("{}k", trim(sig3(v / 1e3)))
    } else {
        trim(sig3(v))
    }
}

// ---------------------------------------------------------------- throughput

/// The legend labels of the throughput plot (kernels, baselines, copies), in
/// order of appearance.
fn throughput_labels(run: &BenchRun) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    for r in &run.records {
        let l = r.label();
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    labels
}

/// Line panels need a legend; bar panels name their bars.
fn needs_legend(run: &BenchRun) -> bool {
    run.cases().iter().any(|c| distinct_sizes(run, c) > 1)
}

fn distinct_sizes(run: &BenchRun, case: &str) -> usize {
    let mut sizes: Vec<u64> = run.records_of(case).map(|r| r.size).collect();
    sizes.sort_unstable();
    sizes.dedup();
    sizes.len()
}

/// The colour of a label: copies take their backend's kernel colour.
fn label_color(labels: &[String], record: &BenchRecord) -> RGBColor {
    let key = if record.kind == RecordKind::CopyRoof {
        record.backend.clone()
    } else {
        record.label()
    };
    let i = labels
        .iter()
        .position(|l| *l == key)
        .or_else(|| labels.iter().position(|l| *l == record.label()))
        .unwrap_or(0);
    PALETTE[i % PALETTE.len()]
}

fn draw_throughput(root: &Area, run: &BenchRun) -> DrawResult {
    let cases = run.cases();
    let title = format!("{}: throughput (GB/s)", run.krate);
    if cases.is_empty() {
        let area = root.titled(&title, (FONT, 26))?;
        area.draw_text("no measurements", &(FONT, 20).into_text_style(&area), (40, 60))?;
        return Ok(());
    }
    let labels = throughput_labels(run);
    let (width, height) = root.dim_in_pixel();
    let legend_px = legend_height(run, width);
    let (body, legend) = root.split_vertically(height - legend_px);
    let body = body.titled(&title, (FONT, 26))?;
    let columns = if cases.len() == 1 { 1 } else { 2 };
    let panels = body.split_evenly((cases.len().div_ceil(columns), columns));
    for (case, panel) in cases.iter().zip(&panels) {
        if distinct_sizes(run, case) > 1 {
            line_panel(panel, run, case, &labels)?;
        } else {
            bar_panel(panel, run, case, &labels)?;
        }
    }
    if legend_px > 0 {
        draw_legend(&legend, run, &labels)?;
    }
    Ok(())
}

/// GB/s against size, one line per label.
fn line_panel(area: &Area, run: &BenchRun, case: &str, labels: &[String]) -> DrawResult {
    let records: Vec<&BenchRecord> = run.records_of(case).filter(|r| r.gbps().is_some()).collect();
    let sizes: Vec<f64> = run.records_of(case).map(|r| r.size.max(1) as f64).collect();
    let min_size = sizes.iter().copied().fold(f64::INFINITY, f64::min);
    let max_size = sizes.iter().copied().fold(0.0, f64::max);
    let x = Axis::log2(min_size, max_size);
    let values: Vec<f64> = records
        .iter()
        .filter_map(|r| r.gbps())
        .filter(|v| v.is_finite())
        .collect();
    let (vmin, vmax) = (
        values.iter().copied().fold(f64::INFINITY, f64::min),
        values.iter().copied().fold(0.0, f64::max),
    );
    let y = if !values.is_empty() && vmin > 0.0 && vmax / vmin > 30.0 {
        Axis::log10(vmin / 1.5, vmax * 1.5)
    } else {
        Axis::linear_from_zero(vmax)
    };
    let mut chart = panel_chart(area, case, &x, &y, 55)?;
    mesh(&mut chart, &x, &y, "size (elements)", "GB/s")?;
    let mut seen: Vec<String> = Vec::new();
    for r in &records {
        let label = r.label();
        if seen.contains(&label) {
            continue;
        }
        seen.push(label.clone());
        let mut points: Vec<(f64, f64)> = records
            .iter()
            .filter(|o| o.label() == label)
            .filter_map(|o| Some((x.at(o.size.max(1) as f64), y.at(o.gbps()?))))
            .collect();
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
        let color = label_color(labels, r);
        match r.kind {
            RecordKind::CopyRoof => {
                chart.draw_series(DashedLineSeries::new(points, 8, 5, color.stroke_width(2)))?;
            }
            RecordKind::Kernel => {
                chart.draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))?;
                chart.draw_series(points.iter().map(|p| Circle::new(*p, 4, color.filled())))?;
            }
            RecordKind::Baseline { .. } => {
                chart.draw_series(LineSeries::new(points.clone(), color.stroke_width(1)))?;
                chart.draw_series(points.iter().map(|p| TriangleMarker::new(*p, 5, color.filled())))?;
            }
        }
    }
    Ok(())
}

/// GB/s at the case's one size, one bar per label.
fn bar_panel(area: &Area, run: &BenchRun, case: &str, labels: &[String]) -> DrawResult {
    let records: Vec<&BenchRecord> = run.records_of(case).collect();
    let size = records.first().map_or(0, |r| r.size);
    let values: Vec<f64> = records.iter().filter_map(|r| r.gbps()).collect();
    let x = Axis::linear_from_zero(values.iter().copied().fold(0.0, f64::max) * 1.12);
    let n = records.len().max(1) as f64;
    // One row per record, top to bottom: row i sits at n - 1 - i.
    let y = Axis {
        scale: Scale::Linear,
        lo: -0.6,
        hi: n - 0.4,
        ticks: (0..records.len()).map(|i| i as f64).collect(),
    };
    let names: Vec<String> = records.iter().rev().map(|r| r.label()).collect();
    let title = format!("{case} (size {})", size_label(size));
    let longest = names.iter().map(|l| l.chars().count()).max().unwrap_or(4) as u32;
    let mut chart = panel_chart(area, &title, &x, &y, (longest * 8 + 20).min(260))?;
    let x_label = |v: &f64| x.label(*v);
    let y_label = |v: &f64| names.get(v.round() as usize).cloned().unwrap_or_default();
    chart
        .configure_mesh()
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .disable_y_mesh()
        .bold_line_style(BLACK.mix(0.12))
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .x_desc("GB/s")
        .draw()?;
    for (i, r) in records.iter().enumerate() {
        let row = n - 1.0 - i as f64;
        let color = label_color(labels, r);
        match r.gbps() {
            Some(v) => {
                let style = if r.kind == RecordKind::CopyRoof {
                    color.mix(0.35).filled()
                } else {
                    color.filled()
                };
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(0.0, row - 0.32), (v, row + 0.32)],
                    style,
                )))?;
                let mut text = format!(" {}", sig3(v));
                if let (Some(ratio), Some(name)) = (r.ratio_to_baseline, &r.baseline) {
                    text = format!("{text}  ({ratio:.2}× {name})");
                }
                if !r.matched() {
                    text = format!("{text}  {}", r.status);
                }
                chart.draw_series(std::iter::once(Text::new(
                    text,
                    (v, row),
                    (FONT, 14).into_font().color(&BLACK).pos(text_anchor_left()),
                )))?;
            }
            None => {
                chart.draw_series(std::iter::once(Text::new(
                    format!("{}: no time", r.status),
                    (0.0, row),
                    (FONT, 14).into_font().color(&RED).pos(text_anchor_left()),
                )))?;
            }
        }
    }
    Ok(())
}

fn text_anchor_left() -> plotters::style::text_anchor::Pos {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    Pos::new(HPos::Left, VPos::Center)
}

fn panel_chart<'a, 'b>(
    area: &'a Area<'b>,
    title: &str,
    x: &Axis,
    y: &Axis,
    y_label_area: u32,
) -> std::result::Result<Chart<'a, 'b>, Box<dyn std::error::Error>> {
    Ok(ChartBuilder::on(area)
        .caption(title, (FONT, 20))
        .margin(12)
        .margin_right(28)
        .x_label_area_size(45)
        .y_label_area_size(y_label_area)
        .build_cartesian_2d(x.clone(), y.clone())?)
}

fn mesh(chart: &mut Chart, x: &Axis, y: &Axis, x_desc: &str, y_desc: &str) -> DrawResult {
    let x_label = |v: &f64| x.label(*v);
    let y_label = |v: &f64| y.label(*v);
    chart
        .configure_mesh()
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .bold_line_style(BLACK.mix(0.12))
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .x_desc(x_desc)
        .y_desc(y_desc)
        .draw()?;
    Ok(())
}

/// The legend strip under the panels: a line sample and the label per label.
fn draw_legend(area: &Area, run: &BenchRun, labels: &[String]) -> DrawResult {
    let (width, _) = area.dim_in_pixel();
    let per_row = legend_per_row(width) as usize;
    let style = (FONT, 15).into_text_style(area);
    for (i, label) in labels.iter().enumerate() {
        let Some(r) = run.records.iter().find(|r| r.label() == *label) else {
            continue;
        };
        let color = label_color(labels, r);
        let x0 = 20 + (i % per_row) as i32 * LEGEND_SLOT as i32;
        let y0 = 10 + (i / per_row) as i32 * LEGEND_ROW as i32 + LEGEND_ROW as i32 / 2;
        let line = [(x0, y0), (x0 + 30, y0)];
        match r.kind {
            RecordKind::CopyRoof => {
                area.draw(&PathElement::new(vec![line[0], (x0 + 10, y0)], color.stroke_width(2)))?;
                area.draw(&PathElement::new(vec![(x0 + 18, y0), line[1]], color.stroke_width(2)))?;
            }
            RecordKind::Kernel => {
                area.draw(&PathElement::new(line.to_vec(), color.stroke_width(2)))?;
                area.draw(&Circle::new((x0 + 15, y0), 4, color.filled()))?;
            }
            RecordKind::Baseline { .. } => {
                area.draw(&PathElement::new(line.to_vec(), color.stroke_width(1)))?;
                area.draw(&TriangleMarker::new((x0 + 15, y0), 5, color.filled()))?;
            }
        }
        area.draw_text(label, &style, (x0 + 38, y0 - 8))?;
    }
    Ok(())
}

// ---------------------------------------------------------------- roofline

/// A measured point of the roofline.
struct RoofPoint {
    backend: String,
    case: String,
    ai: f64,
    gflops: f64,
    baseline: bool,
}

fn draw_roofline(root: &Area, run: &BenchRun) -> DrawResult {
    let mut run = run.clone();
    run.fill_copy_roofs();
    let points: Vec<RoofPoint> = run
        .records
        .iter()
        .filter(|r| r.kind != RecordKind::CopyRoof && Some(r.size) == run.largest_size(&r.case))
        .filter_map(|r| {
            Some(RoofPoint {
                backend: r.backend.clone(),
                case: r.case.clone(),
                ai: r.arithmetic_intensity().filter(|ai| *ai > 0.0)?,
                gflops: r.gflops()?,
                baseline: matches!(r.kind, RecordKind::Baseline { .. }),
            })
        })
        .collect();
    let without_flops: Vec<&str> = run
        .cases()
        .into_iter()
        .filter(|c| !points.iter().any(|p| p.case == *c))
        .collect();
    // Backends in order: the devices, then backends only the points name.
    let mut backends: Vec<String> = run.devices.iter().map(|d| d.backend.clone()).collect();
    for p in &points {
        if !backends.contains(&p.backend) {
            backends.push(p.backend.clone());
        }
    }
    let color_of = |backend: &str| {
        let i = backends.iter().position(|b| b == backend).unwrap_or(0);
        PALETTE[i % PALETTE.len()]
    };
    let mut cases: Vec<&str> = Vec::new();
    for p in &points {
        if !cases.contains(&p.case.as_str()) {
            cases.push(&p.case);
        }
    }

    // Ranges: every point and every ridge, with room around them.
    let mut xs: Vec<f64> = points.iter().map(|p| p.ai).collect();
    let mut ys: Vec<f64> = points.iter().map(|p| p.gflops).collect();
    for d in &run.devices {
        if let Some(peak) = d.peak_gflops {
            ys.push(peak);
            for bw in [d.copy_gbps, d.peak_gbps].into_iter().flatten().filter(|b| *b > 0.0) {
                xs.push(peak / bw);
            }
        }
    }
    let finite_pos = |v: &&f64| v.is_finite() && **v > 0.0;
    let (xmin, xmax) = min_max(xs.iter().filter(finite_pos).copied()).unwrap_or((1.0 / 16.0, 16.0));
    let (xmin, xmax) = widen(xmin / 4.0, xmax * 4.0, 2.0);
    // Bandwidth roofs at the left edge count for the bottom of the y axis only
    // when there are no points to place it.
    let mut low_candidates: Vec<f64> = ys.clone();
    if points.is_empty() {
        for d in &run.devices {
            low_candidates.extend([d.copy_gbps, d.peak_gbps].into_iter().flatten().map(|b| b * xmin));
        }
    }
    let (ymin, _) = min_max(low_candidates.iter().filter(finite_pos).copied()).unwrap_or((1.0, 1000.0));
    let (_, ymax) = min_max(ys.iter().filter(finite_pos).copied()).unwrap_or((1.0, 1000.0));
    let (ymin, ymax) = widen(ymin / 4.0, ymax * 3.0, 2.0);
    let x = Axis::log10(xmin, xmax);
    let y = Axis::log10(ymin, ymax);

    let title = format!("{}: roofline", run.krate);
    let body = root.titled(&title, (FONT, 26))?;
    let mut chart = panel_chart(&body, "", &x, &y, 70)?;
    mesh(&mut chart, &x, &y, "arithmetic intensity (FLOP/byte)", "GFLOP/s")?;

    for d in &run.devices {
        let color = color_of(&d.backend);
        if let Some(bw) = d.copy_gbps {
            let line = roof_line(&x, &y, bw, d.peak_gflops);
            let label = match d.peak_gflops {
                Some(peak) => format!(
                    "{} {}: copy {} GB/s, peak {} GFLOP/s",
                    d.backend,
                    d.name,
                    sig3(bw),
                    sig3(peak)
                ),
                None => format!("{} {}: copy {} GB/s", d.backend, d.name, sig3(bw)),
            };
            chart
                .draw_series(LineSeries::new(line, color.stroke_width(2)))?
                .label(label)
                .legend(move |(lx, ly)| PathElement::new(vec![(lx, ly), (lx + 24, ly)], color.stroke_width(2)));
        } else if let Some(peak) = d.peak_gflops {
            let p = y.at(peak);
            chart
                .draw_series(LineSeries::new(vec![(x.lo, p), (x.hi, p)], color.stroke_width(2)))?
                .label(format!("{} {}: peak {} GFLOP/s", d.backend, d.name, sig3(peak)))
                .legend(move |(lx, ly)| PathElement::new(vec![(lx, ly), (lx + 24, ly)], color.stroke_width(2)));
        }
    }
    // Theoretical bandwidth roofs, once per distinct device (several backends often share one GPU).
    let mut drawn: Vec<(&str, u64, Option<u64>)> = Vec::new();
    for d in &run.devices {
        let Some(bw) = d.peak_gbps else { continue };
        let key = (d.name.as_str(), bw.to_bits(), d.peak_gflops.map(f64::to_bits));
        if drawn.contains(&key) {
            continue;
        }
        drawn.push(key);
        let color = color_of(&d.backend).mix(0.7);
        let line = roof_line(&x, &y, bw, d.peak_gflops);
        chart
            .draw_series(DashedLineSeries::new(line, 6, 5, color.stroke_width(1)))?
            .label(format!("{}: theoretical {} GB/s", d.name, sig3(bw)))
            .legend(move |(lx, ly)| {
                EmptyElement::at((lx, ly))
                    + PathElement::new(vec![(0, 0), (8, 0)], color.stroke_width(1))
                    + PathElement::new(vec![(14, 0), (24, 0)], color.stroke_width(1))
            });
    }
    for p in &points {
        let shape = cases.iter().position(|c| *c == p.case).unwrap_or(0);
        let at = (x.at(p.ai), y.at(p.gflops));
        draw_marker(&mut chart, shape, at, color_of(&p.backend), !p.baseline)?;
    }
    if points.iter().any(|p| p.baseline) {
        chart
            .draw_series(std::iter::empty::<Circle<(f64, f64), i32>>())?
            .label("baseline (hollow)")
            .legend(|(lx, ly)| Circle::new((lx + 12, ly), 6, BLACK.stroke_width(2)));
    }
    // Legend entries: backends without a roof (their colour appears nowhere else), then the case shapes.
    for b in backends.iter().filter(|b| run.device(b).is_none()) {
        let color = color_of(b);
        chart
            .draw_series(std::iter::empty::<Circle<(f64, f64), i32>>())?
            .label(b.clone())
            .legend(move |(lx, ly)| Circle::new((lx + 12, ly), 5, color.filled()));
    }
    for (i, case) in cases.iter().enumerate() {
        let anno = chart
            .draw_series(std::iter::empty::<Circle<(f64, f64), i32>>())?
            .label(case.to_string());
        let ink = BLACK.filled();
        match i % 5 {
            0 => anno.legend(move |(lx, ly)| Circle::new((lx + 12, ly), 6, ink)),
            1 => anno.legend(move |(lx, ly)| TriangleMarker::new((lx + 12, ly), 7, ink)),
            2 => anno.legend(move |(lx, ly)| Rectangle::new([(lx + 7, ly - 5), (lx + 17, ly + 5)], ink)),
            3 => anno.legend(move |(lx, ly)| {
                Polygon::new(
                    vec![(lx + 12, ly - 7), (lx + 19, ly), (lx + 12, ly + 7), (lx + 5, ly)],
                    ink,
                )
            }),
            _ => anno.legend(move |(lx, ly)| Cross::new((lx + 12, ly), 6, BLACK.stroke_width(2))),
        };
    }
    let has_roof = |d: &crate::model::DeviceInfo| d.copy_gbps.or(d.peak_gflops).or(d.peak_gbps).is_some();
    if !points.is_empty() || run.devices.iter().any(has_roof) {
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font((FONT, 14))
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.4))
            .draw()?;
    }
    let note = match (points.is_empty(), without_flops.is_empty()) {
        (true, _) => Some("no kernel with floating-point work was timed".to_string()),
        (false, false) => Some(format!("not shown (no flops): {}", without_flops.join(", "))),
        (false, true) => None,
    };
    if let Some(note) = note {
        let (w, h) = body.dim_in_pixel();
        let style = (FONT, 15)
            .into_text_style(&body)
            .pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Right,
                plotters::style::text_anchor::VPos::Bottom,
            ));
        body.draw_text(&note, &style, (w as i32 - 20, h as i32 - 60))?;
    }
    Ok(())
}

/// The roof `min(bw × ai, peak)` across the x axis, clipped to the y axis, in
/// plot coordinates (log10 on both axes, so the slope is 1).
fn roof_line(x: &Axis, y: &Axis, bw: f64, peak: Option<f64>) -> Vec<(f64, f64)> {
    let b = bw.log10();
    let top = peak.map_or(f64::INFINITY, f64::log10);
    // Bandwidth part: y = b + x, from where it enters the axis to the ridge.
    let start = x.lo.max(y.lo - b);
    let ridge = (top - b).min(x.hi);
    let mut line = Vec::new();
    if start < ridge {
        line.push((start, b + start));
        line.push((ridge, b + ridge));
    }
    if top.is_finite() && ridge < x.hi {
        line.push((ridge.max(x.lo), top));
        line.push((x.hi, top));
    }
    line
}

/// A case's marker at `at`: circle, triangle, square, diamond, cross, ...;
/// hollow unless `filled`.
fn draw_marker(chart: &mut Chart, shape: usize, at: (f64, f64), color: RGBColor, filled: bool) -> DrawResult {
    use std::iter::once;
    let style = if filled { color.filled() } else { color.stroke_width(2) };
    // Hollow polygons are closed paths: plotters' polygons and triangles always fill.
    let polygon = |points: Vec<(i32, i32)>| {
        let mut closed = points.clone();
        closed.push(points[0]);
        EmptyElement::at(at)
            + Polygon::new(points, if filled { style } else { TRANSPARENT.filled() })
            + PathElement::new(closed, style)
    };
    match shape % 5 {
        0 => chart.draw_series(once(Circle::new(at, 6, style)))?,
        1 => chart.draw_series(once(polygon(vec![(0, -7), (6, 4), (-6, 4)])))?,
        2 => chart.draw_series(once(EmptyElement::at(at) + Rectangle::new([(-5, -5), (5, 5)], style)))?,
        3 => chart.draw_series(once(polygon(vec![(0, -7), (7, 0), (0, 7), (-7, 0)])))?,
        _ => chart.draw_series(once(Cross::new(at, 6, color.stroke_width(2))))?,
    };
    Ok(())
}

fn min_max(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// Widens `[lo, hi]` (positive) to span at least `decades`.
fn widen(lo: f64, hi: f64, decades: f64) -> (f64, f64) {
    let span = (hi / lo).log10();
    if span >= decades {
        return (lo, hi);
    }
    let pad = 10f64.powf((decades - span) / 2.0);
    (lo / pad, hi * pad)
}
