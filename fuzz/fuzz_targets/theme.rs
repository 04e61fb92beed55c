//! The theme loader on any bytes: no panic, no hang, and a theme that loads
//! saves and loads back equal.
#![no_main]

mod reached;

use libfuzzer_sys::fuzz_target;
use runde::model::Theme;
use runde::store::parse::{parse, to_ron};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    let loaded = parse::<Theme>(path, data);
    reached::count(loaded.is_ok());
    if let Ok(value) = loaded {
        let text = to_ron(&value).expect("a loaded theme saves");
        let again = parse::<Theme>(path, text.as_bytes()).expect("a saved theme loads");
        assert_eq!(again, value, "round trip changed the theme");
    }
});
