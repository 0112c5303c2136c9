//! The code view's linked panes: the crate's source beside code whose
//! lines map to it ([`crate::gui::source_map`]); a click on either side
//! selects a source line, highlights its code and scrolls the other pane
//! there.

use super::Scroll;
use crate::gui::source_map::{SourceFile, SourceLine};
use eframe::egui;

/// The selection the source pane and the code pane share.
pub(super) struct Link<'a> {
    /// The crate's source files.
    pub(super) files: &'a [SourceFile],
    /// The selected source line.
    pub(super) line: &'a mut Option<SourceLine>,
    /// The scroll the next frame makes.
    pub(super) scroll: &'a mut Option<Scroll>,
}

/// The source pane: a file of the crate that the code's lines (`sources`)
/// map to, its lines with code in normal colour and the others weak; a
/// click on a line highlights its code in the code pane and scrolls there.
pub(super) fn source_ui(ui: &mut egui::Ui, sources: &[Option<SourceLine>], shown: &mut usize, link: &mut Link<'_>) {
    let mut used: Vec<usize> = sources.iter().flatten().map(|s| s.file).collect();
    used.sort_unstable();
    used.dedup();
    if let Some(line) = *link.line {
        if used.contains(&line.file) {
            *shown = line.file;
        }
    }
    if !used.contains(shown) {
        *shown = used[0];
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("source:");
        for &f in &used {
            if ui.selectable_label(*shown == f, &link.files[f].path).clicked() {
                *shown = f;
            }
        }
    });
    let Some(file) = link.files.get(*shown) else {
        return;
    };
    let with_code: std::collections::HashSet<u32> = sources
        .iter()
        .flatten()
        .filter(|s| s.file == *shown)
        .map(|s| s.line)
        .collect();
    let lines: Vec<&str> = file.text.lines().collect();
    let row = ui.text_style_height(&egui::TextStyle::Monospace);
    let mut area = egui::ScrollArea::both().id_salt("source").auto_shrink([false, false]);
    if let Some(Scroll::Source(line)) = *link.scroll {
        *link.scroll = None;
        area = area.vertical_scroll_offset(scroll_offset(ui, row, line.saturating_sub(1) as usize));
    }
    area.show_rows(ui, row, lines.len(), |ui, range| {
        for i in range {
            let here = SourceLine {
                file: *shown,
                line: i as u32 + 1,
            };
            let mut text = egui::RichText::new(format!("{:>4}  {}", here.line, lines[i])).monospace();
            if !with_code.contains(&here.line) {
                text = text.weak();
            }
            if *link.line == Some(here) {
                text = text.background_color(ui.visuals().selection.bg_fill);
            }
            if ui
                .add(egui::Label::new(text).extend().sense(egui::Sense::click()))
                .clicked()
            {
                *link.line = Some(here);
                if let Some(at) = sources.iter().position(|s| *s == Some(here)) {
                    *link.scroll = Some(Scroll::Code(at));
                }
            }
        }
    });
}

/// Code whose lines map to source lines: the lines of the selected source
/// line highlighted; a click on a line selects its source line.
pub(super) fn mapped_code_ui(ui: &mut egui::Ui, text: &str, sources: &[Option<SourceLine>], link: &mut Link<'_>) {
    let lines: Vec<&str> = text.lines().collect();
    let row = ui.text_style_height(&egui::TextStyle::Monospace);
    let mut area = egui::ScrollArea::both().id_salt("code").auto_shrink([false, false]);
    if let Some(Scroll::Code(at)) = *link.scroll {
        *link.scroll = None;
        area = area.vertical_scroll_offset(scroll_offset(ui, row, at));
    }
    area.show_rows(ui, row, lines.len(), |ui, range| {
        for i in range {
            let source = sources.get(i).copied().flatten();
            let mut text = egui::RichText::new(lines[i]).monospace();
            if source.is_some() && source == *link.line {
                text = text.background_color(ui.visuals().selection.bg_fill);
            }
            let mut response = ui.add(egui::Label::new(text).extend().sense(egui::Sense::click()));
            if let Some(s) = source {
                if let Some(f) = link.files.get(s.file) {
                    response = response.on_hover_text(format!("{}:{}", f.path, s.line));
                }
                if response.clicked() {
                    *link.line = Some(s);
                    *link.scroll = Some(Scroll::Source(s.line));
                }
            }
        }
    });
}

/// The offset that scrolls row `row` of a pane into view, a few rows below
/// its top.
fn scroll_offset(ui: &egui::Ui, row_height: f32, row: usize) -> f32 {
    (row.saturating_sub(4)) as f32 * (row_height + ui.spacing().item_spacing.y)
}
