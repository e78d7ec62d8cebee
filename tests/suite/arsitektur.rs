//! The shape of `src/`: no import circle between files, and no file too
//! long to read in one sitting.
//!
//! A file imports another when its non-test code names a path into it:
//! `crate::a::b`, `super::x`, `self::x`, a child module declared with
//! `mod x;`, or a name brought in by a `use` (groups `{..}` expanded). A
//! path belongs to the deepest file module it names, so
//! `crate::content::Sop` is an import of `content/mod.rs` (the parent's
//! re-export), and `crate::content::model::Sop` of `content/model.rs`.
//! Test code (everything from the first `#[cfg(test)]`), comments and
//! string literals are left out. `main.rs` is its own crate: its lines are
//! counted, its imports are not part of the library's graph.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Non-test lines allowed in one file under `src/`.
const MAX_LINES: usize = 1_000;
/// Non-test lines allowed in `src/main.rs`: the command line only.
const MAX_MAIN_LINES: usize = 250;

type Module = Vec<String>;

/// Every `.rs` file under `dir`, by its path relative to `dir`.
fn sources(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                out.insert(
                    path.strip_prefix(dir).expect("under dir").to_path_buf(),
                    text,
                );
            }
        }
    }
    out
}

/// The code before the first `#[cfg(test)]`.
fn non_test(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

fn non_test_lines(text: &str) -> usize {
    non_test(text).lines().count()
}

/// The module a file under `src/` defines: `a/b.rs` and `a/b/mod.rs` are
/// `a::b`, `lib.rs` the crate root. `None` for the binary's files.
fn module_of(rel: &Path) -> Option<Module> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") || parts == ["main.rs"] {
        return None;
    }
    let last = parts.pop()?;
    let stem = last.strip_suffix(".rs")?;
    if !(stem == "mod" || (parts.is_empty() && stem == "lib")) {
        parts.push(stem.to_string());
    }
    Some(parts)
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    /// `::`
    Path,
    Punct(char),
}

/// The identifiers and punctuation of `code`, without comments, string,
/// byte-string and character literals, and lifetimes.
fn tokens(code: &str) -> Vec<Token> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let ident_char = |c: u8| c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80;
    while i < b.len() {
        let c = b[i];
        match c {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'"' => i = skip_string(b, i + 1),
            b'\'' => {
                // A character literal ('a', '\n', '\u{..}') or a lifetime.
                if b.get(i + 1) == Some(&b'\\') {
                    i += 3;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    let ch = code[i + 1..].chars().next().map_or(1, char::len_utf8);
                    if b.get(i + 1 + ch) == Some(&b'\'') {
                        i += ch + 2;
                    } else {
                        i += 1;
                        while i < b.len() && ident_char(b[i]) {
                            i += 1;
                        }
                    }
                }
            }
            b':' if b.get(i + 1) == Some(&b':') => {
                out.push(Token::Path);
                i += 2;
            }
            b'$' if b[i + 1..].starts_with(b"crate") => {
                out.push(Token::Ident("crate".into()));
                i += 6;
            }
            _ if ident_char(c) => {
                let start = i;
                while i < b.len() && ident_char(b[i]) {
                    i += 1;
                }
                let word = &code[start..i];
                // Raw strings and byte strings: r"..", r#".."#, b"..", br#".."#.
                let raw = matches!(word, "r" | "br" | "cr");
                if raw && matches!(b.get(i), Some(b'"' | b'#')) {
                    let hashes = b[i..].iter().take_while(|&&h| h == b'#').count();
                    i += hashes + 1;
                    let mut end = vec![b'"'];
                    end.extend(std::iter::repeat_n(b'#', hashes));
                    while i < b.len() && !b[i..].starts_with(&end) {
                        i += 1;
                    }
                    i += end.len();
                } else if matches!(word, "b" | "c") && b.get(i) == Some(&b'"') {
                    i = skip_string(b, i + 1);
                } else if word == "b" && b.get(i) == Some(&b'\'') {
                    i += 1;
                    if b.get(i) == Some(&b'\\') {
                        i += 1;
                    }
                    i += 1;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if !c.is_ascii_digit() {
                    out.push(Token::Ident(word.to_string()));
                }
            }
            _ if c.is_ascii_whitespace() => i += 1,
            _ => {
                out.push(Token::Punct(c as char));
                i += 1;
            }
        }
    }
    out
}

/// The index after the closing quote of a string whose body starts at `i`.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// What every file may name: the file modules, and the exported macros
/// (`crate::pesan!` is the file that defines `pesan`, not the crate root).
struct Crate {
    files: BTreeSet<Module>,
    macros: BTreeMap<String, Module>,
}

/// What a file's non-test code imports from the crate.
struct Imports<'a> {
    here: &'a Module,
    krate: &'a Crate,
    /// Child modules declared in this file with `mod x;`.
    children: BTreeSet<String>,
    /// Names a `use` brought in from the crate, with the path they stand for.
    aliases: BTreeMap<String, Module>,
    found: BTreeSet<(Module, String)>,
}

impl Imports<'_> {
    /// `path` made absolute (from the crate root), or `None` when it
    /// names another crate.
    fn absolute(&self, path: &[String]) -> Option<Module> {
        let (first, rest) = path.split_first()?;
        let mut base: Module = match first.as_str() {
            "crate" => Vec::new(),
            "self" => self.here.clone(),
            "super" => {
                let mut b = self.here.clone();
                b.pop();
                b
            }
            name if self.children.contains(name) => {
                let mut b = self.here.clone();
                b.push(name.to_string());
                b
            }
            name => self.aliases.get(name)?.clone(),
        };
        let mut rest = rest;
        while let Some((s, r)) = rest.split_first()
            && s == "super"
        {
            base.pop();
            rest = r;
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn add(&mut self, path: &[String]) -> Option<Module> {
        let mut abs = self.absolute(path)?;
        if let [name] = abs.as_slice()
            && let Some(home) = self.krate.macros.get(name)
        {
            abs = home.clone();
        }
        self.found.insert((abs.clone(), path.join("::")));
        Some(abs)
    }

    /// A `use` tree starting at `t[i]`, under `prefix`; returns the index
    /// after it.
    fn use_tree(&mut self, t: &[Token], mut i: usize, prefix: &[String]) -> usize {
        let mut path = prefix.to_vec();
        loop {
            match t.get(i) {
                Some(Token::Ident(s)) => {
                    path.push(s.clone());
                    i += 1;
                }
                Some(Token::Path) => i += 1,
                Some(Token::Punct('{')) => {
                    i += 1;
                    while !matches!(t.get(i), Some(Token::Punct('}')) | None) {
                        i = self.use_tree(t, i, &path);
                        if t.get(i) == Some(&Token::Punct(',')) {
                            i += 1;
                        }
                    }
                    return i + 1;
                }
                Some(Token::Punct('*')) => {
                    self.add(&path);
                    return i + 1;
                }
                _ => break,
            }
        }
        // `a::b as c`: the parser above took `as` and `c` as segments.
        let mut name = path.last().cloned();
        if path.len() >= 3 && path[path.len() - 2] == "as" {
            name = path.pop();
            path.pop();
        }
        if path.last().is_some_and(|s| s == "self") {
            path.pop();
            if name.as_deref() == Some("self") {
                name = path.last().cloned();
            }
        }
        if let Some(abs) = self.add(&path)
            && let Some(name) = name
            && name != "_"
        {
            self.aliases.insert(name, abs);
        }
        i
    }
}

/// The modules `code` (the non-test code of module `here`) imports, each
/// with one path that names it.
fn imports_of(here: &Module, code: &str, krate: &Crate) -> BTreeMap<Module, String> {
    let t = tokens(code);
    let mut imports = Imports {
        here,
        krate,
        children: BTreeSet::new(),
        aliases: BTreeMap::new(),
        found: BTreeSet::new(),
    };
    for w in t.windows(3) {
        if let [Token::Ident(m), Token::Ident(name), Token::Punct(';')] = w
            && m == "mod"
        {
            imports.children.insert(name.clone());
        }
    }
    // The `use` items first: a name they bring in may be used above them.
    let mut uses = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if t[i] == Token::Ident("use".into()) {
            let end = imports.use_tree(&t, i + 1, &[]);
            uses.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
    // Then every other path in the code, `a::b::c` (not the tail of a
    // longer path).
    let mut i = 0;
    while i < t.len() {
        if let Some(u) = uses.iter().find(|u| u.contains(&i)) {
            i = u.end;
            continue;
        }
        let after_path = i > 0 && t[i - 1] == Token::Path;
        match &t[i] {
            Token::Ident(first) if !after_path => {
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while t.get(j) == Some(&Token::Path)
                    && let Some(Token::Ident(s)) = t.get(j + 1)
                {
                    path.push(s.clone());
                    j += 2;
                }
                if path.len() > 1 {
                    imports.add(&path);
                }
                i = j;
            }
            _ => i += 1,
        }
    }
    let mut out = BTreeMap::new();
    for (abs, written) in imports.found {
        // The deepest file module the path names.
        let target = (0..=abs.len())
            .rev()
            .map(|k| abs[..k].to_vec())
            .find(|m| krate.files.contains(m))
            .unwrap_or_default();
        if &target != here {
            out.entry(target).or_insert(written);
        }
    }
    out
}

/// The import graph of the library: module → (module it imports → a path
/// that names it).
fn graph(files: &BTreeMap<PathBuf, String>) -> BTreeMap<Module, BTreeMap<Module, String>> {
    let modules: BTreeMap<Module, &str> = files
        .iter()
        .filter_map(|(rel, text)| Some((module_of(rel)?, non_test(text))))
        .collect();
    let mut macros = BTreeMap::new();
    for (m, code) in &modules {
        for w in tokens(code).windows(3) {
            if let [Token::Ident(k), Token::Punct('!'), Token::Ident(name)] = w
                && k == "macro_rules"
            {
                macros.insert(name.clone(), m.clone());
            }
        }
    }
    let krate = Crate {
        files: modules.keys().cloned().collect(),
        macros,
    };
    modules
        .iter()
        .map(|(m, code)| (m.clone(), imports_of(m, code, &krate)))
        .collect()
}

/// The strongly connected components of more than one module (Tarjan).
fn circles(graph: &BTreeMap<Module, BTreeMap<Module, String>>) -> Vec<Vec<Module>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<Module, BTreeMap<Module, String>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        on_stack: BTreeSet<&'g Module>,
        found: Vec<Vec<Module>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flat_map(BTreeMap::keys) {
                if !self.graph.contains_key(w) {
                    continue;
                }
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found.sort();
    walk.found
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

/// A circle, with the imports that close it: `a → b (crate::b::X)`.
fn describe(circle: &[Module], graph: &BTreeMap<Module, BTreeMap<Module, String>>) -> String {
    let members: BTreeSet<&Module> = circle.iter().collect();
    let mut out = format!(
        "circle: {}\n",
        circle.iter().map(name).collect::<Vec<_>>().join(" ↔ ")
    );
    for m in circle {
        for (to, written) in &graph[m] {
            if members.contains(to) {
                out += &format!("    {} → {} ({written})\n", name(m), name(to));
            }
        }
    }
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_import_circle_between_files() {
    let files = sources(&src());
    let graph = graph(&files);
    // The walk must have seen the crate: a broken path would pass vacuously.
    assert!(graph.len() > 20, "only {} modules found", graph.len());
    assert!(
        graph.values().map(BTreeMap::len).sum::<usize>() > 50,
        "hardly any imports found: the parser is broken"
    );
    let found: Vec<String> = circles(&graph)
        .iter()
        .map(|c| describe(c, &graph))
        .collect();
    assert!(
        found.is_empty(),
        "import circles under src/ (break them with a leaf module, or by \
         importing a sibling directly instead of the parent's re-export):\n{}",
        found.join("\n")
    );
}

#[test]
fn no_file_too_long() {
    let files = sources(&src());
    let mut long = Vec::new();
    for (rel, text) in &files {
        let max = if rel == Path::new("main.rs") {
            MAX_MAIN_LINES
        } else {
            MAX_LINES
        };
        let n = non_test_lines(text);
        if n > max {
            long.push(format!(
                "src/{}: {n} lines of non-test code (at most {max})",
                rel.display()
            ));
        }
    }
    assert!(
        files.contains_key(Path::new("main.rs")),
        "src/main.rs not seen"
    );
    assert!(long.is_empty(), "split by meaning:\n{}", long.join("\n"));
}

// The checker itself, on small made-up crates.

fn crate_of(files: &[(&str, &str)]) -> BTreeMap<PathBuf, String> {
    files
        .iter()
        .map(|(p, t)| (PathBuf::from(p), t.to_string()))
        .collect()
}

fn m(path: &str) -> Module {
    path.split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn modules_are_named_by_their_files() {
    assert_eq!(module_of(Path::new("lib.rs")), Some(m("")));
    assert_eq!(module_of(Path::new("a.rs")), Some(m("a")));
    assert_eq!(module_of(Path::new("a/mod.rs")), Some(m("a")));
    assert_eq!(module_of(Path::new("a/b/c.rs")), Some(m("a::b::c")));
    assert_eq!(module_of(Path::new("a/lib.rs")), Some(m("a::lib")));
    assert_eq!(module_of(Path::new("main.rs")), None);
    assert_eq!(module_of(Path::new("bin/x.rs")), None);
}

#[test]
fn finds_imports_however_they_are_written() {
    let files = crate_of(&[
        (
            "lib.rs",
            "pub mod a; pub mod b; pub mod c; pub mod d; pub mod e;",
        ),
        ("a/mod.rs", "pub mod x; pub mod y; mod z;\nuse x::Thing;\n"),
        (
            "a/x.rs",
            "use super::y::{self, Other as O};\nfn f() { y::g(); }",
        ),
        ("a/y.rs", "fn f() { super::super::b::go(); }"),
        (
            "a/z.rs",
            "use crate::{c::{self}, d::*};\nfn f() { c::deep::call() }",
        ),
        ("b.rs", "use crate::a;\nfn f() { a::z::run(); }"),
        ("c.rs", "fn f() { std::mem::drop(1); serde::x(); }"),
        (
            "d.rs",
            "fn f() { crate::e::go(); }\n#[cfg(test)]\nmod tests { use crate::a::x; }",
        ),
        ("e.rs", "pub fn go() {}"),
    ]);
    let g = graph(&files);
    let targets = |from: &str| -> Vec<String> { g[&m(from)].keys().map(name).collect() };
    assert_eq!(targets("a"), ["a::x"]);
    assert_eq!(targets("a::x"), ["a::y"]);
    assert_eq!(targets("a::y"), ["b"]);
    assert_eq!(targets("a::z"), ["c", "d"]);
    assert_eq!(targets("b"), ["a", "a::z"]);
    assert!(targets("c").is_empty(), "std and other crates are not ours");
    assert_eq!(targets("d"), ["e"], "test code is left out");
    assert!(targets("").is_empty(), "`mod` declarations are not imports");
}

#[test]
fn comments_strings_and_lifetimes_are_not_code() {
    let files = crate_of(&[
        ("lib.rs", "pub mod a; pub mod b;"),
        (
            "a.rs",
            concat!(
                "// crate::b::x\n/* crate::b /* nested */ crate::b */\n",
                "/// crate::b::doc\n",
                "fn f<'a>(s: &'a str) -> char { let _ = \"crate::b::s \\\" crate::b\"; ",
                "let _ = r#\"crate::b \"quoted\" \"#; let _ = b\"crate::b\"; '\"' }\n",
                "fn g() { crate::b::real() }",
            ),
        ),
        ("b.rs", "fn f() { let c = '\\''; let d = 'x'; }"),
    ]);
    let g = graph(&files);
    assert_eq!(
        g[&m("a")].iter().collect::<Vec<_>>(),
        [(&m("b"), &"crate::b::real".to_string())]
    );
}

#[test]
fn a_circle_is_named_with_the_imports_that_close_it() {
    let files = crate_of(&[
        ("lib.rs", "pub mod a; pub mod b; pub mod c; pub mod leaf;"),
        ("a.rs", "use crate::b::B;"),
        ("b.rs", "use crate::c::C; use crate::leaf::L;"),
        ("c.rs", "fn f() -> crate::a::A { todo!() }"),
        ("leaf.rs", "pub struct L;"),
    ]);
    let g = graph(&files);
    let found = circles(&g);
    assert_eq!(found, [vec![m("a"), m("b"), m("c")]]);
    let text = describe(&found[0], &g);
    assert!(text.contains("a ↔ b ↔ c"), "{text}");
    assert!(text.contains("c → a (crate::a::A)"), "{text}");
    assert!(!text.contains("leaf"), "{text}");

    // A parent's re-export used by a child the parent uses closes a
    // circle; the sibling imported directly does not.
    let through_parent = crate_of(&[
        ("lib.rs", "pub mod p;"),
        (
            "p/mod.rs",
            "pub mod m; pub mod n; pub use m::Model; pub use n::go;",
        ),
        ("p/m.rs", "pub struct Model;"),
        ("p/n.rs", "use crate::p::Model;"),
    ]);
    assert_eq!(circles(&graph(&through_parent)), [vec![m("p"), m("p::n")]]);
    let direct = crate_of(&[
        ("lib.rs", "pub mod p;"),
        (
            "p/mod.rs",
            "pub mod m; pub mod n; pub use m::Model; pub use n::go;",
        ),
        ("p/m.rs", "pub struct Model;"),
        ("p/n.rs", "use crate::p::m::Model;"),
    ]);
    assert!(circles(&graph(&direct)).is_empty());
}

#[test]
fn an_exported_macro_is_its_own_files() {
    // `crate::say!` names b.rs, where `say` is defined; taken as the crate
    // root, it would close a circle with the root's re-export of `a`.
    let files = crate_of(&[
        ("lib.rs", "pub mod a; pub mod b; pub use a::Thing;"),
        ("a.rs", "pub struct Thing; fn f() { crate::say!(\"x\") }"),
        (
            "b.rs",
            "#[macro_export]\nmacro_rules! say { ($e:expr) => { $crate::b::out($e) } }\npub fn out(_: &str) {}",
        ),
    ]);
    let g = graph(&files);
    assert_eq!(g[&m("a")].keys().map(name).collect::<Vec<_>>(), ["b"]);
    assert!(circles(&g).is_empty());
}

#[test]
fn lines_are_counted_up_to_the_tests() {
    assert_eq!(non_test_lines("a\nb\n#[cfg(test)]\nmod tests {\n}\n"), 2);
    assert_eq!(non_test_lines("a\nb\nc"), 3);
}
