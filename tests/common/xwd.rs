//! Reads a window dump as `xwd` writes it (X Window Dump, version 7):
//! enough to sample the pixels of a TrueColor screenshot.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub struct Image {
    pub width: u32,
    pub height: u32,
    pixels: Vec<Rgb>,
}

fn be(bytes: &[u8], field: usize) -> u32 {
    let at = field * 4;
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// The relative luminance of a colour (WCAG).
fn luminance(c: Rgb) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// The WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

impl Image {
    /// A dump of a 24- or 32-bit TrueColor window; None for anything else.
    pub fn parse(bytes: &[u8]) -> Option<Image> {
        if bytes.len() < 100 {
            return None;
        }
        let header_size = be(bytes, 0) as usize;
        let (width, height) = (be(bytes, 4), be(bytes, 5));
        let byte_order = be(bytes, 7);
        let bits_per_pixel = be(bytes, 11);
        let bytes_per_line = be(bytes, 12) as usize;
        let masks = [be(bytes, 14), be(bytes, 15), be(bytes, 16)];
        let ncolours = be(bytes, 19) as usize;
        if bits_per_pixel != 32 {
            return None;
        }
        let data = bytes.get(header_size + ncolours * 12..)?;
        let channel = |value: u32, mask: u32| ((value & mask) >> mask.trailing_zeros()) as u8;
        let mut pixels = Vec::with_capacity((width * height) as usize);
        for y in 0..height as usize {
            for x in 0..width as usize {
                let at = y * bytes_per_line + x * 4;
                let raw: [u8; 4] = data.get(at..at + 4)?.try_into().ok()?;
                let value = if byte_order == 0 {
                    u32::from_le_bytes(raw)
                } else {
                    u32::from_be_bytes(raw)
                };
                pixels.push(Rgb(
                    channel(value, masks[0]),
                    channel(value, masks[1]),
                    channel(value, masks[2]),
                ));
            }
        }
        Some(Image {
            width,
            height,
            pixels,
        })
    }

    pub fn pixel(&self, x: u32, y: u32) -> Rgb {
        self.pixels[(y * self.width + x) as usize]
    }

    fn counts(&self, top: u32, bottom: u32) -> HashMap<Rgb, usize> {
        let mut counts = HashMap::new();
        for y in top..bottom.min(self.height) {
            for x in 0..self.width {
                *counts.entry(self.pixel(x, y)).or_insert(0) += 1;
            }
        }
        counts
    }

    /// The commonest colour of the window: what the screen is painted with.
    pub fn background(&self) -> Rgb {
        let counts = self.counts(0, self.height);
        counts
            .into_iter()
            .max_by_key(|(c, n)| (*n, *c == Rgb(0, 0, 0)))
            .map_or(Rgb(0, 0, 0), |(c, _)| c)
    }

    /// The commonest colour besides `background`.
    pub fn commonest_besides(&self, background: Rgb) -> Rgb {
        self.counts(0, self.height)
            .into_iter()
            .filter(|(c, _)| *c != background)
            .max_by_key(|(_, n)| *n)
            .map_or(background, |(c, _)| c)
    }

    /// How many pixels of the window are `colour`.
    pub fn count(&self, colour: Rgb) -> usize {
        self.pixels.iter().filter(|p| **p == colour).count()
    }

    /// Of the colours in rows `top..bottom` drawn in at least a few
    /// pixels, the one that stands out most from `background`.
    pub fn strongest_ink(&self, top: u32, bottom: u32, background: Rgb) -> Rgb {
        self.counts(top, bottom)
            .into_iter()
            .filter(|(_, n)| *n >= 4)
            .map(|(c, _)| c)
            .max_by(|a, b| contrast(*a, background).total_cmp(&contrast(*b, background)))
            .unwrap_or(background)
    }

    /// The image as a binary PPM, for a person to look at.
    pub fn ppm(&self) -> Vec<u8> {
        let mut out = format!("P6\n{} {}\n255\n", self.width, self.height).into_bytes();
        for p in &self.pixels {
            out.extend_from_slice(&[p.0, p.1, p.2]);
        }
        out
    }
}
