//! Field checks that run while a file is read, so that a bad value is
//! reported at its own line and column.

use crate::names::{self, MAX_CHARS, NameProblem};
use serde::de::{self, Deserialize, Deserializer};

/// The longest timer runde accepts: a full day.
pub const MAX_MINUTES: f64 = 24.0 * 60.0;

/// Minutes that must be a finite number above zero and at most a day.
pub fn positive_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(d)?;
    if !value.is_finite() || value <= 0.0 || value > MAX_MINUTES {
        return Err(de::Error::custom(format!(
            "{value} minutes is not a usable duration; expected a number of minutes above 0 and at most {MAX_MINUTES}"
        )));
    }
    Ok(value)
}

/// Like [`positive_minutes`], for an optional field. Reads `5`, `Some(5)`
/// and `None`, so a record that runde saved (which writes `Some(5.0)`)
/// loads again.
pub fn optional_positive_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    match Option::<f64>::deserialize(d)? {
        None => Ok(None),
        Some(value) => {
            positive_minutes(de::value::F64Deserializer::<D::Error>::new(value)).map(Some)
        }
    }
}

/// Minutes that may be zero (framing, close) but never negative.
pub fn non_negative_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(d)?;
    if !value.is_finite() || !(0.0..=MAX_MINUTES).contains(&value) {
        return Err(de::Error::custom(format!(
            "{value} minutes is not a usable duration; expected a number of minutes from 0 to {MAX_MINUTES}"
        )));
    }
    Ok(value)
}

/// A list that must hold at least one item.
pub fn non_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let items = Vec::<T>::deserialize(d)?;
    if items.is_empty() {
        return Err(de::Error::custom(
            "the list is empty; expected at least one item",
        ));
    }
    Ok(items)
}

/// A format version this build can read.
pub fn version_at_most<'de, D: Deserializer<'de>>(d: D, newest: u32) -> Result<u32, D::Error> {
    let version = u32::deserialize(d)?;
    if version == 0 {
        return Err(de::Error::custom(
            "version 0 does not exist; expected version 1 or later",
        ));
    }
    if version > newest {
        return Err(de::Error::custom(format!(
            "written by a newer runde (format version {version}); expected version {newest} or older – update runde to read it"
        )));
    }
    Ok(version)
}

/// A name as `names::check_stored` keeps it: tidied, not empty, not too long.
pub fn name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let value = String::deserialize(d)?;
    names::check_stored(&value).map_err(|problem| match problem {
        NameProblem::TooLong => de::Error::custom(format!(
            "the name is longer than {MAX_CHARS} characters; expected a shorter name"
        )),
        _ => de::Error::custom("the name is empty; expected a name"),
    })
}

/// True for ids made of lowercase letters, digits and single dashes.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// An id that is safe as a file name.
pub fn slug_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let id = String::deserialize(d)?;
    if !is_slug(&id) {
        return Err(de::Error::custom(format!(
            "\"{id}\" is not a usable id; expected lowercase letters a–z, digits and dashes"
        )));
    }
    Ok(id)
}
