//! Making untrusted text safe for the terminal: control characters and escape sequences from servers
//! or files are replaced, so they can never move the cursor, recolour or retitle the terminal; and
//! JSON printed with every control character escaped. The one sanitizer of every command and pane.

/// Replaces every control character except newline and tab with `�`, dropping whole ANSI escape
/// sequences (ESC followed by its parameters) so no fragment of one survives.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\u{1b}' => {
                out.push('�');
                match chars.peek() {
                    // CSI: parameters, then one final byte in @..~.
                    Some('[') => {
                        chars.next();
                        for c in chars.by_ref() {
                            if ('@'..='~').contains(&c) {
                                break;
                            }
                        }
                    }
                    // OSC / DCS / PM / APC: a string ended by BEL or ESC \.
                    Some(']' | 'P' | '^' | '_') => {
                        while let Some(c) = chars.next() {
                            if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                                break;
                            }
                        }
                    }
                    _ => {}
                }
            }
            c if c.is_control() => out.push('�'),
            c => out.push(c),
        }
    }
    out
}

/// `sanitize` for one line of a pane: a newline shows as `⏎` and a tab as a space, so nothing a
/// document holds can break a row or a box's border.
pub fn sanitize_line(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    sanitize(text).replace('\n', "⏎").replace('\t', " ")
}

/// `value` as pretty JSON with DEL and the C1 controls (U+0080–U+009F) escaped as `\u00XX` too
/// (serde_json escapes only U+0000–U+001F), so printed JSON never carries a raw control character.
pub fn json_pretty(value: &serde_json::Value) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string());
    // Outside strings JSON has only ASCII punctuation and whitespace, so any such character found
    // is inside a string, where the escape means the same character.
    if !text.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escapes_and_controls() {
        assert_eq!(sanitize("ok\n\tfine 中文"), "ok\n\tfine 中文");
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m"), "a�red�");
        assert_eq!(sanitize("t\u{1b}]0;title\u{7}x"), "t�x");
        assert_eq!(sanitize("bell\u{7}\r"), "bell��");
        assert_eq!(sanitize("p\u{1b}]8;;http://x\u{1b}\\link"), "p�link");
        assert_eq!(sanitize("c1 \u{9b}2J \u{85}"), "c1 �2J �");
        assert_eq!(sanitize_line("a\nb\tc\u{1b}[2J"), "a⏎b c�");
    }

    #[test]
    fn json_output_escapes_del_and_c1_controls() {
        let value = serde_json::json!({"k\u{9b}": "v\u{85}\u{7f}\u{1b}", "ok": "中"});
        let text = json_pretty(&value);
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text}");
        assert!(text.contains(r#""k\u009b": "v\u0085\u007f\u001b""#), "{text}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).expect("still JSON"), value);
    }
}
