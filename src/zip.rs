//! A small zip writer for the review bundle: deflated entries, in the order
//! given, with one fixed timestamp, so the same files give the same bytes.

use std::io::{self, Write};

/// The zip format's date: 1980-01-01 or later, to the even second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DosTime {
    pub date: u16,
    pub time: u16,
}

impl DosTime {
    pub fn new(year: u16, month: u8, day: u8) -> DosTime {
        let year = year.clamp(1980, 2107);
        DosTime {
            date: ((year - 1980) << 9)
                | (u16::from(month.clamp(1, 12)) << 5)
                | u16::from(day.clamp(1, 31)),
            time: 0,
        }
    }
}

fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    for (n, slot) in table.iter_mut().enumerate() {
        let mut c = n as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    table
}

pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(crc_table);
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

struct Central {
    name: Vec<u8>,
    crc: u32,
    compressed: u32,
    size: u32,
    method: u16,
    offset: u32,
}

/// Writes a zip archive entry by entry.
pub struct ZipWriter<W: Write> {
    out: W,
    written: u64,
    entries: Vec<Central>,
    time: DosTime,
}

fn too_big() -> io::Error {
    io::Error::other("the bundle is larger than 4 GB, which this zip writer does not support")
}

impl<W: Write> ZipWriter<W> {
    pub fn new(out: W, time: DosTime) -> ZipWriter<W> {
        ZipWriter {
            out,
            written: 0,
            entries: Vec::new(),
            time,
        }
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// Adds a file. `name` uses `/` and is relative; it must not hold `..`.
    pub fn add(&mut self, name: &str, data: &[u8]) -> io::Result<()> {
        if name.is_empty()
            || name.starts_with('/')
            || name
                .split('/')
                .any(|p| p == ".." || p == "." || p.is_empty())
            || name.contains('\\')
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("unsafe path in zip: {name}"),
            ));
        }
        let deflated = miniz_oxide::deflate::compress_to_vec(data, 8);
        let (method, body): (u16, &[u8]) = if deflated.len() < data.len() {
            (8, &deflated)
        } else {
            (0, data)
        };
        let crc = crc32(data);
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let compressed = u32::try_from(body.len()).map_err(|_| too_big())?;
        let offset = u32::try_from(self.written).map_err(|_| too_big())?;
        let name_bytes = name.as_bytes().to_vec();
        let mut header = Vec::with_capacity(30 + name_bytes.len());
        header.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        header.extend_from_slice(&20u16.to_le_bytes()); // version needed
        header.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
        header.extend_from_slice(&method.to_le_bytes());
        header.extend_from_slice(&self.time.time.to_le_bytes());
        header.extend_from_slice(&self.time.date.to_le_bytes());
        header.extend_from_slice(&crc.to_le_bytes());
        header.extend_from_slice(&compressed.to_le_bytes());
        header.extend_from_slice(&size.to_le_bytes());
        header.extend_from_slice(&(name_bytes.len() as u16).to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // extra
        header.extend_from_slice(&name_bytes);
        self.put(&header)?;
        self.put(body)?;
        self.entries.push(Central {
            name: name_bytes,
            crc,
            compressed,
            size,
            method,
            offset,
        });
        Ok(())
    }

    /// Writes the central directory; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        let start = u32::try_from(self.written).map_err(|_| too_big())?;
        let entries = std::mem::take(&mut self.entries);
        for e in &entries {
            let mut c = Vec::with_capacity(46 + e.name.len());
            c.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
            c.extend_from_slice(&0x031Eu16.to_le_bytes()); // made by: Unix, 3.0
            c.extend_from_slice(&20u16.to_le_bytes());
            c.extend_from_slice(&0x0800u16.to_le_bytes());
            c.extend_from_slice(&e.method.to_le_bytes());
            c.extend_from_slice(&self.time.time.to_le_bytes());
            c.extend_from_slice(&self.time.date.to_le_bytes());
            c.extend_from_slice(&e.crc.to_le_bytes());
            c.extend_from_slice(&e.compressed.to_le_bytes());
            c.extend_from_slice(&e.size.to_le_bytes());
            c.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            c.extend_from_slice(&0u16.to_le_bytes()); // extra
            c.extend_from_slice(&0u16.to_le_bytes()); // comment
            c.extend_from_slice(&0u16.to_le_bytes()); // disk
            c.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
            c.extend_from_slice(&(0o100644u32 << 16).to_le_bytes()); // rw-r--r--
            c.extend_from_slice(&e.offset.to_le_bytes());
            c.extend_from_slice(&e.name);
            self.put(&c)?;
        }
        let size = u32::try_from(self.written).map_err(|_| too_big())? - start;
        let count = u16::try_from(entries.len()).map_err(|_| {
            io::Error::other("more than 65,535 files: too many for this zip writer")
        })?;
        let mut end = Vec::with_capacity(22);
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&size.to_le_bytes());
        end.extend_from_slice(&start.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        self.put(&end)?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_known_text() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn the_same_files_give_the_same_bytes() {
        let make = || {
            let mut z = ZipWriter::new(Vec::new(), DosTime::new(2026, 11, 21));
            z.add("a/index.html", b"<p>halo halo halo halo halo</p>")
                .unwrap();
            z.add("b.txt", b"x").unwrap();
            z.finish().unwrap()
        };
        assert_eq!(make(), make());
    }

    #[test]
    fn unsafe_names_are_refused() {
        let mut z = ZipWriter::new(Vec::new(), DosTime::new(2026, 1, 1));
        for bad in ["../x", "/etc/passwd", "a/../b", "a//b", "a\\b", ""] {
            assert!(z.add(bad, b"x").is_err(), "{bad}");
        }
    }
}
