//! The `filter` of the list operations, written and read in one place.
//!
//! A filter is `operator(attribute,value)` conditions joined by `:` (all
//! must hold), as Elastic Path's filtering guide describes: `eq` takes one
//! value, `in` a list. A value that holds a comma, a colon, a parenthesis,
//! a quote or a space is quoted, with `"` (or `'` if it holds a `"`); any
//! other value is written plain. A filter holds at most [`MAX_CONDITIONS`]
//! conditions and [`MAX_FILTER_BYTES`] bytes.
//!
//! [`Filter`] writes one; [`parse`] reads one (the sandbox answers lists
//! with it), so what one writes the other reads back exactly.
//!
//! ```
//! use elasticpath_subscriptions_types::filter::Filter;
//!
//! let nightly = Filter::external_ref().eq("nightly-2026-12-02");
//! assert_eq!(nightly.to_string(), "eq(external_ref,nightly-2026-12-02)");
//! let some = Filter::external_ref().is_in(["a,b", "it's"]);
//! assert_eq!(some.to_string(), r#"in(external_ref,"a,b","it's")"#);
//! let both = nightly.and(some);
//! assert_eq!(String::try_from(both)?, r#"eq(external_ref,nightly-2026-12-02):in(external_ref,"a,b","it's")"#);
//! # Ok::<(), elasticpath_subscriptions_types::filter::FilterError>(())
//! ```

use std::fmt;

/// The most conditions one filter holds, as the filtering guide says.
pub const MAX_CONDITIONS: usize = 10;

/// The longest filter, in bytes: the filtering guide's 8 KB.
pub const MAX_FILTER_BYTES: usize = 8 * 1024;

/// An attribute the list operations filter on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Attribute {
    /// `external_ref`: `eq` and `in`, on jobs and schedules.
    ExternalRef,
}

impl Attribute {
    /// Every attribute, as the list operations document them.
    pub const ALL: &'static [Attribute] = &[Attribute::ExternalRef];

    /// The attribute as the filter names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribute::ExternalRef => "external_ref",
        }
    }

    /// Only records whose attribute equals `value`.
    pub fn eq(self, value: impl Into<String>) -> Filter {
        Filter::of(Condition { attribute: self, operator: Operator::Eq, values: vec![value.into()] })
    }

    /// Only records whose attribute is one of `values`.
    pub fn is_in<V: Into<String>>(self, values: impl IntoIterator<Item = V>) -> Filter {
        let values = values.into_iter().map(Into::into).collect();
        Filter::of(Condition { attribute: self, operator: Operator::In, values })
    }
}

/// How a condition compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `eq`: equal to the one value.
    Eq,
    /// `in`: one of the values.
    In,
}

impl Operator {
    /// The operator as the filter names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Eq => "eq",
            Operator::In => "in",
        }
    }
}

/// One condition: an attribute, an operator, its values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Condition {
    /// What is compared.
    pub attribute: Attribute,
    /// How.
    pub operator: Operator,
    /// With what: one value for `eq`, at least one for `in`.
    pub values: Vec<String>,
}

impl Condition {
    /// Whether a record whose attribute is `value` (`None`: absent) holds.
    pub fn holds_for(&self, value: Option<&str>) -> bool {
        value.is_some_and(|value| self.values.iter().any(|v| v == value))
    }
}

/// Conditions that must all hold: build one from an attribute
/// ([`Filter::external_ref`]), join more with [`Filter::and`]. Give it to a
/// list call's `.filter(…)` or to a stream's `ListFilter`; a filter the API
/// would refuse (more than [`MAX_CONDITIONS`] conditions, longer than
/// [`MAX_FILTER_BYTES`], a value with both kinds of quote) is refused there,
/// before anything is sent.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Filter {
    conditions: Vec<Condition>,
}

impl Filter {
    fn of(condition: Condition) -> Filter {
        Filter { conditions: vec![condition] }
    }

    /// A condition on `external_ref`.
    pub fn external_ref() -> Attribute {
        Attribute::ExternalRef
    }

    /// This filter and `other`: records must meet both.
    pub fn and(mut self, other: Filter) -> Filter {
        self.conditions.extend(other.conditions);
        self
    }

    /// The conditions, in order.
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }

    /// Whether a record whose attributes are given by `value_of` meets
    /// every condition.
    pub fn matches(&self, value_of: impl Fn(Attribute) -> Option<String>) -> bool {
        self.conditions.iter().all(|c| c.holds_for(value_of(c.attribute).as_deref()))
    }

    /// The filter as sent, or why the API would refuse it.
    pub fn to_query(&self) -> Result<String, FilterError> {
        if self.conditions.len() > MAX_CONDITIONS {
            return Err(FilterError(format!(
                "{} conditions; at most {MAX_CONDITIONS} are allowed",
                self.conditions.len()
            )));
        }
        let mut text = String::new();
        for (index, condition) in self.conditions.iter().enumerate() {
            if index > 0 {
                text.push(':');
            }
            if condition.values.is_empty() {
                return Err(FilterError(format!("{}: a condition needs a value", condition.operator.as_str())));
            }
            text.push_str(condition.operator.as_str());
            text.push('(');
            text.push_str(condition.attribute.as_str());
            for value in &condition.values {
                text.push(',');
                write_value(&mut text, value)?;
            }
            text.push(')');
        }
        if text.len() > MAX_FILTER_BYTES {
            return Err(FilterError(format!(
                "the filter is {} bytes; at most {MAX_FILTER_BYTES} (8 KB) are accepted",
                text.len()
            )));
        }
        Ok(text)
    }
}

/// The filter as sent; a filter that cannot be sent shows its reason in
/// angle brackets (use [`Filter::to_query`] to tell).
impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_query() {
            Ok(text) => f.write_str(&text),
            Err(e) => write!(f, "<{e}>"),
        }
    }
}

impl TryFrom<Filter> for String {
    type Error = FilterError;

    fn try_from(filter: Filter) -> Result<String, FilterError> {
        filter.to_query()
    }
}

impl TryFrom<&Filter> for String {
    type Error = FilterError;

    fn try_from(filter: &Filter) -> Result<String, FilterError> {
        filter.to_query()
    }
}

/// Characters a plain value cannot hold.
fn needs_quotes(value: &str) -> bool {
    value.is_empty() || value.chars().any(|c| matches!(c, ',' | '(' | ')' | ':' | '"' | '\'') || c.is_whitespace())
}

fn write_value(text: &mut String, value: &str) -> Result<(), FilterError> {
    if !needs_quotes(value) {
        text.push_str(value);
        return Ok(());
    }
    let quote = if !value.contains('"') {
        '"'
    } else if !value.contains('\'') {
        '\''
    } else {
        return Err(FilterError(format!(
            "{}: a value cannot hold both `\"` and `'`: the filter syntax has no escape",
            shown(value)
        )));
    };
    text.push(quote);
    text.push_str(value);
    text.push(quote);
    Ok(())
}

/// Why a filter cannot be written or read; `Display` is the reason (the
/// sandbox's `400` says `filter: Could not parse the supplied filter: …`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterError(String);

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FilterError {}

/// A value for an error message: quoted, or only its length when long.
fn shown(value: &str) -> String {
    let length = value.chars().count();
    if length <= 64 { format!("`{value}`") } else { format!("a {length}-character value") }
}

/// Reads a filter: exactly what [`Filter`] writes, and the same filters
/// written by hand (plain or quoted values). Anything else is refused with
/// the reason. This is [`parse_with`] and [`Quoting::Beta`].
pub fn parse(filter: &str) -> Result<Filter, FilterError> {
    parse_with(filter, Quoting::Beta)
}

/// Whether quoted values are read: Elastic Path's beta filtering, which a
/// request turns off with `EP-Disable-Beta-Filtering: true`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Quoting {
    /// `"…"` and `'…'` quote a value, which may then hold `,`, `:` and
    /// parentheses (the default).
    #[default]
    Beta,
    /// Quotes are plain characters: a value ends at the next `,` or `)`
    /// and cannot hold `:` or `(`.
    Off,
}

impl Quoting {
    /// The quoting of a request that sent `EP-Disable-Beta-Filtering` as
    /// `disable_beta_filtering` (`None` when it did not send it).
    pub fn from_disable_header(disable_beta_filtering: Option<bool>) -> Quoting {
        if disable_beta_filtering == Some(true) { Quoting::Off } else { Quoting::Beta }
    }
}

/// Reads a filter with or without quoted values; see [`parse`].
pub fn parse_with(filter: &str, quoting: Quoting) -> Result<Filter, FilterError> {
    if filter.len() > MAX_FILTER_BYTES {
        return Err(FilterError(format!(
            "the filter is {} bytes; at most {MAX_FILTER_BYTES} (8 KB) are accepted",
            filter.len()
        )));
    }
    let mut conditions = Vec::new();
    let mut rest = filter;
    loop {
        let (condition, after) = parse_one(rest, quoting)?;
        conditions.push(condition);
        if conditions.len() > MAX_CONDITIONS {
            return Err(FilterError(format!("at most {MAX_CONDITIONS} conditions are allowed")));
        }
        match after.strip_prefix(':') {
            Some(next) => rest = next,
            None if after.is_empty() => return Ok(Filter { conditions }),
            None => return Err(FilterError(format!("unexpected {} after a condition", shown(after)))),
        }
    }
}

fn parse_one(text: &str, quoting: Quoting) -> Result<(Condition, &str), FilterError> {
    let syntax = || FilterError("expected `operator(attribute,value)`".into());
    let open = text.find('(').ok_or_else(syntax)?;
    let operator = match &text[..open] {
        "eq" => Operator::Eq,
        "in" => Operator::In,
        other => return Err(FilterError(format!("operator {} is not supported; supported: eq, in", shown(other)))),
    };
    let inside = &text[open + 1..];
    let comma = inside.find(',').ok_or_else(syntax)?;
    let attribute = match &inside[..comma] {
        "external_ref" => Attribute::ExternalRef,
        other => {
            return Err(FilterError(format!("{} cannot be filtered on; supported: external_ref", shown(other))));
        }
    };
    let mut values = Vec::new();
    let mut rest = &inside[comma + 1..];
    loop {
        let (value, after) = parse_value(rest, quoting)?;
        values.push(value);
        if let Some(next) = after.strip_prefix(',') {
            if operator == Operator::Eq {
                return Err(FilterError(match quoting {
                    Quoting::Beta => "eq takes one value: quote a value that holds a comma".into(),
                    Quoting::Off => "eq takes one value (beta filtering is off: a value cannot hold a comma)".into(),
                }));
            }
            rest = next;
        } else if let Some(after) = after.strip_prefix(')') {
            return Ok((Condition { attribute, operator, values }, after));
        } else if after.is_empty() {
            return Err(FilterError("missing `)`".into()));
        } else {
            return Err(FilterError("expected `,` or `)` after a value".into()));
        }
    }
}

/// One value, quoted or plain; returns it and what follows it.
fn parse_value(text: &str, quoting: Quoting) -> Result<(String, &str), FilterError> {
    match text.chars().next() {
        Some(quote @ ('"' | '\'')) if quoting == Quoting::Beta => {
            let body = &text[1..];
            let end = body.find(quote).ok_or_else(|| FilterError(format!("missing closing {quote}")))?;
            Ok((body[..end].to_owned(), &body[end + 1..]))
        }
        _ => {
            let end = text.find([',', ')']).unwrap_or(text.len());
            let value = &text[..end];
            if value.is_empty() {
                return Err(FilterError("a value is empty".into()));
            }
            match quoting {
                Quoting::Beta => {
                    if let Some(c) = value.chars().find(|c| matches!(c, '(' | ':' | '"' | '\'')) {
                        return Err(FilterError(format!("a value holding `{c}` must be quoted")));
                    }
                }
                Quoting::Off => {
                    if let Some(c) = value.chars().find(|c| matches!(c, '(' | ':')) {
                        return Err(FilterError(format!(
                            "a value cannot hold `{c}` while beta filtering is off (EP-Disable-Beta-Filtering)"
                        )));
                    }
                }
            }
            Ok((value.to_owned(), &text[end..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(value: &str) -> Filter {
        Filter::external_ref().eq(value)
    }

    #[test]
    fn values_are_plain_or_quoted_as_they_need() {
        assert_eq!(eq("abc123").to_string(), "eq(external_ref,abc123)");
        assert_eq!(eq("a,b:c").to_string(), r#"eq(external_ref,"a,b:c")"#);
        assert_eq!(eq(r#"say "hi""#).to_string(), r#"eq(external_ref,'say "hi"')"#);
        assert_eq!(eq("").to_string(), r#"eq(external_ref,"")"#);
        assert!(eq(r#"both ' and ""#).to_query().unwrap_err().to_string().contains("both"));
    }

    #[test]
    fn what_the_api_would_refuse_is_refused_before_sending() {
        let eleven = (0..11).map(|i| eq(&i.to_string())).reduce(Filter::and).unwrap();
        assert!(eleven.to_query().unwrap_err().to_string().contains("at most 10"));
        let long = Filter::external_ref().is_in(vec!["abcdefgh"; 1000]);
        assert!(long.to_query().unwrap_err().to_string().contains("at most 8192"));
        let none = Filter::external_ref().is_in(Vec::<String>::new());
        assert!(none.to_query().is_err());
    }

    #[test]
    fn hand_written_filters_read_strictly() {
        let read = |text: &str| parse(text).map(|f| f.conditions().to_vec());
        assert_eq!(read("eq(external_ref,abc123)").unwrap()[0].values, ["abc123"]);
        assert_eq!(read(r#"in(external_ref,a,"b,c",'d)')"#).unwrap()[0].values, ["a", "b,c", "d)"]);
        for (filter, why) in [
            ("eq(external_ref,a,b:c)", "eq takes one value"),
            ("eq(external_ref,a:b)", "must be quoted"),
            ("eq(name,x)", "cannot be filtered on"),
            ("like(external_ref,x)", "is not supported"),
            ("in(external_ref,a,,b)", "a value is empty"),
            ("in(external_ref,a,b", "missing `)`"),
            (r#"in(external_ref,"a"b)"#, "expected `,` or `)`"),
            ("eq(external_ref,)", "a value is empty"),
            ("external_ref=x", "expected `operator(attribute,value)`"),
            ("eq(external_ref,x)junk", "unexpected `junk`"),
            (r#"eq(external_ref,"x)"#, "missing closing \""),
        ] {
            let error = parse(filter).unwrap_err().to_string();
            assert!(error.contains(why), "{filter}: {error}");
        }
    }

    #[test]
    fn without_beta_filtering_quotes_are_plain_characters() {
        let off = |text: &str| parse_with(text, Quoting::Off);
        assert_eq!(off(r#"eq(external_ref,"a")"#).unwrap(), eq(r#""a""#));
        assert_eq!(off("in(external_ref,'a',b)").unwrap(), Attribute::ExternalRef.is_in(["'a'", "b"]));
        // What a quote held with beta filtering on is split, or refused.
        assert!(off(r#"eq(external_ref,"a,b")"#).unwrap_err().to_string().contains("beta filtering is off"));
        assert!(off(r#"eq(external_ref,"a:b")"#).unwrap_err().to_string().contains("cannot hold `:`"));
        assert_eq!(parse(r#"eq(external_ref,"a,b")"#).unwrap(), eq("a,b"));
        assert_eq!(Quoting::from_disable_header(Some(true)), Quoting::Off);
        assert_eq!(Quoting::from_disable_header(Some(false)), Quoting::Beta);
        assert_eq!(Quoting::from_disable_header(None), Quoting::Beta);
    }
}
