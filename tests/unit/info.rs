//! Unit tests of `src/info.rs`: a child module of it (so private items are in reach), kept out of
//! `src/` with the other tests.

/// The package's `methods()` expands the compact table in JS; it must give exactly the
/// rows of `methods_json` (run with Node, which the tests need anyway for the stand-in).
#[test]
fn js_expansion_of_the_compact_table_matches_the_rows() {
    let compact = crate::table_codec::encode(crate::methods::statics());
    let dir = std::env::temp_dir().join(format!("b24-table-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("compact.json");
    std::fs::write(&input, &compact).unwrap();
    let module = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg-template/table.js");
    let script = format!(
        "import('{module}').then(m => process.stdout.write(JSON.stringify(m.expandTable(JSON.parse(require('fs').readFileSync('{}', 'utf8'))))))",
        input.display()
    );
    let out = std::process::Command::new("node")
        .arg("-e")
        .arg(script)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expanded: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows: serde_json::Value = serde_json::from_str(&super::methods_json()).unwrap();
    assert_eq!(expanded.as_array().map(Vec::len), Some(181));
    assert_eq!(expanded, rows);
    let _ = std::fs::remove_dir_all(dir);
}
