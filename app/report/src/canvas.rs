//! The plots' drawing backend: plotters' RGB bitmap, with text laid out and
//! rasterised here by ab_glyph from the bundled font.
//!
//! plotters' own ab_glyph text drops each glyph's left side bearing, which
//! leaves uneven gaps between letters ("cp u"); this backend places glyphs
//! at their outline bounds, with kerning, and handles anchors and rotation the
//! way plotters' default text drawing does.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use plotters::prelude::{BitMapBackend, DrawingBackend};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

/// The bundled font (Ubuntu Light, Ubuntu Font Licence; see `fonts/`).
pub(crate) const FONT_BYTES: &[u8] = include_bytes!("../fonts/Ubuntu-Light.ttf");

type BitmapError = <BitMapBackend<'static> as DrawingBackend>::ErrorType;

/// An RGB bitmap with proper text.
pub(crate) struct Canvas<'a> {
    bitmap: BitMapBackend<'a>,
    font: FontRef<'static>,
}

impl<'a> Canvas<'a> {
    /// A canvas drawing into `rgb` (3 bytes per pixel, rows top to bottom).
    pub(crate) fn new(rgb: &'a mut [u8], size: (u32, u32)) -> Result<Canvas<'a>, ab_glyph::InvalidFont> {
        Ok(Canvas {
            bitmap: BitMapBackend::with_buffer(rgb, size),
            font: FontRef::try_from_slice(FONT_BYTES)?,
        })
    }

    /// `text` laid out on one line at `size` px: the glyphs with their
    /// positions (baseline at `ascent`), the advance width and the line height.
    fn layout(&self, text: &str, size: f64) -> (Vec<ab_glyph::OutlinedGlyph>, f32, f32) {
        let scale = PxScale::from(size as f32);
        let scaled = self.font.as_scaled(scale);
        let ascent = scaled.ascent();
        let mut caret = 0.0f32;
        let mut previous = None;
        let mut glyphs = Vec::new();
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = previous {
                caret += scaled.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, ab_glyph::point(caret, ascent));
            caret += scaled.h_advance(id);
            previous = Some(id);
            if let Some(outline) = self.font.outline_glyph(glyph) {
                glyphs.push(outline);
            }
        }
        (glyphs, caret, ascent - scaled.descent())
    }
}

impl DrawingBackend for Canvas<'_> {
    type ErrorType = BitmapError;

    fn get_size(&self) -> (u32, u32) {
        self.bitmap.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.fill_polygon(vert, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.bitmap.blit_bitmap(pos, size, src)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (glyphs, width, height) = self.layout(text, style.size());
        let (width, height) = (width.round() as i32, height.round() as i32);
        let anchor = style.anchor();
        let dx = match anchor.h_pos {
            HPos::Left => 0,
            HPos::Center => -width / 2,
            HPos::Right => -width,
        };
        let dy = match anchor.v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        let transform = style.transform();
        let (w, h) = self.get_size();
        let mut pixels = Vec::new();
        for g in &glyphs {
            let min = g.px_bounds().min;
            g.draw(|x, y, coverage| {
                let (gx, gy) = (min.x as i32 + x as i32 + dx, min.y as i32 + y as i32 + dy);
                let (tx, ty) = transform.transform(gx, gy);
                pixels.push(((pos.0 + tx, pos.1 + ty), coverage));
            });
        }
        for ((x, y), coverage) in pixels {
            if x >= 0 && y >= 0 && x < w as i32 && y < h as i32 && coverage > 0.0 {
                let c = BackendColor {
                    alpha: color.alpha * f64::from(coverage.min(1.0)),
                    rgb: color.rgb,
                };
                self.bitmap.draw_pixel((x, y), c)?;
            }
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<BitmapError>> {
        let (_, width, height) = self.layout(text, style.size());
        Ok((width.round().max(0.0) as u32, height.round().max(0.0) as u32))
    }
}
