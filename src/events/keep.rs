//! What an event keeps as it came (fields the table does not declare, `Any` fields): copied
//! when the caller owns the input (`parse_value`), moved when the parser does (`parse`). A
//! moved value leaves a placeholder in the typed event and its path here; once the typed event
//! is read, each is taken out of the input and put in its place. A 4 MiB body of undeclared
//! fields is then never copied.

use super::parse::Seg;
use crate::prelude::*;
use serde_json::Value;

/// One step of a kept value's path, owned (the input is changed once the paths are read).
enum Step {
    Key(String),
    Index(usize),
}

pub(super) struct Keep {
    /// `None`: copy each value.
    moved: Option<Vec<Vec<Step>>>,
}

impl Keep {
    pub(super) fn copying() -> Keep {
        Keep { moved: None }
    }

    pub(super) fn moving() -> Keep {
        Keep {
            moved: Some(Vec::new()),
        }
    }

    /// `value` for the typed event: a copy, or (a non-empty container, when moving) a
    /// placeholder that `move_into` replaces. Scalars are copied: they cost no more than a path.
    pub(super) fn kept(&mut self, value: &Value, path: &[Seg<'_>]) -> Value {
        let large = match value {
            Value::Object(map) => !map.is_empty(),
            Value::Array(list) => !list.is_empty(),
            _ => false,
        };
        match &mut self.moved {
            Some(moved) if large => {
                moved.push(
                    path.iter()
                        .map(|seg| match seg {
                            Seg::Key(k) => Step::Key((*k).to_owned()),
                            Seg::Index(i) => Step::Index(*i),
                        })
                        .collect(),
                );
                // Not null: a required field must not read as missing before it is filled.
                Value::Bool(false)
            }
            _ => value.clone(),
        }
    }

    /// How many values are recorded (a failed choice of `Either` forgets what it recorded).
    pub(super) fn len(&self) -> usize {
        self.moved.as_ref().map_or(0, Vec::len)
    }

    pub(super) fn truncate(&mut self, len: usize) {
        if let Some(moved) = &mut self.moved {
            moved.truncate(len);
        }
    }

    /// Moves each recorded value from `envelope` (paths start at its `data`) into `data`.
    pub(super) fn move_into(self, envelope: &mut Value, data: &mut Value) {
        for path in self.moved.unwrap_or_default() {
            let taken = at(envelope, &path, false).map(Value::take);
            // The output's path starts below `data`.
            if let (Some(taken), Some(slot)) =
                (taken, at(data, path.get(1..).unwrap_or_default(), true))
            {
                *slot = taken;
            }
        }
    }
}

/// The value at `path`. In the typed event (`typed`) a list read from a form's object is an
/// array (its key is the index) and a map read from a list is an object (its index is the key).
fn at<'v>(mut value: &'v mut Value, path: &[Step], typed: bool) -> Option<&'v mut Value> {
    for step in path {
        value = match (value, step) {
            (Value::Object(map), Step::Key(k)) => map.get_mut(k)?,
            (Value::Array(list), Step::Index(i)) => list.get_mut(*i)?,
            (Value::Array(list), Step::Key(k)) if typed => {
                list.get_mut(k.parse::<usize>().ok()?)?
            }
            (Value::Object(map), Step::Index(i)) if typed => map.get_mut(&i.to_string())?,
            _ => return None,
        };
    }
    Some(value)
}
