//! The network loader on any bytes: no panic, no hang, and a network that loads
//! saves and loads back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runde::model::Network;
use runde::store::parse::{parse, to_ron};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    if let Ok(value) = parse::<Network>(path, data) {
        let text = to_ron(&value).expect("a loaded network saves");
        let again = parse::<Network>(path, text.as_bytes()).expect("a saved network loads");
        assert_eq!(again, value, "round trip changed the network");
    }
});
