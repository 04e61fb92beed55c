//! The config loader on any bytes: no panic, no hang, and a config that loads
//! saves and loads back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runde::model::Config;
use runde::store::parse::{parse, to_ron};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    if let Ok(value) = parse::<Config>(path, data) {
        let text = to_ron(&value).expect("a loaded config saves");
        let again = parse::<Config>(path, text.as_bytes()).expect("a saved config loads");
        assert_eq!(again, value, "round trip changed the config");
    }
});
