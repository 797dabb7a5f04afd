//! Bracketed expressions laid out as black leaves them: on one line when it fits the width, else a
//! call's items together on one indented line, else one item per line with a trailing comma.

/// black's line length and indent.
const WIDTH: usize = 88;
const INDENT: usize = 4;

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
    /// A list or dict literal breaks one item per line whenever it breaks; a call may keep its
    /// items together on one indented line.
    pub literal: bool,
}

pub fn flat(expr: &Expr) -> String {
    match expr {
        Expr::Atom(text) => text.clone(),
        Expr::Group(g) => {
            let inner: Vec<String> = g.items.iter().map(|(p, e)| format!("{p}{}", flat(e))).collect();
            format!("{}{}{}{}", g.head, g.open, inner.join(", "), g.close)
        }
    }
}

/// `expr` written at `indent`, with `lead` characters before it on its first line and `trail` after
/// it on its last.
pub fn render(expr: &Expr, indent: usize, lead: usize, trail: usize) -> String {
    let one = flat(expr);
    let Expr::Group(g) = expr else { return one };
    if lead + one.chars().count() + trail <= WIDTH || g.items.is_empty() {
        return one;
    }
    let inner = indent + INDENT;
    let pad = " ".repeat(inner);
    let mut out = format!("{}{}\n", g.head, g.open);
    let together: Vec<String> = g.items.iter().map(|(p, e)| format!("{p}{}", flat(e))).collect();
    let together = together.join(", ");
    if !g.literal && inner + together.chars().count() <= WIDTH {
        out.push_str(&format!("{pad}{together}\n"));
    } else {
        // A lone item is split inside itself, not at a comma, so black adds none after it.
        let comma = if g.items.len() > 1 { "," } else { "" };
        for (prefix, item) in &g.items {
            let lead = inner + prefix.chars().count();
            let text = render(item, inner, lead, comma.len());
            out.push_str(&format!("{pad}{prefix}{text}{comma}\n"));
        }
    }
    out.push_str(&" ".repeat(indent));
    out.push_str(g.close);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(head: &str, items: Vec<(&str, Expr)>) -> Expr {
        let items = items.into_iter().map(|(p, e)| (p.to_owned(), e)).collect();
        Expr::Group(Group { head: head.to_owned(), open: "(", close: ")", items, literal: false })
    }

    #[test]
    fn breaks_as_black_does() {
        let atom = |s: &str| Expr::Atom(s.to_owned());
        assert_eq!(render(&call("f", vec![("a=", atom("1"))]), 0, 0, 0), "f(a=1)");
        let long = "x".repeat(50);
        let two = call("f", vec![("a=", atom(&long)), ("b=", atom("2"))]);
        assert_eq!(render(&two, 0, 0, 0), format!("f(a={long}, b=2)"), "it fits");
        assert_eq!(render(&two, 0, 30, 0), format!("f(\n    a={long}, b=2\n)"), "30 columns before it");
        let nested = call("g", vec![("c=", two.clone()), ("d=", atom(&long))]);
        assert_eq!(render(&nested, 0, 0, 0), format!("g(\n    c=f(a={long}, b=2),\n    d={long},\n)"));
        let lone = call("h", vec![("", nested)]);
        assert!(render(&lone, 0, 0, 0).ends_with(",\n    )\n)"), "no comma after a lone item");
    }
}
