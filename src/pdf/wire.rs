//! What comes over Chromium's debugging pipe: messages each ended by a NUL
//! byte, and PDFs inside them as base64.

use std::io::{self, Read};

/// Splits what a reader gives into the messages between NUL bytes, however
/// the reads cut them.
pub(crate) struct Frames<R> {
    from: R,
    buf: Vec<u8>,
    /// How much of `buf`, from its start, has been searched for a NUL.
    searched: usize,
}

impl<R: Read> Frames<R> {
    pub(crate) fn new(from: R) -> Frames<R> {
        Frames {
            from,
            buf: Vec::new(),
            searched: 0,
        }
    }

    /// The next message, without its NUL; `None` at the end of the stream.
    /// Bytes left over at the end without their NUL are an error (the
    /// writer died in the middle of a message).
    pub(crate) fn next_frame(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            if let Some(at) = self.buf[self.searched..].iter().position(|&b| b == 0) {
                let end = self.searched + at;
                let frame = self.buf[..end].to_vec();
                self.buf.drain(..=end);
                self.searched = 0;
                return Ok(Some(frame));
            }
            self.searched = self.buf.len();
            let mut chunk = [0u8; 64 * 1024];
            let n = match self.from.read(&mut chunk) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if n == 0 {
                return if self.buf.is_empty() {
                    Ok(None)
                } else {
                    Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        format!("{} bytes without their NUL at the end", self.buf.len()),
                    ))
                };
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }
}

/// Decodes standard base64 (`A-Z a-z 0-9 + /`, `=` padding, which may be
/// left out). Whitespace is skipped; anything else is `None`, as are
/// padding in the middle and a lone last character.
pub(crate) fn base64(text: &[u8]) -> Option<Vec<u8>> {
    fn value(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut n) = (0u32, 0);
    let mut padding = 0;
    for &c in text {
        if c.is_ascii_whitespace() {
            continue;
        }
        if c == b'=' {
            padding += 1;
            continue;
        }
        if padding > 0 {
            return None;
        }
        acc = acc << 6 | value(c)?;
        n += 1;
        if n == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            (acc, n) = (0, 0);
        }
    }
    match (n, padding) {
        (0, 0) => {}
        (2, 0 | 2) => out.push((acc >> 4) as u8),
        (3, 0 | 1) => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => return None,
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives its bytes `step` at a time, to cut messages anywhere.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn all_frames(data: &[u8], step: usize) -> io::Result<Vec<Vec<u8>>> {
        let mut frames = Frames::new(Trickle { data, step });
        let mut out = Vec::new();
        while let Some(f) = frames.next_frame()? {
            out.push(f);
        }
        Ok(out)
    }

    #[test]
    fn messages_come_out_whole_however_the_reads_cut_them() {
        let big = vec![b'x'; 200_000];
        let mut data = Vec::new();
        for m in [&b"{\"id\":1}"[..], b"", b"{\"method\":\"a\"}", &big] {
            data.extend_from_slice(m);
            data.push(0);
        }
        for step in [1, 2, 3, 7, 64 * 1024, usize::MAX] {
            let frames = all_frames(&data, step).unwrap();
            assert_eq!(frames.len(), 4, "step {step}");
            assert_eq!(frames[0], b"{\"id\":1}");
            assert_eq!(frames[1], b"");
            assert_eq!(frames[2], b"{\"method\":\"a\"}");
            assert_eq!(frames[3], big);
        }
    }

    #[test]
    fn nothing_is_no_message_and_a_cut_message_is_an_error() {
        assert!(all_frames(b"", 5).unwrap().is_empty());
        let err = all_frames(b"{\"id\":1}\0{\"id\":", 4).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
    }

    #[test]
    fn base64_round_trips_every_length() {
        // Encoded by hand here, so that the decoder is checked against an
        // independent encoder.
        fn encode(data: &[u8]) -> String {
            const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut s = String::new();
            for chunk in data.chunks(3) {
                let b = [
                    chunk[0],
                    *chunk.get(1).unwrap_or(&0),
                    *chunk.get(2).unwrap_or(&0),
                ];
                let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
                for i in 0..4 {
                    if i <= chunk.len() {
                        s.push(ABC[(v >> (18 - 6 * i) & 63) as usize] as char);
                    } else {
                        s.push('=');
                    }
                }
            }
            s
        }
        let data: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..data.len() {
            let text = encode(&data[..len]);
            assert_eq!(base64(text.as_bytes()).as_deref(), Some(&data[..len]));
            let unpadded = text.trim_end_matches('=');
            assert_eq!(base64(unpadded.as_bytes()).as_deref(), Some(&data[..len]));
        }
    }

    #[test]
    fn base64_known_values_and_bad_input() {
        assert_eq!(base64(b"").unwrap(), b"");
        assert_eq!(base64(b"Zg==").unwrap(), b"f");
        assert_eq!(base64(b"Zm8=").unwrap(), b"fo");
        assert_eq!(base64(b"Zm9v").unwrap(), b"foo");
        assert_eq!(base64(b"JVBERi0xLjQK").unwrap(), b"%PDF-1.4\n");
        assert_eq!(base64(b"Zm9v\nYmFy").unwrap(), b"foobar");
        assert_eq!(base64(b"+/+/").unwrap(), [0xfb, 0xff, 0xbf]);
        assert_eq!(base64(b"Zm9v!"), None, "not an alphabet character");
        assert_eq!(base64(b"Zg==Zm9v"), None, "padding in the middle");
        assert_eq!(base64(b"Zm9vY"), None, "a lone last character");
        assert_eq!(base64(b"Zm9=="), None, "too much padding");
        assert_eq!(base64(b"Zm-_"), None, "the URL alphabet is not this one");
    }
}
