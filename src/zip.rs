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

/// The zip format's checksum (CRC-32, IEEE), as `crc32fast` computes it.
pub fn crc32(data: &[u8]) -> u32 {
    crc32fast::hash(data)
}

struct Central {
    name: Vec<u8>,
    crc: u32,
    compressed: u32,
    size: u32,
    method: u16,
    offset: u32,
}

/// A file ready to be written into a zip: its name checked, its bytes
/// compressed (or stored, when deflating does not make them smaller) and
/// checksummed.
pub struct Prepared {
    name: String,
    crc: u32,
    size: u32,
    method: u16,
    body: Vec<u8>,
}

impl Prepared {
    /// The entry's name in the zip.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Makes a file ready for [`ZipWriter::add_prepared`]: the slow part of
/// adding it. `name` uses `/` and is relative; it must not hold `..`.
pub fn prepare(name: &str, data: &[u8]) -> io::Result<Prepared> {
    prepare_with_level(name, data, 6)
}

/// [`prepare`] with a deflate level: 1 is fastest, 9 smallest.
pub fn prepare_with_level(name: &str, data: &[u8], level: u8) -> io::Result<Prepared> {
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
    let size = u32::try_from(data.len()).map_err(|_| too_big())?;
    let deflated = miniz_oxide::deflate::compress_to_vec(data, level);
    let (method, body) = if deflated.len() < data.len() {
        (8, deflated)
    } else {
        (0, data.to_vec())
    };
    Ok(Prepared {
        name: name.to_string(),
        crc: crc32(data),
        size,
        method,
        body,
    })
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
        self.add_prepared(prepare(name, data)?)
    }

    /// Adds a file made ready by [`prepare`] (which may run side by side
    /// for many files); entries go in the order they are added.
    pub fn add_prepared(&mut self, entry: Prepared) -> io::Result<()> {
        let Prepared {
            name,
            crc,
            size,
            method,
            body,
        } = entry;
        let compressed = u32::try_from(body.len()).map_err(|_| too_big())?;
        let offset = u32::try_from(self.written).map_err(|_| too_big())?;
        let name_bytes = name.into_bytes();
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
        self.put(&body)?;
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
        // More files than the classic end record can count (a bundle of
        // some 21,000 SOPs): a Zip64 end record and its locator carry the
        // count, and the classic one says 0xFFFF.
        let count = match u16::try_from(entries.len()) {
            Ok(count) => count,
            Err(_) => {
                let at = self.written;
                let n = entries.len() as u64;
                let mut end64 = Vec::with_capacity(56 + 20);
                end64.extend_from_slice(&0x0606_4b50u32.to_le_bytes());
                end64.extend_from_slice(&44u64.to_le_bytes()); // size of the rest
                end64.extend_from_slice(&0x032Du16.to_le_bytes()); // made by: Unix, 4.5
                end64.extend_from_slice(&45u16.to_le_bytes()); // version needed
                end64.extend_from_slice(&0u32.to_le_bytes()); // this disk
                end64.extend_from_slice(&0u32.to_le_bytes()); // disk of the directory
                end64.extend_from_slice(&n.to_le_bytes());
                end64.extend_from_slice(&n.to_le_bytes());
                end64.extend_from_slice(&u64::from(size).to_le_bytes());
                end64.extend_from_slice(&u64::from(start).to_le_bytes());
                end64.extend_from_slice(&0x0706_4b50u32.to_le_bytes()); // locator
                end64.extend_from_slice(&0u32.to_le_bytes());
                end64.extend_from_slice(&at.to_le_bytes());
                end64.extend_from_slice(&1u32.to_le_bytes()); // disks
                self.put(&end64)?;
                0xFFFF
            }
        };
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
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
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
    fn more_than_65535_files_are_counted_in_a_zip64_end_record() {
        let n = 70_000u64;
        let mut z = ZipWriter::new(Vec::new(), DosTime::new(2026, 1, 1));
        for k in 0..n {
            z.add(&format!("d/{k}.txt"), b"x").unwrap();
        }
        let zip = z.finish().unwrap();
        let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes(zip[i..i + 4].try_into().unwrap());
        let u64_at = |i: usize| u64::from_le_bytes(zip[i..i + 8].try_into().unwrap());
        // The classic end record (the last 22 bytes) defers to Zip64.
        let end = zip.len() - 22;
        assert_eq!(u32_at(end), 0x0605_4b50);
        assert_eq!(u16_at(end + 10), 0xFFFF);
        // The locator just before it points at the Zip64 end record,
        // which holds the count and where the central directory starts.
        let locator = end - 20;
        assert_eq!(u32_at(locator), 0x0706_4b50);
        let end64 = u64_at(locator + 8) as usize;
        assert_eq!(end64, locator - 56);
        assert_eq!(u32_at(end64), 0x0606_4b50);
        assert_eq!(u64_at(end64 + 32), n);
        let directory = u64_at(end64 + 48) as usize;
        assert_eq!(u32_at(directory), 0x0201_4b50);
        assert_eq!(u32_at(end + 16) as usize, directory);
    }

    #[test]
    fn unsafe_names_are_refused() {
        let mut z = ZipWriter::new(Vec::new(), DosTime::new(2026, 1, 1));
        for bad in ["../x", "/etc/passwd", "a/../b", "a//b", "a\\b", ""] {
            assert!(z.add(bad, b"x").is_err(), "{bad}");
        }
    }
}
