//! The objects of a PDF file, as far as reading its pages and named
//! destinations needs: the syntax of PDF objects (ISO 32000-1 § 7.3), and
//! the file's numbered objects found by scanning it from start to end.
//!
//! Chromium (Skia) writes PDF 1.4: every object on its own (no object
//! streams), a classic cross-reference table, `/Dests` in the catalog. The
//! scan does not trust the cross-reference table (a file cut short or
//! written twice still reads) and also opens object streams, in case a
//! later Skia packs its objects into them.

use std::collections::HashMap;
use std::ops::Range;

/// A PDF object. Names and strings are their bytes, escapes undone.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Name(Vec<u8>),
    Str(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    /// An indirect reference: object number, generation.
    Ref(u32, u16),
}

/// A dictionary, its entries in the file's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Dict(pub(crate) Vec<(Vec<u8>, Obj)>);

impl Dict {
    pub(crate) fn get(&self, key: &[u8]) -> Option<&Obj> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl Obj {
    pub(crate) fn as_dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) => Some(d),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Obj]> {
        match self {
            Obj::Array(a) => Some(a),
            _ => None,
        }
    }

    pub(crate) fn as_num(&self) -> Option<f64> {
        match self {
            Obj::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub(crate) fn is_name(&self, name: &[u8]) -> bool {
        matches!(self, Obj::Name(n) if n == name)
    }
}

/// How deep arrays and dictionaries may nest (a hostile file cannot blow
/// the stack).
const MAX_DEPTH: usize = 100;

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_space(b) && !is_delimiter(b)
}

/// Reads objects from bytes, from a position on.
pub(crate) struct Lexer<'a> {
    b: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(b: &'a [u8], pos: usize) -> Lexer<'a> {
        Lexer { b, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    /// Skips white space and comments.
    pub(crate) fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            if is_space(c) {
                self.pos += 1;
            } else if c == b'%' {
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The run of regular characters at the position (a keyword or a
    /// number), not consumed.
    fn word(&self) -> &'a [u8] {
        let end = self.b[self.pos..]
            .iter()
            .position(|&c| !is_regular(c))
            .map_or(self.b.len(), |n| self.pos + n);
        &self.b[self.pos..end]
    }

    /// Consumes `keyword` if it stands next, as a whole word.
    pub(crate) fn keyword(&mut self, keyword: &[u8]) -> bool {
        self.skip_space();
        if self.word() == keyword {
            self.pos += keyword.len();
            true
        } else {
            false
        }
    }

    /// An unsigned integer standing next, as a whole word.
    fn uint(&mut self) -> Option<u64> {
        self.skip_space();
        let w = self.word();
        if w.is_empty() || w.len() > 10 || !w.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.pos += w.len();
        std::str::from_utf8(w).ok()?.parse().ok()
    }

    /// The next object, or `None` where there is none (a syntax error, a
    /// keyword that is not an object, the end).
    pub(crate) fn object(&mut self) -> Option<Obj> {
        self.object_at(0)
    }

    fn object_at(&mut self, depth: usize) -> Option<Obj> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        let c = self.peek()?;
        match c {
            b'/' => {
                self.pos += 1;
                Some(Obj::Name(self.name()))
            }
            b'(' => {
                self.pos += 1;
                self.literal_string().map(Obj::Str)
            }
            b'<' if self.b.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                let mut dict = Vec::new();
                loop {
                    self.skip_space();
                    if self.b[self.pos..].starts_with(b">>") {
                        self.pos += 2;
                        return Some(Obj::Dict(Dict(dict)));
                    }
                    if self.peek()? != b'/' {
                        return None;
                    }
                    self.pos += 1;
                    let key = self.name();
                    let value = self.object_at(depth + 1)?;
                    dict.push((key, value));
                }
            }
            b'<' => {
                self.pos += 1;
                self.hex_string().map(Obj::Str)
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.peek()? == b']' {
                        self.pos += 1;
                        return Some(Obj::Array(items));
                    }
                    items.push(self.object_at(depth + 1)?);
                }
            }
            _ => self.number_or_keyword(),
        }
    }

    fn number_or_keyword(&mut self) -> Option<Obj> {
        let w = self.word();
        match w {
            b"true" | b"false" | b"null" => {
                self.pos += w.len();
                return Some(match w {
                    b"true" => Obj::Bool(true),
                    b"false" => Obj::Bool(false),
                    _ => Obj::Null,
                });
            }
            _ => {}
        }
        let number: f64 = std::str::from_utf8(w)
            .ok()
            .filter(|s| s.bytes().all(|c| c.is_ascii_digit() || b"+-.".contains(&c)))?
            .parse()
            .ok()
            .or_else(|| (w == b"-" || w == b".").then_some(0.0))?;
        let after = self.pos + w.len();
        // `n g R` is a reference: look ahead for the other two words.
        if w.iter().all(u8::is_ascii_digit) {
            let mut ahead = Lexer::new(self.b, after);
            if let (Some(num), Some(gen_)) = (u32::try_from(number as u64).ok(), ahead.uint())
                && let Ok(gen_) = u16::try_from(gen_)
                && ahead.keyword(b"R")
            {
                self.pos = ahead.pos;
                return Some(Obj::Ref(num, gen_));
            }
        }
        self.pos = after;
        Some(Obj::Num(number))
    }

    /// A name after its `/`: `#xx` escapes undone.
    fn name(&mut self) -> Vec<u8> {
        let raw = self.word();
        self.pos += raw.len();
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'#'
                && let Some(v) = raw.get(i + 1..i + 3).and_then(hex_pair)
            {
                out.push(v);
                i += 3;
            } else {
                out.push(raw[i]);
                i += 1;
            }
        }
        out
    }

    /// A `( )` string after its `(`: nested parentheses, escapes, and
    /// line ends read as the standard says.
    fn literal_string(&mut self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            let c = self.peek()?;
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' if depth == 0 => return Some(out),
                b')' => {
                    depth -= 1;
                    out.push(c);
                }
                b'\\' => {
                    let e = self.peek()?;
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        // A backslash at the end of a line continues it.
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                // Any line end in a string is a plain LF.
                b'\r' => {
                    if self.peek() == Some(b'\n') {
                        self.pos += 1;
                    }
                    out.push(b'\n');
                }
                _ => out.push(c),
            }
        }
    }

    /// A `< >` string after its `<`: hex digits, white space skipped, an
    /// odd last digit followed by 0.
    fn hex_string(&mut self) -> Option<Vec<u8>> {
        let mut digits = Vec::new();
        loop {
            let c = self.peek()?;
            self.pos += 1;
            match c {
                b'>' => break,
                c if is_space(c) => {}
                c if c.is_ascii_hexdigit() => digits.push(c),
                _ => return None,
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(b'0');
        }
        digits.chunks(2).map(hex_pair).collect()
    }
}

fn hex_pair(pair: &[u8]) -> Option<u8> {
    let s = std::str::from_utf8(pair).ok()?;
    u8::from_str_radix(s, 16).ok()
}

/// A numbered object of the file, and where its stream's bytes are.
#[derive(Debug)]
pub(crate) struct Stored {
    pub(crate) obj: Obj,
    pub(crate) stream: Option<Range<usize>>,
}

/// A PDF file's numbered objects and trailer dictionaries.
pub(crate) struct Doc<'a> {
    bytes: &'a [u8],
    objects: HashMap<u32, Stored>,
    /// The `trailer` dictionaries and cross-reference streams' dictionaries,
    /// in the file's order.
    pub(crate) trailers: Vec<Dict>,
}

/// At most this many objects decompressed out of object streams, and this
/// many bytes from one stream (a hostile file cannot fill the memory).
const MAX_UNPACKED: usize = 256 << 20;

impl<'a> Doc<'a> {
    /// Every `n g obj ... endobj` of the file, the later of two with one
    /// number winning (as an incremental update's does), and the objects
    /// packed in object streams where no object of theirs stands alone.
    pub(crate) fn scan(bytes: &'a [u8]) -> Doc<'a> {
        let mut doc = Doc {
            bytes,
            objects: HashMap::new(),
            trailers: Vec::new(),
        };
        let mut streams = Vec::new();
        let mut pos = 0;
        while let Some(found) = find(&bytes[pos..], b"obj") {
            let at = pos + found;
            pos = at + 3;
            if bytes.get(at + 3).is_some_and(|&c| is_regular(c)) {
                continue;
            }
            let Some(num) = object_header(bytes, at) else {
                continue;
            };
            let mut lexer = Lexer::new(bytes, at + 3);
            let Some(obj) = lexer.object() else {
                continue;
            };
            let stream = match &obj {
                Obj::Dict(dict) if lexer.keyword(b"stream") => stream_data(bytes, lexer.pos, dict),
                _ => None,
            };
            pos = match &stream {
                Some(data) => {
                    streams.push(data.clone());
                    data.end
                }
                None => lexer.pos,
            };
            if let (Obj::Dict(d), Some(_)) = (&obj, &stream)
                && d.get(b"Type").is_some_and(|t| t.is_name(b"XRef"))
            {
                doc.trailers.push(d.clone());
            }
            doc.objects.insert(num, Stored { obj, stream });
        }
        // `trailer` dictionaries, outside the streams' bytes.
        let mut pos = 0;
        while let Some(found) = find(&bytes[pos..], b"trailer") {
            let at = pos + found;
            pos = at + 7;
            if streams.iter().any(|s| s.contains(&at)) {
                continue;
            }
            if let Some(Obj::Dict(d)) = Lexer::new(bytes, pos).object() {
                doc.trailers.push(d);
            }
        }
        doc.unpack_object_streams();
        doc
    }

    fn unpack_object_streams(&mut self) {
        let mut packed = Vec::new();
        let mut budget = MAX_UNPACKED;
        for stored in self.objects.values() {
            let Obj::Dict(dict) = &stored.obj else {
                continue;
            };
            if !dict.get(b"Type").is_some_and(|t| t.is_name(b"ObjStm")) {
                continue;
            }
            let Some(data) = self.stream_bytes(stored, budget) else {
                continue;
            };
            budget = budget.saturating_sub(data.len());
            let n = dict.get(b"N").and_then(Obj::as_num).unwrap_or(0.0) as usize;
            let first = dict.get(b"First").and_then(Obj::as_num).unwrap_or(0.0) as usize;
            let mut head = Lexer::new(&data, 0);
            for _ in 0..n {
                let (Some(num), Some(offset)) = (head.uint(), head.uint()) else {
                    break;
                };
                let Ok(num) = u32::try_from(num) else { break };
                let at = first.saturating_add(offset as usize);
                if at < data.len()
                    && let Some(obj) = Lexer::new(&data, at).object()
                {
                    packed.push((num, obj));
                }
            }
        }
        for (num, obj) in packed {
            self.objects
                .entry(num)
                .or_insert(Stored { obj, stream: None });
        }
    }

    /// A stream's bytes, decompressed when Flate-compressed (without a
    /// predictor); `None` for other filters.
    fn stream_bytes(&self, stored: &Stored, limit: usize) -> Option<Vec<u8>> {
        let raw = &self.bytes[stored.stream.clone()?];
        let dict = stored.obj.as_dict()?;
        let filters: Vec<&Obj> = match dict.get(b"Filter").map(|f| self.resolve(f)) {
            None | Some(Obj::Null) => Vec::new(),
            Some(Obj::Array(a)) => a.iter().collect(),
            Some(f) => vec![f],
        };
        match filters.as_slice() {
            [] => Some(raw.to_vec()),
            [f] if f.is_name(b"FlateDecode") && dict.get(b"DecodeParms").is_none() => {
                miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(raw, limit).ok()
            }
            _ => None,
        }
    }

    /// Object number `num`.
    pub(crate) fn get(&self, num: u32) -> Option<&Obj> {
        self.objects.get(&num).map(|s| &s.obj)
    }

    /// `obj`, or what it refers to (through references to references); a
    /// reference to nothing is `null`, as the standard says.
    pub(crate) fn resolve<'b>(&'b self, mut obj: &'b Obj) -> &'b Obj {
        for _ in 0..32 {
            match obj {
                Obj::Ref(num, _) => obj = self.get(*num).unwrap_or(&Obj::Null),
                _ => return obj,
            }
        }
        &Obj::Null
    }

    /// The object numbers, for looking through them all.
    pub(crate) fn numbers(&self) -> impl Iterator<Item = u32> + '_ {
        self.objects.keys().copied()
    }
}

/// The object number of the `n g obj` whose `obj` is at `at`.
fn object_header(bytes: &[u8], at: usize) -> Option<u32> {
    let before = &bytes[..at];
    let mut i = before.len();
    let back_over = |i: &mut usize, f: fn(u8) -> bool| {
        let end = *i;
        while *i > 0 && f(before[*i - 1]) {
            *i -= 1;
        }
        end - *i
    };
    if back_over(&mut i, is_space) == 0 || back_over(&mut i, |c| c.is_ascii_digit()) == 0 {
        return None;
    }
    if back_over(&mut i, is_space) == 0 {
        return None;
    }
    let end = i;
    if back_over(&mut i, |c| c.is_ascii_digit()) == 0 {
        return None;
    }
    if i > 0 && is_regular(before[i - 1]) {
        return None;
    }
    std::str::from_utf8(&before[i..end]).ok()?.parse().ok()
}

/// Where the bytes of the stream whose `stream` keyword ends at `pos` are:
/// by its `/Length` when that is a number and `endstream` follows it, else
/// up to the next `endstream`.
fn stream_data(bytes: &[u8], mut pos: usize, dict: &Dict) -> Option<Range<usize>> {
    if bytes[pos..].starts_with(b"\r\n") {
        pos += 2;
    } else if bytes[pos..].starts_with(b"\n") || bytes[pos..].starts_with(b"\r") {
        pos += 1;
    }
    if let Some(len) = dict.get(b"Length").and_then(Obj::as_num)
        && len >= 0.0
        && let Some(end) = pos.checked_add(len as usize)
        && end <= bytes.len()
    {
        let mut after = Lexer::new(bytes, end);
        if after.keyword(b"endstream") {
            return Some(pos..end);
        }
    }
    let end = pos + find(&bytes[pos..], b"endstream")?;
    let mut data_end = end;
    if bytes[..data_end].ends_with(b"\n") {
        data_end -= 1;
    }
    if bytes[..data_end].ends_with(b"\r") {
        data_end -= 1;
    }
    Some(pos..data_end.max(pos))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<Obj> {
        Lexer::new(text.as_bytes(), 0).object()
    }

    fn name(s: &str) -> Obj {
        Obj::Name(s.as_bytes().to_vec())
    }

    #[test]
    fn objects_of_every_kind() {
        assert_eq!(parse(" 12 "), Some(Obj::Num(12.0)));
        assert_eq!(parse("-.5"), Some(Obj::Num(-0.5)));
        assert_eq!(parse("+3.25"), Some(Obj::Num(3.25)));
        assert_eq!(parse("true"), Some(Obj::Bool(true)));
        assert_eq!(parse("null"), Some(Obj::Null));
        assert_eq!(parse("/sop-3"), Some(name("sop-3")));
        assert_eq!(parse("/a#28b#29"), Some(name("a(b)")));
        assert_eq!(parse("/x#2Fy#23z"), Some(name("x/y#z")));
        assert_eq!(parse("11 0 R"), Some(Obj::Ref(11, 0)));
        assert_eq!(
            parse("[11 0 R /XYZ 6 544.70996 0]"),
            Some(Obj::Array(vec![
                Obj::Ref(11, 0),
                name("XYZ"),
                Obj::Num(6.0),
                Obj::Num(544.70996),
                Obj::Num(0.0),
            ]))
        );
        // Two numbers that are not a reference stay two numbers.
        assert_eq!(
            parse("[0 0 841.91998 594.95996]"),
            Some(Obj::Array(vec![
                Obj::Num(0.0),
                Obj::Num(0.0),
                Obj::Num(841.91998),
                Obj::Num(594.95996),
            ]))
        );
        let dict = parse("<</Type /Pages\n/Count 4\n/Kids [2 0 R 9 0 R]>>").unwrap();
        let dict = dict.as_dict().unwrap();
        assert!(dict.get(b"Type").unwrap().is_name(b"Pages"));
        assert_eq!(dict.get(b"Count"), Some(&Obj::Num(4.0)));
        assert_eq!(
            dict.get(b"Kids"),
            Some(&Obj::Array(vec![Obj::Ref(2, 0), Obj::Ref(9, 0)]))
        );
    }

    #[test]
    fn strings_with_their_escapes() {
        let s = |t: &str| match parse(t) {
            Some(Obj::Str(b)) => b,
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(s("(a (nested) b)"), b"a (nested) b");
        assert_eq!(s(r"(\(x\) \\ \n\t\101\0539)"), b"(x) \\ \n\tA+9");
        assert_eq!(s("(one\\\ntwo)"), b"onetwo");
        assert_eq!(s("(cr\r\nlf)"), b"cr\nlf");
        assert_eq!(s("<48 69 2>"), b"Hi ");
        assert_eq!(s("<FEFF0061>"), [0xfe, 0xff, 0, 0x61]);
        assert_eq!(parse("(unclosed"), None);
        assert_eq!(parse("<4G>"), None);
    }

    #[test]
    fn comments_are_space_and_nesting_is_bounded() {
        assert_eq!(
            parse("[1 % a comment ]\n 2]"),
            Some(Obj::Array(vec![Obj::Num(1.0), Obj::Num(2.0)]))
        );
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep), None);
        assert_eq!(parse("<</Key>>"), None, "a key without a value");
        assert_eq!(parse("endobj"), None);
    }

    #[test]
    fn the_scan_finds_objects_streams_and_the_trailer() {
        let data = b"x\x00endobj obj\nbinary";
        let mut pdf = b"%PDF-1.4\n1 0 obj\n<</Length 19>> stream\n".to_vec();
        pdf.extend_from_slice(data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n2 0 obj\n(two)\nendobj\n");
        // A stream whose /Length is wrong is read up to its endstream.
        pdf.extend_from_slice(b"3 0 obj <</Length 999>>stream\r\nabc\r\nendstream endobj\n");
        pdf.extend_from_slice(b"2 0 obj (two again) endobj\n");
        pdf.extend_from_slice(b"xref\n0 1\ntrailer\n<</Root 2 0 R /Size 4>>\n%%EOF\n");
        let doc = Doc::scan(&pdf);
        let one = &doc.objects[&1];
        assert_eq!(&pdf[one.stream.clone().unwrap()], data);
        assert_eq!(doc.get(2), Some(&Obj::Str(b"two again".to_vec())));
        let three = &doc.objects[&3];
        assert_eq!(&pdf[three.stream.clone().unwrap()], b"abc");
        assert_eq!(doc.trailers.len(), 1);
        assert_eq!(doc.trailers[0].get(b"Root"), Some(&Obj::Ref(2, 0)));
        assert_eq!(
            doc.resolve(&Obj::Ref(2, 0)),
            &Obj::Str(b"two again".to_vec())
        );
        assert_eq!(doc.resolve(&Obj::Ref(9, 0)), &Obj::Null);
    }

    #[test]
    fn objects_packed_in_an_object_stream_are_found() {
        let packed = b"10 0 11 19 <</Type /Catalog>> [1 2 3]";
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(packed, 6);
        let mut pdf = format!(
            "%PDF-1.5\n5 0 obj\n<</Type /ObjStm /N 2 /First 11 /Filter /FlateDecode /Length {}>>\nstream\n",
            compressed.len()
        )
        .into_bytes();
        pdf.extend_from_slice(&compressed);
        pdf.extend_from_slice(b"\nendstream\nendobj\n11 0 obj (stands alone) endobj\n");
        let doc = Doc::scan(&pdf);
        let catalog = doc.get(10).and_then(Obj::as_dict).unwrap();
        assert!(catalog.get(b"Type").unwrap().is_name(b"Catalog"));
        assert_eq!(doc.get(11), Some(&Obj::Str(b"stands alone".to_vec())));
    }
}
