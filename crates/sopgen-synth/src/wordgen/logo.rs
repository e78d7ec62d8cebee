//! A small emblem for the kop's logo space, as a PNG: a shield with a
//! star, the shape of the regional emblems SOP letterheads carry.

use sopgen::zip::crc32;

/// A `size`×`size` RGB PNG.
pub fn png(size: u32) -> Vec<u8> {
    let s = size as f64;
    let mut raw = Vec::with_capacity(((size * 3 + 1) * size) as usize);
    for y in 0..size {
        raw.push(0); // filter: none
        for x in 0..size {
            let (fx, fy) = ((x as f64 + 0.5) / s, (y as f64 + 0.5) / s);
            // Shield: straight sides down to 60%, then a point at the bottom.
            let half = if fy < 0.6 {
                0.42
            } else {
                0.42 * (1.0 - (fy - 0.6) / 0.35)
            };
            let inside = fy > 0.06 && fy < 0.95 && (fx - 0.5).abs() < half;
            let border = inside && ((fx - 0.5).abs() > half - 0.04 || fy < 0.1);
            let (dx, dy) = (fx - 0.5, fy - 0.4);
            let r = (dx * dx + dy * dy).sqrt();
            let ang = dy.atan2(dx);
            let star = r < 0.08 + 0.09 * ((ang * 5.0).cos() * 0.5 + 0.5);
            let px = if !inside {
                [255, 255, 255]
            } else if border {
                [150, 110, 20]
            } else if star {
                [230, 190, 40]
            } else {
                [20, 100, 60]
            };
            raw.extend_from_slice(&px);
        }
    }
    let mut out = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&size.to_be_bytes());
    ihdr.extend_from_slice(&size.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(
        &mut out,
        b"IDAT",
        &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6),
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = Vec::with_capacity(4 + data.len());
    body.extend_from_slice(kind);
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_png_has_its_signature_and_chunks() {
        let p = super::png(32);
        assert_eq!(&p[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&p[12..16], b"IHDR");
        assert_eq!(&p[p.len() - 8..p.len() - 4], b"IEND");
    }
}
