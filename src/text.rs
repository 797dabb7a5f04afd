//! Making untrusted text safe for the terminal: control characters and escape sequences from servers
//! or files are replaced, so they can never move the cursor, recolour or retitle the terminal.

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
    }
}
