//! Writes the generated files into a package directory: `b24-codegen <dir>`.
//!
//! The method files are the ones `build.rs` generated for this very build (so the package's
//! `methods.json` and `methods.d.ts` and the `.wasm`'s embedded table come from one run of
//! `codegen::generate`); beside them go the event table's `events.d.ts` and `EVENTS.md`, and
//! `methods.data.js`, the ES module `methods()` imports (`methods.json` as `JSON.parse` text:
//! an `import` of JSON needs import attributes that Node 18.0-18.19 and Rollup reject).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    const METHODS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/methods.json"));
    const METHODS_DTS: &str = include_str!(concat!(env!("OUT_DIR"), "/methods.d.ts"));
    // The error codes, the error text's templates and the options, from the same build.rs run.
    const VOCABULARY: [(&str, &str); 6] = [
        (
            "codes.js",
            include_str!(concat!(env!("OUT_DIR"), "/codes.js")),
        ),
        (
            "messages.js",
            include_str!(concat!(env!("OUT_DIR"), "/messages.js")),
        ),
        (
            "codes.d.ts",
            include_str!(concat!(env!("OUT_DIR"), "/codes.d.ts")),
        ),
        (
            "options.js",
            include_str!(concat!(env!("OUT_DIR"), "/options.js")),
        ),
        (
            "options.d.ts",
            include_str!(concat!(env!("OUT_DIR"), "/options.d.ts")),
        ),
        (
            "options.examples.json",
            include_str!(concat!(env!("OUT_DIR"), "/options.examples.json")),
        ),
    ];
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: b24-codegen <package dir>");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&dir);
    std::fs::create_dir_all(dir)?;
    let data = format!(
        "// methods.json as an ES module (written by b24-codegen; do not edit).\nexport default JSON.parse({});\n",
        b24_wasm::codegen::quote(METHODS_JSON)
    );
    let placements_json = b24_wasm::placements::dts::placements_json();
    let placements_data = format!(
        "// placements.json as an ES module (written by b24-codegen; do not edit).\nexport default JSON.parse({});\n",
        b24_wasm::codegen::quote(&placements_json)
    );
    for (name, text) in [
        ("methods.json", METHODS_JSON),
        ("methods.d.ts", METHODS_DTS),
        ("methods.data.js", &data),
        ("events.d.ts", &b24_wasm::events::dts::events_dts()),
        ("EVENTS.md", &b24_wasm::events::dts::events_md()),
        (
            "placements.d.ts",
            &b24_wasm::placements::dts::placements_dts(),
        ),
        ("PLACEMENTS.md", &b24_wasm::placements::dts::placements_md()),
        ("placements.json", &placements_json),
        ("placements.data.js", &placements_data),
        (
            "wasm-types.d.ts",
            &b24_wasm::codegen::error_data::wasm_types_dts(),
        ),
    ] {
        std::fs::write(dir.join(name), text)?;
    }
    for (name, text) in VOCABULARY {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

// The generator runs on the build machine only; the wasm build has nothing to run here.
#[cfg(target_arch = "wasm32")]
fn main() {}
