//! Bracketed expressions laid out as black and prettier leave them: on one line when it fits the
//! width, else the items on one indented line (calls only), else one item per line with a trailing comma.

/// An expression: a plain word or a bracketed list of items.
#[derive(Debug, Clone)]
pub enum Expr {
    Atom(String),
    Group(Group),
}

#[derive(Debug, Clone)]
pub struct Group {
    /// What comes before the opening bracket (`models.X`, or nothing for a literal).
    pub head: String,
    pub open: &'static str,
    pub close: &'static str,
    /// Each item: a prefix (`name=`, `"key": `) and its value.
    pub items: Vec<(String, Expr)>,
    /// A literal (list, map) breaks one item per line whenever it breaks; a call may keep its items
    /// together on one indented line (black's rule; prettier breaks every group fully).
    pub literal: bool,
    /// The spaces inside the brackets on one line (`{ a: 1 }` in prettier style).
    pub pad: bool,
}

pub struct Style {
    pub width: usize,
    pub indent: usize,
    /// Whether a call's items may share one indented line (black: yes; prettier: no).
    pub hug_calls: bool,
    /// Whether a lone item that breaks gets a trailing comma (black: no, it is not a comma split).
    pub lone_comma: bool,
}

pub fn flat(expr: &Expr) -> String {
    match expr {
        Expr::Atom(text) => text.clone(),
        Expr::Group(g) => {
            let inner: Vec<String> = g.items.iter().map(|(p, e)| format!("{p}{}", flat(e))).collect();
            let pad = if g.pad && !inner.is_empty() { " " } else { "" };
            format!("{}{}{pad}{}{pad}{}", g.head, g.open, inner.join(", "), g.close)
        }
    }
}

/// `expr` written at `indent`, with `lead` characters before it on its first line and `trail` after
/// it on its last.
pub fn render(style: &Style, expr: &Expr, indent: usize, lead: usize, trail: usize) -> String {
    let one = flat(expr);
    let Expr::Group(g) = expr else { return one };
    if lead + one.chars().count() + trail <= style.width || g.items.is_empty() {
        return one;
    }
    let inner = indent + style.indent;
    let pad = " ".repeat(inner);
    let mut out = format!("{}{}\n", g.head, g.open);
    let together: Vec<String> = g.items.iter().map(|(p, e)| format!("{p}{}", flat(e))).collect();
    let together = together.join(", ");
    if style.hug_calls && !g.literal && inner + together.chars().count() <= style.width {
        out.push_str(&format!("{pad}{together}\n"));
    } else {
        let comma = if g.items.len() > 1 || style.lone_comma { "," } else { "" };
        for (prefix, item) in &g.items {
            let lead = inner + prefix.chars().count();
            let text = render(style, item, inner, lead, comma.len());
            out.push_str(&format!("{pad}{prefix}{text}{comma}\n"));
        }
    }
    out.push_str(&" ".repeat(indent));
    out.push_str(g.close);
    out
}
