//! The vocabulary of the method table: what a method, a parameter and a type are.
//!
//! Every entry of `crate::methods` is plain `static` data built with the `const fn`s here, and
//! one interpreter (`crate::validate`) checks params against it. Documentation and result
//! types are kept only in native builds (they feed the TS generator and the tests); in the
//! `.wasm` they compile to nothing, which keeps the package small.

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
    /// A date or date-time string (ISO 8601 or the portal's formats).
    Date,
    /// A file: `["name.ext", "<base64>"]`, or a string (base64 or URL).
    File,
    /// Any JSON value.
    Any,
    /// One of these strings (numbers are compared by their decimal text).
    Enum(&'static [&'static str]),
    /// A JSON array of one type.
    Array(&'static Ty),
    /// A JSON object with exactly these fields (unknown fields are refused).
    Object(&'static [Param]),
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
pub const FILE: Ty = Ty::File;
pub const ANY: Ty = Ty::Any;
/// The portal's `char` flags.
pub const YN: Ty = Ty::Enum(&["Y", "N"]);
pub const INTS: Ty = Ty::Array(&INT);
pub const STRS: Ty = Ty::Array(&STR);
/// An object whose keys are free (filters, orders, custom data).
pub const DICT: Ty = Ty::Map(&ANY);

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
    /// At least one of these params must be given (e.g. `MESSAGE` or `ATTACH`); empty: no rule.
    pub one_required: &'static [&'static str],
    pub params: &'static [Param],
    pub doc: Doc,
    pub result: ResultTy,
}

/// A method entry; a write with no params and an `Any` result until told otherwise.
pub const fn method(name: &'static str, scopes: &'static [&'static str]) -> Method {
    Method {
        name,
        scopes,
        access: Access::Write,
        deprecated: false,
        errors_in_result: false,
        one_required: &[],
        params: &[],
        doc: Doc::new(""),
        result: ResultTy::new(ANY),
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

    /// At least one of `names` must be given; each of them is declared `opt`.
    pub const fn one_required(mut self, names: &'static [&'static str]) -> Method {
        self.one_required = names;
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

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }
}
