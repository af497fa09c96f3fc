//! Parsing of the two string-formatting languages whose argument handling is left to
//! the interpreter: `str.format` templates (`'{0.name!r:>{width}}'`) and printf-style
//! `%` format strings (`'%-8.2f|' % x`), plus the rendering of `%` conversions.
//!
//! Submodules, one concern each:
//! - `template`: [`TemplateParser`] / [`parse_format_template`] (replacement
//!   fields, `{{`/`}}` escapes, raw nested specs) and [`FieldNumbering`];
//! - `field_name`: [`split_field_name`] (`arg.attr[key]` chains);
//! - `percent`: [`PercentParser`] / [`parse_percent_format`] and [`PercentSpec`];
//! - `percent_render`: flags, width and precision applied to ints, floats, text.
//!
//! Errors are `String`s holding CPython's `ValueError` message, except rendering,
//! which returns [`crate::format_spec::FormatError`].

mod field_name;
mod percent;
mod percent_render;
mod template;

pub use field_name::{split_field_name, FieldAccess, FieldArgument, FieldName};
pub use percent::{
    parse_percent_format, PercentCount, PercentFlags, PercentParser, PercentPiece, PercentSpec,
};
pub use percent_render::{
    format_percent_char, format_percent_float, format_percent_int, format_percent_text,
};
pub use template::{
    check_conversion, parse_format_template, FieldNumbering, ReplacementField, TemplateChunk,
    TemplateParser, TemplatePiece, MAX_FORMAT_RECURSION, RECURSION_ERROR,
};

#[cfg(test)]
mod tests;
