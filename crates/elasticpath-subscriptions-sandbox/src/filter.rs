//! The `filter` query parameter: `op(attribute,value)` expressions joined by
//! `:` (all must hold), as the Commerce filtering guide describes. `in`
//! takes a list: `in(external_ref,a,b,c)`. Values may be quoted with `"` or
//! `'` to hold commas, colons or parentheses.

use std::fmt;

/// One parsed condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// `eq(external_ref,VALUE)`: the external reference equals VALUE.
    ExternalRefEquals(String),
    /// `in(external_ref,A,B,…)`: the external reference is one of the values.
    ExternalRefIn(Vec<String>),
}

/// Why a filter was refused; `Display` is the `detail` of the 400.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterError(String);

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "filter: Could not parse the supplied filter: {}", self.0)
    }
}

/// The most conditions one filter may hold, as the filtering guide says.
const MAX_CONDITIONS: usize = 10;

/// The longest filter, in bytes: the filtering guide's 8 KB.
pub const MAX_FILTER_BYTES: usize = 8 * 1024;

/// Parses a filter. Only `eq` and `in` on `external_ref` are supported, as
/// the list operations document; anything else is refused with the reason.
pub fn parse(filter: &str) -> Result<Vec<Condition>, FilterError> {
    if filter.len() > MAX_FILTER_BYTES {
        return Err(FilterError(format!(
            "the filter is {} bytes; at most {MAX_FILTER_BYTES} (8 KB) are accepted",
            filter.len()
        )));
    }
    let mut conditions = Vec::new();
    let mut rest = filter;
    loop {
        let (condition, after) = parse_one(rest)?;
        conditions.push(condition);
        if conditions.len() > MAX_CONDITIONS {
            return Err(FilterError(format!("at most {MAX_CONDITIONS} conditions are allowed")));
        }
        match after.strip_prefix(':') {
            Some(next) => rest = next,
            None if after.is_empty() => return Ok(conditions),
            None => return Err(FilterError(format!("unexpected `{after}` after a condition"))),
        }
    }
}

fn parse_one(text: &str) -> Result<(Condition, &str), FilterError> {
    let open = text.find('(').ok_or_else(|| FilterError("expected `operator(attribute,value)`".into()))?;
    let operator = &text[..open];
    let inside = &text[open + 1..];
    let comma = inside.find(',').ok_or_else(|| FilterError("expected `operator(attribute,value)`".into()))?;
    let attribute = inside[..comma].trim();
    let values = &inside[comma + 1..];
    match (operator, attribute) {
        ("eq", "external_ref") => {
            let (value, after) = parse_value(values)?;
            Ok((Condition::ExternalRefEquals(value), after))
        }
        ("in", "external_ref") => {
            let (list, after) = parse_list(values)?;
            Ok((Condition::ExternalRefIn(list), after))
        }
        ("eq" | "in", other) => Err(FilterError(format!("`{other}` cannot be filtered on; supported: external_ref"))),
        (other, _) => Err(FilterError(format!("operator `{other}` is not supported; supported: eq, in"))),
    }
}

/// Comma-separated values up to the closing parenthesis, each quoted or
/// not; returns them and what follows the parenthesis.
fn parse_list(mut text: &str) -> Result<(Vec<String>, &str), FilterError> {
    let mut values = Vec::new();
    loop {
        let (value, rest) = match text.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let body = &text[1..];
                let end = body.find(quote).ok_or_else(|| FilterError(format!("missing closing {quote}")))?;
                (body[..end].to_owned(), &body[end + 1..])
            }
            _ => {
                let end = text.find([',', ')']).ok_or_else(|| FilterError("missing `)`".into()))?;
                if end == 0 {
                    return Err(FilterError("a value of the list is empty".into()));
                }
                (text[..end].to_owned(), &text[end..])
            }
        };
        values.push(value);
        if let Some(next) = rest.strip_prefix(',') {
            text = next;
        } else if let Some(after) = rest.strip_prefix(')') {
            return Ok((values, after));
        } else {
            return Err(FilterError("expected `,` or `)` after a value of the list".into()));
        }
    }
}

/// A value up to the closing parenthesis, quoted or not; returns it and what
/// follows the parenthesis.
fn parse_value(text: &str) -> Result<(String, &str), FilterError> {
    let unclosed = || FilterError("missing `)`".into());
    match text.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let body = &text[1..];
            let end = body.find(quote).ok_or_else(|| FilterError(format!("missing closing {quote}")))?;
            let after = body[end + 1..].strip_prefix(')').ok_or_else(unclosed)?;
            Ok((body[..end].to_owned(), after))
        }
        _ => {
            let end = text.find(')').ok_or_else(unclosed)?;
            let value = &text[..end];
            if value.is_empty() {
                return Err(FilterError("the value is empty".into()));
            }
            Ok((value.to_owned(), &text[end + 1..]))
        }
    }
}

/// Whether an entity with `external_ref` satisfies every condition.
pub fn matches(conditions: &[Condition], external_ref: Option<&str>) -> bool {
    conditions.iter().all(|condition| match condition {
        Condition::ExternalRefEquals(value) => external_ref == Some(value.as_str()),
        Condition::ExternalRefIn(values) => external_ref.is_some_and(|r| values.iter().any(|v| v == r)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_quoted_values() {
        assert_eq!(parse("eq(external_ref,abc123)"), Ok(vec![Condition::ExternalRefEquals("abc123".into())]));
        assert_eq!(parse("eq(external_ref,\"a,b:(c)\")"), Ok(vec![Condition::ExternalRefEquals("a,b:(c)".into())]));
        assert_eq!(parse("eq(external_ref,'x')"), Ok(vec![Condition::ExternalRefEquals("x".into())]));
    }

    #[test]
    fn in_takes_a_list_of_plain_and_quoted_values() {
        assert_eq!(
            parse("in(external_ref,a,\"b,c\",'d)')"),
            Ok(vec![Condition::ExternalRefIn(vec!["a".into(), "b,c".into(), "d)".into()])])
        );
        assert_eq!(parse("in(external_ref,only)"), Ok(vec![Condition::ExternalRefIn(vec!["only".into()])]));
        let conditions = parse("in(external_ref,a,b):eq(external_ref,b)").unwrap();
        assert!(matches(&conditions, Some("b")));
        assert!(!matches(&conditions, Some("a")));
        assert!(!matches(&conditions, None));
    }

    #[test]
    fn conditions_join_with_colons() {
        assert_eq!(parse("eq(external_ref,a):eq(external_ref,b)").unwrap().len(), 2);
    }

    #[test]
    fn what_cannot_be_parsed_says_why() {
        for (filter, why) in [
            ("eq(name,x)", "`name` cannot be filtered on"),
            ("like(external_ref,x)", "operator `like` is not supported"),
            ("in(name,x,y)", "`name` cannot be filtered on"),
            ("in(external_ref,a,,b)", "a value of the list is empty"),
            ("in(external_ref,a,b", "missing `)`"),
            ("in(external_ref,\"a\"b)", "expected `,` or `)`"),
            ("eq(external_ref,x", "missing `)`"),
            ("eq(external_ref,)", "the value is empty"),
            ("external_ref=x", "expected `operator(attribute,value)`"),
            ("eq(external_ref,x)junk", "unexpected `junk`"),
            ("eq(external_ref,\"x)", "missing closing \""),
        ] {
            let error = parse(filter).unwrap_err().to_string();
            assert!(error.contains(why), "{filter}: {error}");
        }
        let eleven = ["eq(external_ref,x)"; 11].join(":");
        assert!(parse(&eleven).unwrap_err().to_string().contains("at most 10"));
        let long = format!("in(external_ref,{})", vec!["abcdefgh"; 1000].join(","));
        assert!(parse(&long).unwrap_err().to_string().contains("at most 8192 (8 KB)"));
        let just = format!("in(external_ref,{})", vec!["a"; 4088].join(","));
        assert_eq!(just.len(), MAX_FILTER_BYTES);
        assert!(matches!(&parse(&just).unwrap()[..], [Condition::ExternalRefIn(values)] if values.len() == 4088));
    }
}
