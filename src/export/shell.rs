//! POSIX shell words: quoting a value so a shell passes it through unchanged, and splitting a pasted
//! command line back into words (single, double and `$'…'` quotes, backslashes, line continuations).

/// `text` as one shell word — the one quoting function of every export that writes a command, for
/// every piece that comes from a document or a spec. Bare when it holds only characters no shell
/// treats specially (and does not start with zsh's `=`), in single quotes otherwise (a `'` inside
/// becomes `'\''`), and as `$'…'` with byte escapes when it holds control characters, so none
/// reaches the terminal raw and the result does not depend on the shell's locale.
pub fn quote(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_.,/:=@%+".contains(c);
    if !text.is_empty() && !text.starts_with('=') && text.chars().all(plain) {
        text.to_owned()
    } else if text.chars().any(char::is_control) {
        let mut out = String::from("$'");
        for c in text.chars() {
            match c {
                '\\' | '\'' => {
                    out.push('\\');
                    out.push(c);
                }
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                // `!` too: an interactive bash may expand history inside `$'…'`.
                c if c.is_control() || c == '!' => {
                    let mut utf8 = [0; 4];
                    for b in c.encode_utf8(&mut utf8).bytes() {
                        out.push_str(&format!("\\x{b:02x}"));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('\'');
        out
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Words joined one per line with ` \` continuations, the first line holding `head`.
pub fn lines(head: &str, words: &[String]) -> String {
    let mut out = head.to_owned();
    for w in words {
        out.push_str(" \\\n  ");
        out.push_str(w);
    }
    out.push('\n');
    out
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Unterminated(&'static str);

impl Unterminated {
    fn describe(&self) -> String {
        match self.0 {
            "single" => crate::t!("cli-import-unterminated-single"),
            "double" => crate::t!("cli-import-unterminated-double"),
            quote => crate::t!("cli-import-unterminated", quote = quote),
        }
    }
}

/// Splits a command line into words as a POSIX shell would (no expansion). `\r` is treated as
/// whitespace so text copied on Windows splits the same.
pub fn split(text: &str) -> Result<Vec<String>, Unterminated> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\n') => {}
                Some('\r') => {
                    chars.next_if_eq(&'\n');
                }
                Some(next) => {
                    word.push(next);
                    in_word = true;
                }
                None => {}
            },
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => word.push(ch),
                        None => return Err(Unterminated("single")),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(e @ ('"' | '\\' | '$' | '`')) => word.push(e),
                            Some('\n') => {}
                            Some(other) => {
                                word.push('\\');
                                word.push(other);
                            }
                            None => return Err(Unterminated("double")),
                        },
                        Some(ch) => word.push(ch),
                        None => return Err(Unterminated("double")),
                    }
                }
            }
            '$' if chars.peek() == Some(&'\'') => {
                chars.next();
                in_word = true;
                ansi_c(&mut chars, &mut word)?;
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

/// The body of a `$'…'` word (browsers' "copy as cURL" uses it for bodies with odd characters).
/// `\xHH` escapes are bytes, so a run of them spells one UTF-8 character (as `quote` writes them).
fn ansi_c(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, word: &mut String) -> Result<(), Unterminated> {
    let mut bytes = Vec::new();
    let push = |bytes: &mut Vec<u8>, ch: char| bytes.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
    loop {
        match chars.next() {
            Some('\'') => {
                word.push_str(&String::from_utf8_lossy(&bytes));
                return Ok(());
            }
            Some('\\') => {
                let Some(e) = chars.next() else { return Err(Unterminated("$'")) };
                match e {
                    'n' => bytes.push(b'\n'),
                    't' => bytes.push(b'\t'),
                    'r' => bytes.push(b'\r'),
                    '0' => bytes.push(0),
                    'x' | 'u' | 'U' => {
                        let max = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let mut digits = String::new();
                        while digits.len() < max && chars.peek().is_some_and(char::is_ascii_hexdigit) {
                            digits.extend(chars.next());
                        }
                        let value = u32::from_str_radix(&digits, 16).ok();
                        match (e, value.and_then(|v| u8::try_from(v).ok()), value.and_then(char::from_u32)) {
                            ('x', Some(byte), _) => bytes.push(byte),
                            ('u' | 'U', _, Some(ch)) => push(&mut bytes, ch),
                            _ => {
                                bytes.push(b'\\');
                                push(&mut bytes, e);
                                bytes.extend_from_slice(digits.as_bytes());
                            }
                        }
                    }
                    other => push(&mut bytes, other),
                }
            }
            Some(ch) => push(&mut bytes, ch),
            None => return Err(Unterminated("$'")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_round_trips_through_split() {
        for text in [
            "plain",
            "",
            "a b",
            "it's",
            r#"{"a":"b c","d":['x']}"#,
            "中文 ✓",
            "$HOME `x` \\n",
            "tab\there",
            "esc\u{1b}[31m'\\\n\u{85}",
            "=cmd",
            "c1 \u{9b}31m and bang!",
        ] {
            let q = quote(text);
            assert_eq!(split(&q).expect("splits"), vec![text.to_owned()], "{q}");
        }
        assert_eq!(quote("https://h/x?a=b"), "'https://h/x?a=b'", "? and & are special to the shell");
        assert_eq!(quote("--flag=v"), "--flag=v");
        assert_eq!(quote("a\u{1b}b"), "$'a\\x1bb'", "no raw escape reaches the terminal");
        assert_eq!(quote("\u{85}!"), "$'\\xc2\\x85\\x21'", "C1 controls as UTF-8 bytes, whatever the locale");
        assert_eq!(quote("=ls"), "'=ls'", "zsh expands a bare leading =");
    }

    #[test]
    fn split_handles_continuations_and_ansi_c() {
        let cmd = "curl -X POST \\\n  'https://h/?a=1' \\\r\n  -H \"x-y: \\\"q\\\"\" --data-raw $'{\"a\":\"\\u4e2d\\n\\x41\\'\"}'";
        assert_eq!(
            split(cmd).expect("splits"),
            ["curl", "-X", "POST", "https://h/?a=1", "-H", "x-y: \"q\"", "--data-raw", "{\"a\":\"中\nA'\"}"]
        );
        assert_eq!(split("a\\ b c''"), Ok(vec!["a b".to_owned(), "c".to_owned()]));
        assert_eq!(split("'open"), Err(Unterminated("single")));
        assert_eq!(split("\"open"), Err(Unterminated("double")));
        assert_eq!(split("$'\\u{zz"), Err(Unterminated("$'")));
    }
}
