//! The procedure table's geometry: column widths, row heights from the
//! measured text, and the split into printed pages (A4 landscape).
//!
//! The numbers here and the theme's CSS for `.tabel-prosedur` describe the
//! same box model; a test keeps them in step.

use std::borrow::Cow;
use std::cell::RefCell;

use super::text::{Weight, lines, lines_joined};

/// Width of the table: A4 landscape (297 mm) less 2 × 10 mm margins is
/// 277 mm = 1047 CSS px; a little is left for rounding.
pub const TABLE_WIDTH: f32 = 1040.0;
/// Printable height of an A4 landscape page: 210 mm less 2 × 10 mm.
pub const PAGE_HEIGHT: f32 = 718.0;
pub const FONT_SIZE: f32 = 12.0;
pub const HEAD_FONT_SIZE: f32 = 11.0;
pub const LINE_HEIGHT: f32 = 16.0;
pub const PAD_X: f32 = 5.0;
pub const PAD_Y: f32 = 4.0;
/// Each cell draws its right and bottom border; the table its left and top.
pub const BORDER: f32 = 1.0;
/// A row must leave room for a symbol and the arrows above and below it.
pub const MIN_ROW: f32 = 56.0;
/// The strip above or below a page's rows that holds off-page connectors.
pub const SPACER: f32 = 36.0;
/// The caption line of each page's table.
pub const CAPTION: f32 = 26.0;
/// Kept free on each page against rounding in print engines.
pub const PAGE_SLACK: f32 = 20.0;
/// The prefix of each item when a cell holds a list.
pub const BULLET: &str = "• ";

/// The widths of the table's columns, in px (border-box).
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    pub no: f32,
    pub kegiatan: f32,
    pub lane: f32,
    pub lanes: usize,
    pub kelengkapan: f32,
    pub waktu: f32,
    pub output: f32,
    pub keterangan: f32,
    pub penanggung_jawab: Option<f32>,
}

impl Columns {
    /// Lanes get what the text columns leave, between 40 and 110 px each
    /// (up to 180 when there are only one or two);
    /// the text columns shrink toward their minimums when lanes are many.
    pub fn new(lanes: usize, penanggung_jawab: bool) -> Columns {
        let lanes_n = lanes.max(1) as f32;
        // (preferred, minimum) for kegiatan, kelengkapan, output, keterangan, pj.
        let mut text = [
            (210.0, 130.0),
            (120.0, 84.0),
            (120.0, 84.0),
            (92.0, 64.0),
            (92.0, 64.0),
        ];
        if !penanggung_jawab {
            text[4] = (0.0, 0.0);
        }
        let (no, waktu) = (28.0, 56.0);
        let fixed = no + waktu;
        let preferred: f32 = text.iter().map(|t| t.0).sum();
        let minimum: f32 = text.iter().map(|t| t.1).sum();
        let want_lane = 64.0f32;
        let room_at_preferred = (TABLE_WIDTH - fixed - preferred) / lanes_n;
        // Shrink the text columns only as far as the lanes need.
        let shrink = if room_at_preferred >= want_lane {
            0.0
        } else {
            let needed = (want_lane - room_at_preferred) * lanes_n;
            (needed / (preferred - minimum)).min(1.0)
        };
        let widths: Vec<f32> = text
            .iter()
            .map(|(p, m)| (p - (p - m) * shrink).floor())
            .collect();
        let used: f32 = fixed + widths.iter().sum::<f32>();
        // One or two lanes may be wider: their loops need room for tracks
        // and connectors.
        let widest = match lanes {
            0 | 1 => 180.0,
            2 => 150.0,
            _ => 110.0,
        };
        let lane = ((TABLE_WIDTH - used) / lanes_n).floor().clamp(40.0, widest);
        // Whatever the lanes do not take goes to kegiatan.
        let spare = (TABLE_WIDTH - used - lane * lanes_n).max(0.0);
        Columns {
            no,
            kegiatan: widths[0] + spare,
            lane,
            lanes,
            kelengkapan: widths[1],
            waktu,
            output: widths[2],
            keterangan: widths[3],
            penanggung_jawab: penanggung_jawab.then_some(widths[4]),
        }
    }

    pub fn total(&self) -> f32 {
        self.no
            + self.kegiatan
            + self.lane * self.lanes as f32
            + self.kelengkapan
            + self.waktu
            + self.output
            + self.keterangan
            + self.penanggung_jawab.unwrap_or(0.0)
    }
}

/// The text of one step's cells, as the template shows it.
#[derive(Debug, Clone, Default)]
pub struct RowText<'a> {
    pub no: Cow<'a, str>,
    pub kegiatan: &'a str,
    pub kelengkapan: &'a [String],
    pub waktu: Option<Cow<'a, str>>,
    pub output: &'a [String],
    pub keterangan: Option<&'a str>,
    pub penanggung_jawab: Option<&'a str>,
}

/// Lines of a cell `width` px wide holding `text`.
fn cell_lines(text: &str, width: f32, weight: Weight, size: f32) -> usize {
    lines(text, width - 2.0 * PAD_X - BORDER, size, weight)
}

/// Lines of a cell holding a list: one item a line group, bulleted when
/// there are several.
fn list_lines(items: &[String], width: f32) -> usize {
    match items {
        [] => 0,
        [one] => cell_lines(one, width, Weight::Regular, FONT_SIZE),
        // Each item as `BULLET` and its text joined, measured unjoined.
        many => many
            .iter()
            .map(|i| {
                lines_joined(
                    &[BULLET, i],
                    width - 2.0 * PAD_X - BORDER,
                    FONT_SIZE,
                    Weight::Regular,
                )
            })
            .sum(),
    }
}

fn box_height(lines: usize) -> f32 {
    lines as f32 * LINE_HEIGHT + 2.0 * PAD_Y + BORDER
}

/// The height of a step's row: its tallest cell, at least [`MIN_ROW`].
pub fn row_height(cols: &Columns, row: &RowText) -> f32 {
    let regular = |t: &str, w: f32| cell_lines(t, w, Weight::Regular, FONT_SIZE);
    let cells = [
        regular(&row.no, cols.no),
        regular(row.kegiatan, cols.kegiatan),
        list_lines(row.kelengkapan, cols.kelengkapan),
        row.waktu.as_deref().map_or(0, |t| regular(t, cols.waktu)),
        list_lines(row.output, cols.output),
        row.keterangan.map_or(0, |t| regular(t, cols.keterangan)),
        match (row.penanggung_jawab, cols.penanggung_jawab) {
            (Some(t), Some(w)) => regular(t, w),
            _ => 0,
        },
    ];
    let tallest = cells.into_iter().max().unwrap_or(0);
    box_height(tallest).max(MIN_ROW).ceil()
}

/// The heights of the header's two rows.
pub fn head_heights(cols: &Columns, lane_names: &[String]) -> (f32, f32) {
    let bold = |t: &str, w: f32| cell_lines(t, w, Weight::Bold, HEAD_FONT_SIZE);
    let line = HEAD_FONT_SIZE * 1.25;
    let h = |n: usize| (n as f32 * line + 2.0 * PAD_Y + BORDER).ceil();
    let (first, mut second, spanning) = head_fixed(cols);
    for name in lane_names {
        second = second.max(bold(name, cols.lane));
    }
    let (h1, mut h2) = (h(first), h(second));
    // Cells spanning both rows must fit in the two together.
    if h1 + h2 < spanning {
        h2 = spanning - h1;
    }
    (h1, h2)
}

/// What the header's own words take in these columns: the lines of its
/// first row, of its second row before the actors' names, and the height
/// of the cells spanning both. Kept by each thread for each set of
/// columns it meets (a catalogue has a few).
fn head_fixed(cols: &Columns) -> (usize, usize, f32) {
    type Key = (usize, [u32; 7], Option<u32>);
    type Made = (usize, usize, f32);
    thread_local! {
        static MADE: RefCell<Vec<(Key, Made)>> = const { RefCell::new(Vec::new()) };
    }
    let key: Key = (
        cols.lanes,
        [
            cols.no,
            cols.kegiatan,
            cols.lane,
            cols.kelengkapan,
            cols.waktu,
            cols.output,
            cols.keterangan,
        ]
        .map(f32::to_bits),
        cols.penanggung_jawab.map(f32::to_bits),
    );
    if let Some(&(_, made)) = MADE
        .with_borrow(|m| m.iter().find(|e| e.0 == key).copied())
        .as_ref()
    {
        return made;
    }
    let bold = |t: &str, w: f32| cell_lines(t, w, Weight::Bold, HEAD_FONT_SIZE);
    let line = HEAD_FONT_SIZE * 1.25;
    let h = |n: usize| (n as f32 * line + 2.0 * PAD_Y + BORDER).ceil();
    let first = bold("Pelaksana", cols.lane * cols.lanes as f32).max(bold(
        "Mutu Baku",
        cols.kelengkapan + cols.waktu + cols.output,
    ));
    let second = ["Kelengkapan", "Waktu", "Output"]
        .iter()
        .zip([cols.kelengkapan, cols.waktu, cols.output])
        .map(|(t, w)| bold(t, w))
        .max()
        .unwrap_or(1);
    let spanning = [("Kegiatan", cols.kegiatan), ("Keterangan", cols.keterangan)]
        .into_iter()
        .chain(cols.penanggung_jawab.map(|w| ("Penanggung Jawab", w)))
        .map(|(t, w)| h(bold(t, w)))
        .fold(0.0f32, f32::max);
    let made = (first, second, spanning);
    MADE.with_borrow_mut(|m| {
        if m.len() >= 256 {
            m.clear();
        }
        m.push((key, made));
    });
    made
}

/// Splits rows into pages so that no page's table is taller than a printed
/// page: each page holds its caption, header, the connector strips it needs
/// and whole rows. A row taller than a page gets a page of its own.
/// `strips` says whether the first page has a strip above its rows and the
/// last page one below them even when they are one page (for a "Mulai" or
/// "Selesai" terminator that is no step: see `geometry::strips`).
pub fn paginate(rows: &[f32], head: f32, strips: (bool, bool)) -> Vec<std::ops::Range<usize>> {
    let room = |first: bool, last: bool| {
        PAGE_HEIGHT
            - PAGE_SLACK
            - CAPTION
            - head
            - if first && !strips.0 { 0.0 } else { SPACER }
            - if last && !strips.1 { 0.0 } else { SPACER }
    };
    let mut pages = Vec::new();
    let mut start = 0;
    while start < rows.len() {
        let first = pages.is_empty();
        // Fill assuming more pages follow; then see whether the rest fits
        // on this one as the last page, which has no bottom strip.
        let rest: f32 = rows[start..].iter().sum();
        if rest <= room(first, true) {
            pages.push(start..rows.len());
            break;
        }
        let limit = room(first, false);
        let mut end = start;
        let mut used = 0.0;
        while end < rows.len() && (end == start || used + rows[end] <= limit) {
            used += rows[end];
            end += 1;
        }
        pages.push(start..end);
        start = end;
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_page_width() {
        for lanes in 1..=20 {
            for pj in [false, true] {
                let c = Columns::new(lanes, pj);
                assert!(c.lane >= 40.0 && c.lane <= 180.0, "{lanes}: {c:?}");
                if lanes <= 12 {
                    assert!(
                        (c.total() - TABLE_WIDTH).abs() < 1.0,
                        "{lanes} {pj}: {}",
                        c.total()
                    );
                    assert!(
                        c.lane >= 44.0,
                        "{lanes}: lanes keep room for symbols: {}",
                        c.lane
                    );
                }
            }
        }
        let few = Columns::new(4, false);
        assert!(few.kegiatan >= 210.0 && few.lane >= 64.0, "{few:?}");
    }

    #[test]
    fn rows_grow_with_their_text() {
        let c = Columns::new(4, false);
        let short = RowText {
            no: "1".into(),
            kegiatan: "Menerima berkas",
            ..RowText::default()
        };
        assert_eq!(row_height(&c, &short), MIN_ROW);
        let long_text = "Menganalisa dan mengevaluasi data dan informasi kinerja yang telah terkumpul sebagai bahan penyusunan Laporan Kinerja tahunan dinas";
        let long = RowText {
            kegiatan: long_text,
            ..short.clone()
        };
        let expected = lines(
            long_text,
            c.kegiatan - 2.0 * PAD_X - BORDER,
            FONT_SIZE,
            Weight::Regular,
        );
        assert!(expected >= 3);
        assert_eq!(
            row_height(&c, &long),
            box_height(expected).max(MIN_ROW).ceil()
        );
        let items = vec![
            "Format data kinerja".to_string(),
            "Renstra".into(),
            "Renja".into(),
            "DPA".into(),
        ];
        let listed = RowText {
            kelengkapan: &items,
            ..short
        };
        assert!(row_height(&c, &listed) >= box_height(4));
        // The items are measured with their bullet.
        let narrow = Columns::new(12, true);
        let joined: usize = items
            .iter()
            .map(|i| {
                lines(
                    &format!("{BULLET}{i}"),
                    narrow.kelengkapan - 2.0 * PAD_X - BORDER,
                    FONT_SIZE,
                    Weight::Regular,
                )
            })
            .sum();
        assert_eq!(list_lines(&items, narrow.kelengkapan), joined);
    }

    #[test]
    fn header_heights_are_the_same_asked_again() {
        // The header measured directly, against the kept fixed part.
        let direct = |cols: &Columns, names: &[String]| {
            let bold = |t: &str, w: f32| cell_lines(t, w, Weight::Bold, HEAD_FONT_SIZE);
            let h = |n: usize| (n as f32 * HEAD_FONT_SIZE * 1.25 + 2.0 * PAD_Y + BORDER).ceil();
            let first = bold("Pelaksana", cols.lane * cols.lanes as f32).max(bold(
                "Mutu Baku",
                cols.kelengkapan + cols.waktu + cols.output,
            ));
            let mut second = [
                bold("Kelengkapan", cols.kelengkapan),
                bold("Waktu", cols.waktu),
                bold("Output", cols.output),
            ]
            .into_iter()
            .max()
            .unwrap_or(1);
            for n in names {
                second = second.max(bold(n, cols.lane));
            }
            let mut spanning =
                h(bold("Kegiatan", cols.kegiatan)).max(h(bold("Keterangan", cols.keterangan)));
            if let Some(w) = cols.penanggung_jawab {
                spanning = spanning.max(h(bold("Penanggung Jawab", w)));
            }
            let (h1, mut h2) = (h(first), h(second));
            if h1 + h2 < spanning {
                h2 = spanning - h1;
            }
            (h1, h2)
        };
        for round in 0..2 {
            for lanes in 1..=14 {
                for pj in [false, true] {
                    let c = Columns::new(lanes, pj);
                    let names: Vec<String> = (0..lanes)
                        .map(|k| "Kepala Sub Bagian Umum dan Kepegawaian ".repeat(k % 3))
                        .collect();
                    assert_eq!(
                        head_heights(&c, &names),
                        direct(&c, &names),
                        "{lanes} {pj} {round}"
                    );
                }
            }
        }
    }

    #[test]
    fn pages_hold_whole_rows_within_a_printed_page() {
        let rows = vec![80.0; 30];
        let head = 60.0;
        let pages = paginate(&rows, head, (false, false));
        assert_eq!(pages.first().unwrap().start, 0);
        assert_eq!(pages.last().unwrap().end, 30);
        for (i, p) in pages.iter().enumerate() {
            let spacers =
                if i > 0 { SPACER } else { 0.0 } + if i + 1 < pages.len() { SPACER } else { 0.0 };
            let height = CAPTION + head + spacers + rows[p.clone()].iter().sum::<f32>();
            assert!(height <= PAGE_HEIGHT - PAGE_SLACK, "page {i}: {height}");
            if i > 0 {
                assert_eq!(pages[i - 1].end, p.start);
            }
        }
        assert_eq!(paginate(&[80.0; 3], head, (false, false)), vec![0..3]);
        // A "Mulai" or "Selesai" strip takes room from a single page too:
        // rows that just fit without one need a second page with them.
        let room = PAGE_HEIGHT - PAGE_SLACK - CAPTION - head;
        let just = vec![room / 4.0 - 0.5; 4];
        assert_eq!(paginate(&just, head, (false, false)), vec![0..4]);
        assert_eq!(paginate(&just, head, (true, false)).len(), 2);
        assert_eq!(paginate(&just, head, (false, true)).len(), 2);
        assert_eq!(
            paginate(&[2000.0, 80.0], head, (false, false)),
            vec![0..1, 1..2]
        );
        assert!(paginate(&[], head, (false, false)).is_empty());
    }
}
