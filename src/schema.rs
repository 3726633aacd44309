//! The vocabulary of the method table: what a method, a parameter and a type are.
//!
//! Every entry of `crate::methods` is plain `static` data built with the `const fn`s here, and
//! one interpreter (`crate::validate`) checks params against it. Documentation and result
//! types are kept only in native builds (they feed the TS generator and the tests); in the
//! `.wasm` they compile to nothing, which keeps the package small.

use crate::prelude::*;
/// Whether a method only reads. Only reads may be repeated when their outcome is unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// The type of a parameter or of a result.
#[derive(Clone, Copy, Debug)]
pub enum Ty {
    /// Any string.
    Str,
    /// An integer, or a string of decimal digits (the docs send IDs both ways).
    Int,
    /// Any number, or a numeric string.
    Num,
    /// `true`/`false`, or the portal's `"Y"`/`"N"`.
    Bool,
    /// A date or date-time string: ISO 8601 (`2024-10-11`, `2024-10-11T10:00:00+03:00`) or the
    /// portal's `11.10.2024 10:00:00`; month and day are checked against the calendar.
    Date,
    /// A time of day, `HH:MM` (24 hours).
    Time,
    /// A file: `["name.ext", "<base64>"]`, or a string (base64 or URL).
    File,
    /// Any JSON value.
    Any,
    /// One of these strings (numbers are compared by their decimal text).
    Enum(&'static [&'static str]),
    /// A JSON array of one type.
    Array(&'static Ty),
    /// A JSON object with exactly these fields (unknown fields are refused) and these rules.
    Object(Obj),
    /// A JSON object with free keys and values of one type.
    Map(&'static Ty),
    /// Any one of these types.
    Either(&'static [Ty]),
}

pub const STR: Ty = Ty::Str;
pub const INT: Ty = Ty::Int;
pub const NUM: Ty = Ty::Num;
pub const BOOL: Ty = Ty::Bool;
pub const DATE: Ty = Ty::Date;
pub const TIME: Ty = Ty::Time;
pub const FILE: Ty = Ty::File;
pub const ANY: Ty = Ty::Any;
/// The portal's `char` flags.
pub const YN: Ty = Ty::Enum(&["Y", "N"]);
pub const INTS: Ty = Ty::Array(&INT);
pub const STRS: Ty = Ty::Array(&STR);
/// An object whose keys are free (filters, orders, custom data).
pub const DICT: Ty = Ty::Map(&ANY);

/// The fields of an object type and the rules that tie them together.
#[derive(Clone, Copy, Debug)]
pub struct Obj {
    pub fields: &'static [Param],
    pub rules: &'static [Rule],
}

/// An object type with these fields and no rules (add them with `Ty::rules`).
pub const fn obj(fields: &'static [Param]) -> Ty {
    Ty::Object(Obj { fields, rules: &[] })
}

impl Ty {
    /// The same object type with these rules; other types are returned as they are.
    pub const fn rules(self, rules: &'static [Rule]) -> Ty {
        match self {
            Ty::Object(Obj { fields, .. }) => Ty::Object(Obj { fields, rules }),
            other => other,
        }
    }

    /// The types of the fields `name` of this type (through `either` choices).
    pub fn fields_named(&'static self, name: &str) -> Vec<&'static Ty> {
        match self {
            Ty::Object(shape) => shape
                .fields
                .iter()
                .filter(|p| p.name == name)
                .map(|p| &p.ty)
                .collect(),
            Ty::Either(choices) => choices.iter().flat_map(|c| c.fields_named(name)).collect(),
            _ => Vec::new(),
        }
    }

    /// The types at a dotted path of fields (`""` is this type).
    pub fn at_path(&'static self, path: &str) -> Vec<&'static Ty> {
        let mut at = vec![self];
        for segment in path.split('.').filter(|s| !s.is_empty()) {
            at = at
                .into_iter()
                .flat_map(|t| t.fields_named(segment))
                .collect();
        }
        at
    }

    /// The item types of an array, or the value types of a map (through `either` choices).
    pub fn items(&'static self) -> Vec<&'static Ty> {
        match self {
            Ty::Array(item) | Ty::Map(item) => vec![item],
            Ty::Either(choices) => choices.iter().flat_map(|c| c.items()).collect(),
            _ => Vec::new(),
        }
    }
}

/// A rule over several fields of one object (the params of a method are one object too).
/// Field names are the object's own; errors name them dotted from the top. A field counts as
/// given unless it is missing, `null` or `""`, as the portal reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// At least one of these fields is given. "A is needed unless B" is `AnyOf(&[A, B])`.
    AnyOf(&'static [&'static str]),
    /// Exactly one of these fields is given (an attachment block is one key).
    ExactlyOne(&'static [&'static str]),
    /// Either all of these fields are given or none (a date range's two ends).
    Together(&'static [&'static str]),
    /// At least one field is given ("what to change; at least one field").
    NotEmpty,
    /// `field` is needed unless field `when` has the value `is` (a keyboard button needs
    /// `TEXT` unless its `TYPE` is `NEWLINE`).
    NeededUnless {
        field: &'static str,
        when: &'static str,
        is: &'static str,
    },
    /// At most one of these fields is given ("cannot be passed together with").
    AtMostOne(&'static [&'static str]),
    /// A period: each end given is an ISO 8601 date, and when both are, `to` is not before
    /// `from` and at most `max_days` after it.
    Period {
        from: &'static str,
        to: &'static str,
        max_days: u32,
    },
    /// When `field` is given, every field of at least one of `groups` is given too (a filter
    /// that needs a full creation or close period).
    NeedsOneOf {
        field: &'static str,
        groups: &'static [&'static [&'static str]],
    },
    /// The type of field `options` follows the placement code in field `by`, as the
    /// placements table (`crate::placements`) declares it for `placement.bind`; a code bound
    /// another way (`SETTING_CONNECTOR`) is refused with the table's reason.
    PlacementOptions {
        by: &'static str,
        options: &'static str,
    },
}

/// Text kept only where it is read: native builds (TS generator, tests, rustdoc).
#[derive(Clone, Copy, Debug)]
pub struct Doc {
    #[cfg(not(target_arch = "wasm32"))]
    text: &'static str,
}

impl Doc {
    pub const fn new(_text: &'static str) -> Doc {
        Doc {
            #[cfg(not(target_arch = "wasm32"))]
            text: _text,
        }
    }

    /// The text, or "" in the `.wasm`.
    pub const fn text(&self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.text;
        #[cfg(target_arch = "wasm32")]
        return "";
    }
}

/// A documented limit on a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    None,
    /// At most this many characters in a string.
    MaxChars(u32),
    /// At most this many characters once serialized to JSON (e.g. `ATTACH`).
    MaxJson(u32),
    /// Exactly this many characters (a 32-character token).
    ExactChars(u32),
    /// At least this many characters (a search phrase the portal refuses as too short).
    MinChars(u32),
    /// A number from `min` to `max`, both included.
    Range {
        min: i64,
        max: i64,
    },
    /// At most this many items in an array, or keys in an object.
    MaxItems(u32),
    /// At most this many different items in an array (the portal drops repeats first).
    MaxUniqueItems(u32),
}

/// One parameter: its wire name exactly as the docs spell it, type, and rules.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
    pub limit: Limit,
    /// The value is a credential (a token): kept out of logs, dedupe keys and redacted copies.
    pub secret: bool,
    pub doc: Doc,
}

/// A required parameter.
pub const fn req(name: &'static str, ty: Ty) -> Param {
    Param {
        name,
        ty,
        required: true,
        limit: Limit::None,
        secret: false,
        doc: Doc::new(""),
    }
}

/// An optional parameter.
pub const fn opt(name: &'static str, ty: Ty) -> Param {
    Param {
        required: false,
        ..req(name, ty)
    }
}

impl Param {
    pub const fn doc(mut self, text: &'static str) -> Param {
        self.doc = Doc::new(text);
        self
    }

    pub const fn max_chars(mut self, n: u32) -> Param {
        self.limit = Limit::MaxChars(n);
        self
    }

    pub const fn max_json(mut self, n: u32) -> Param {
        self.limit = Limit::MaxJson(n);
        self
    }

    pub const fn secret(mut self) -> Param {
        self.secret = true;
        self
    }

    pub const fn exact_chars(mut self, n: u32) -> Param {
        self.limit = Limit::ExactChars(n);
        self
    }

    pub const fn min_chars(mut self, n: u32) -> Param {
        self.limit = Limit::MinChars(n);
        self
    }

    /// A number from `min` to `max`, both included.
    pub const fn range(mut self, min: i64, max: i64) -> Param {
        self.limit = Limit::Range { min, max };
        self
    }

    pub const fn max_items(mut self, n: u32) -> Param {
        self.limit = Limit::MaxItems(n);
        self
    }

    /// At most `n` different items; repeats do not count.
    pub const fn max_unique_items(mut self, n: u32) -> Param {
        self.limit = Limit::MaxUniqueItems(n);
        self
    }
}

/// A result type, kept only in native builds (the `.wasm` does not check results).
#[derive(Clone, Copy, Debug)]
pub struct ResultTy {
    #[cfg(not(target_arch = "wasm32"))]
    pub ty: Ty,
}

impl ResultTy {
    pub const fn new(_ty: Ty) -> ResultTy {
        ResultTy {
            #[cfg(not(target_arch = "wasm32"))]
            ty: _ty,
        }
    }
}

/// How a list method walks its rows, page by page, as its docs page describes. The reader
/// (`crate::list`) adds the position and page size params itself and reads the rows from
/// `rows` (a dotted path inside `result`; `""` is `result` itself). A list of objects keyed by
/// ID (`im.search.user.list`) yields the objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paging {
    /// Answers in one go, or only one page (`list()` refuses it).
    None,
    /// The REST standard of list methods (`crm.*` and the others outside the table): `start`
    /// rows skipped, 50 rows a page, `total` and `next` in the reply. Not declared on any entry:
    /// it is how a method outside the table is read.
    Start,
    /// Skip and take: the `offset` param skips rows, pages hold `size.max` rows. Positions are
    /// known in advance, so pages are chained in one batch without references.
    Offset {
        offset: &'static str,
        size: PageSize,
        rows: &'static str,
        end: End,
        /// Rows may repeat across a page boundary (the docs say so); a row whose `field` the
        /// previous page had is dropped.
        repeats_by: Option<&'static str>,
        /// Params of another way to page the same list (`im.dialog.users.list`: `LAST_ID`,
        /// whose answers carry no `total`); `list()` pages by `offset` and refuses them.
        other_paging: &'static [&'static str],
        /// The largest `offset` the portal accepts, if it caps the list.
        cap: Option<OffsetCap>,
    },
    /// The next page starts from a value read from this one.
    Cursor {
        cursor: Cursor,
        size: PageSize,
        rows: &'static str,
        end: End,
    },
}

/// The page size param and the most rows a page may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSize {
    pub param: &'static str,
    pub max: u32,
}

/// The portal refuses an `offset` past `max` (`OFFSET_TOO_LARGE`): always, or only when one
/// of the params `when_any_of` is given. `list()` stops there with `LIST_CAPPED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OffsetCap {
    pub max: u32,
    pub when_any_of: &'static [&'static str],
}

/// How the last page is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The reply's `total` (and `next`, present while a page follows).
    Total,
    /// This boolean field of `result` is true while another page follows.
    Flag(&'static str),
    /// A page with fewer rows than asked for is the last.
    ShortPage,
}

/// Where a cursor's next value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CursorFrom {
    /// The smallest value of this field on the page: the list is read towards lower values.
    Min(&'static str),
    /// The largest value of this field on the page: read towards higher values.
    Max(&'static str),
    /// This field of the page's last row.
    Last(&'static str),
    /// This field of `result` itself (e.g. `nextOffset`).
    Result(&'static str),
}

/// A cursor param, where its value comes from, and what else moves with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub param: &'static str,
    pub from: CursorFrom,
    /// A second param that says which stage of the list the cursor is in (`im.notify.get`:
    /// `LAST_TYPE`, confirmations before plain notifications).
    pub stage: Option<Stage>,
    /// The same list read the other way, when the caller starts it with this param instead
    /// (`im.dialog.messages.get`: `FIRST_ID`, newer messages).
    pub reverse: Option<(&'static str, CursorFrom)>,
}

/// A stage param derived from the last row: `field`'s value is looked up in `values` (row
/// value, param value), in stage order; any other value means the `otherwise` stage, the last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stage {
    pub param: &'static str,
    pub field: &'static str,
    pub values: &'static [(&'static str, &'static str)],
    pub otherwise: &'static str,
}

impl Paging {
    /// Skip/take paging; `max` rows a page.
    pub const fn offset(
        offset: &'static str,
        size: &'static str,
        max: u32,
        rows: &'static str,
        end: End,
    ) -> Paging {
        Paging::Offset {
            offset,
            size: PageSize { param: size, max },
            rows,
            end,
            repeats_by: None,
            other_paging: &[],
            cap: None,
        }
    }

    /// A cursor param whose next value is `from`; `max` rows a page.
    pub const fn cursor(
        param: &'static str,
        from: CursorFrom,
        size: &'static str,
        max: u32,
        rows: &'static str,
        end: End,
    ) -> Paging {
        Paging::Cursor {
            cursor: Cursor {
                param,
                from,
                stage: None,
                reverse: None,
            },
            size: PageSize { param: size, max },
            rows,
            end,
        }
    }

    /// Rows may repeat across page boundaries; drop those whose `field` was on the previous page.
    pub const fn repeats_by(self, field: &'static str) -> Paging {
        match self {
            Paging::Offset {
                offset,
                size,
                rows,
                end,
                other_paging,
                cap,
                ..
            } => Paging::Offset {
                offset,
                size,
                rows,
                end,
                repeats_by: Some(field),
                other_paging,
                cap,
            },
            other => other,
        }
    }

    /// The portal caps `offset` at `max` (only when one of `when_any_of` is given, unless empty).
    pub const fn max_offset(self, max: u32, when_any_of: &'static [&'static str]) -> Paging {
        match self {
            Paging::Offset {
                offset,
                size,
                rows,
                end,
                repeats_by,
                other_paging,
                ..
            } => Paging::Offset {
                offset,
                size,
                rows,
                end,
                repeats_by,
                other_paging,
                cap: Some(OffsetCap { max, when_any_of }),
            },
            other => other,
        }
    }

    /// Params of another way to page the same list, refused by `list()`.
    pub const fn other_paging(self, params: &'static [&'static str]) -> Paging {
        match self {
            Paging::Offset {
                offset,
                size,
                rows,
                end,
                repeats_by,
                cap,
                ..
            } => Paging::Offset {
                offset,
                size,
                rows,
                end,
                repeats_by,
                other_paging: params,
                cap,
            },
            other => other,
        }
    }

    /// The cursor also carries a stage param.
    pub const fn stage(self, stage: Stage) -> Paging {
        match self {
            Paging::Cursor {
                cursor,
                size,
                rows,
                end,
            } => Paging::Cursor {
                cursor: Cursor {
                    stage: Some(stage),
                    ..cursor
                },
                size,
                rows,
                end,
            },
            other => other,
        }
    }

    /// The list can be read the other way when the caller starts it with `param`.
    pub const fn reverse(self, param: &'static str, from: CursorFrom) -> Paging {
        match self {
            Paging::Cursor {
                cursor,
                size,
                rows,
                end,
            } => Paging::Cursor {
                cursor: Cursor {
                    reverse: Some((param, from)),
                    ..cursor
                },
                size,
                rows,
                end,
            },
            other => other,
        }
    }

    /// Where the rows are inside `result`, for paging that declares it.
    pub const fn rows(&self) -> Option<&'static str> {
        match self {
            Paging::Offset { rows, .. } | Paging::Cursor { rows, .. } => Some(*rows),
            Paging::None | Paging::Start => None,
        }
    }

    /// The params the reader sets itself (dotted for nested ones), besides cursor params the
    /// caller may give as a starting point.
    pub fn params_set_by_reader(&self) -> Vec<&'static str> {
        match self {
            Paging::None => Vec::new(),
            Paging::Start => vec!["start"],
            Paging::Offset {
                offset,
                size,
                other_paging,
                ..
            } => [*offset, size.param]
                .into_iter()
                .chain(other_paging.iter().copied())
                .collect(),
            Paging::Cursor { size, .. } => vec![size.param],
        }
    }
}

/// One REST method: everything the library knows about it.
#[derive(Clone, Copy, Debug)]
pub struct Method {
    /// The wire name, e.g. `im.notify.answer`.
    pub name: &'static str,
    /// Scopes the app or webhook needs, e.g. `["imopenlines", "imbot"]`.
    pub scopes: &'static [&'static str],
    pub access: Access,
    pub deprecated: bool,
    /// The portal reports this method's errors inside an HTTP 200 `result`
    /// (`{"result": {"result": false, "error": ...}}`); the decoder turns them into errors.
    pub errors_in_result: bool,
    /// Rules over the params, as on an object type (e.g. `MESSAGE` or `ATTACH` is given).
    pub rules: &'static [Rule],
    pub params: &'static [Param],
    pub doc: Doc,
    pub result: ResultTy,
    /// How `list()` pages it; `Paging::None` for methods that are not lists.
    pub paging: Paging,
}

/// A method entry; a write with no params and an `Any` result until told otherwise.
pub const fn method(name: &'static str, scopes: &'static [&'static str]) -> Method {
    Method {
        name,
        scopes,
        access: Access::Write,
        deprecated: false,
        errors_in_result: false,
        rules: &[],
        params: &[],
        doc: Doc::new(""),
        result: ResultTy::new(ANY),
        paging: Paging::None,
    }
}

impl Method {
    /// The method only reads: safe to repeat when an answer is lost.
    pub const fn reads(mut self) -> Method {
        self.access = Access::Read;
        self
    }

    pub const fn deprecated(mut self) -> Method {
        self.deprecated = true;
        self
    }

    pub const fn errors_in_result(mut self) -> Method {
        self.errors_in_result = true;
        self
    }

    /// Rules over the params; the fields they name are declared `opt`.
    pub const fn rules(mut self, rules: &'static [Rule]) -> Method {
        self.rules = rules;
        self
    }

    pub const fn doc(mut self, text: &'static str) -> Method {
        self.doc = Doc::new(text);
        self
    }

    pub const fn params(mut self, params: &'static [Param]) -> Method {
        self.params = params;
        self
    }

    pub const fn result(mut self, ty: Ty) -> Method {
        self.result = ResultTy::new(ty);
        self
    }

    pub const fn paging(mut self, paging: Paging) -> Method {
        self.paging = paging;
        self
    }

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }
}
