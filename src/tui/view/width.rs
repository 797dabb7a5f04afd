//! Text measured in terminal columns, not chars or bytes: a CJK character or an emoji takes two, a
//! combining mark none. Cutting (with `…`), padding and wrapping never split a character, and prose
//! wraps at spaces in English and between any two characters in Chinese (which has no spaces).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `text` takes.
pub fn width(text: &str) -> usize {
    text.width()
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Cuts text to `room` columns, ending in `…` (one column) when cut. Control characters and escape
/// sequences never reach the terminal (`text::sanitize_line`).
pub fn fit(text: &str, room: usize) -> String {
    let text = crate::text::sanitize_line(text);
    if width(&text) <= room {
        return text;
    }
    if room == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w + 1 > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// `fit`, then spaces up to exactly `room` columns: a column that starts at the same place on every
/// row, whatever the script of the text before it.
pub fn pad(text: &str, room: usize) -> String {
    let mut out = fit(text, room);
    let used = width(&out);
    out.extend(std::iter::repeat_n(' ', room.saturating_sub(used)));
    out
}

/// Breaks text into lines of at most `room` columns anywhere between characters: for text where
/// every character matters (signatures, URLs), not prose.
pub fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w > room.max(1) && used > 0 {
            lines.push(String::new());
            used = 0;
        }
        used += w;
        if let Some(line) = lines.last_mut() {
            line.push(c);
        }
    }
    lines
}

/// The places prose may break: a run of spaces, a word of narrow characters, or one wide character
/// (Chinese breaks between any two of its characters).
enum Piece<'a> {
    Space(&'a str),
    Word(&'a str),
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind: Option<bool> = None; // Some(true): spaces, Some(false): a narrow word.
    for (at, c) in text.char_indices() {
        let wide = char_width(c) > 1;
        let this = if c == ' ' {
            Some(true)
        } else if wide {
            None
        } else {
            Some(false)
        };
        if kind != this || this.is_none() {
            if at > start {
                out.push(if kind == Some(true) {
                    Piece::Space(&text[start..at])
                } else {
                    Piece::Word(&text[start..at])
                });
            }
            start = at;
        }
        kind = this;
        if this.is_none() {
            let end = at + c.len_utf8();
            out.push(Piece::Word(&text[at..end]));
            start = end;
        }
    }
    if start < text.len() {
        out.push(if kind == Some(true) { Piece::Space(&text[start..]) } else { Piece::Word(&text[start..]) });
    }
    keep_punctuation_attached(text, out)
}

/// Chinese line breaking (禁则): a closing mark (`，。、：；？！）”…`) never starts a line and an
/// opening one (`（“《`) never ends one, so each is joined to the character beside it.
fn keep_punctuation_attached<'a>(text: &'a str, pieces: Vec<Piece<'a>>) -> Vec<Piece<'a>> {
    const CLOSING: &str = "，。、：；？！）】》」』”’…,.;:!?)]}";
    const OPENING: &str = "（【《「『“‘([{";
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    let mut out: Vec<Piece<'a>> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if let (Piece::Word(word), Some(Piece::Word(last))) = (&piece, out.last()) {
            let touching = offset(last) + last.len() == offset(word);
            let closes = word.chars().next().is_some_and(|c| CLOSING.contains(c));
            let opens = last.chars().next_back().is_some_and(|c| OPENING.contains(c));
            if touching && (closes || opens) {
                let start = offset(last);
                let joined = &text[start..offset(word) + word.len()];
                out.pop();
                out.push(Piece::Word(joined));
                continue;
            }
        }
        out.push(piece);
    }
    out
}

/// Breaks prose into lines of at most `room` columns: at spaces between English words, between
/// any two Chinese characters, and inside a word only when it is longer than a line. Spaces at a
/// break are dropped; a newline always breaks.
pub fn wrap_words(text: &str, room: usize) -> Vec<String> {
    let room = room.max(1);
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let first = lines.len();
        let mut line = String::new();
        let mut gap = "";
        for piece in pieces(paragraph) {
            let word = match piece {
                Piece::Space(s) => {
                    // Indentation at the start of a paragraph is kept; a gap waits for its next word.
                    if line.is_empty() && lines.len() == first {
                        line.push_str(&s[..s.len().min(room)]);
                    } else {
                        gap = s;
                    }
                    continue;
                }
                Piece::Word(w) => w,
            };
            let used = width(&line);
            if used > 0 && used + width(gap) + width(word) > room {
                lines.push(std::mem::take(&mut line));
            } else {
                line.push_str(gap);
            }
            gap = "";
            line.push_str(word);
            if width(&line) > room {
                let mut rows = wrap(&line, room);
                line = rows.pop().unwrap_or_default();
                lines.extend(rows);
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn chinese_punctuation_never_starts_a_line_and_an_opening_mark_never_ends_one() {
        let lines = wrap_words("最多 64 个字符，可包含 a-z、A-Z、0-9", 19);
        assert!(lines.iter().all(|l| !l.starts_with(['、', '，'])), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "最多64个字符，可包含a-z、A-Z、0-9");
        let lines = wrap_words("集群名称（必填）", 10);
        assert!(lines.iter().all(|l| !l.ends_with('（')), "{lines:?}");
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
    }

    #[test]
    fn wide_characters_count_twice_and_the_ellipsis_once() {
        assert_eq!(fit("集群名称", 5), "集群…");
        assert_eq!(fit("集群名称", 8), "集群名称");
        assert_eq!(fit("abc", 3), "abc");
        assert_eq!(fit("abcd", 0), "");
        assert_eq!(pad("地域", 6), "地域  ");
        assert_eq!(pad("可用区ID", 6), "可用… ", "a wide character that does not fit leaves a space");
        assert_eq!(width(&pad("可用区ID", 6)), 6);
    }

    #[test]
    fn wrap_keeps_every_character_within_the_width() {
        assert_eq!(wrap("abcdefg", 3), ["abc", "def", "g"]);
        assert_eq!(wrap("集群名称", 5), ["集群", "名称"]);
        assert_eq!(wrap("", 4), [""]);
    }

    #[test]
    fn english_wraps_at_spaces_and_chinese_between_characters() {
        assert_eq!(wrap_words("the quick brown fox", 10), ["the quick", "brown fox"]);
        // The full stop does not start a line: the character before it goes down with it.
        assert_eq!(wrap_words("集群名称不能为空。", 8), ["集群名称", "不能为", "空。"]);
        assert_eq!(wrap_words("地域 cn-hangzhou 不可用", 14), ["地域", "cn-hangzhou 不", "可用"]);
        assert_eq!(wrap_words("  indented text", 20), ["  indented text"]);
        assert_eq!(wrap_words("a\nb", 20), ["a", "b"]);
    }

    fn mixed() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("a"),
            Just("Zone"),
            Just(" "),
            Just("  "),
            Just("集"),
            Just("群"),
            Just("，"),
            Just("。"),
            Just("🙂"),
            Just("é"),
            Just("e\u{301}"),
            Just("-"),
            Just("…"),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn fit_stays_within_the_room_and_marks_only_a_cut(text in mixed(), room in 0usize..30) {
            let out = fit(&text, room);
            prop_assert!(width(&out) <= room, "{out:?} is wider than {room}");
            if width(&text) <= room {
                prop_assert_eq!(&out, &text);
            } else if room == 0 {
                prop_assert_eq!(&out, "");
            } else {
                let kept = out.strip_suffix('…').expect("a cut text ends in …");
                prop_assert!(text.starts_with(kept), "{kept:?} is not a start of {text:?}");
            }
        }

        #[test]
        fn pad_is_exactly_the_room(text in mixed(), room in 0usize..30) {
            prop_assert_eq!(width(&pad(&text, room)), room);
        }

        #[test]
        fn wrapping_keeps_every_character_and_the_width(text in mixed(), room in 2usize..30) {
            for lines in [wrap(&text, room), wrap_words(&text, room)] {
                for line in &lines {
                    prop_assert!(width(line) <= room, "{line:?} is wider than {room}");
                }
                let kept: String = lines.concat().chars().filter(|c| *c != ' ').collect();
                let given: String = text.chars().filter(|c| *c != ' ').collect();
                prop_assert_eq!(kept, given);
            }
        }
    }
}
