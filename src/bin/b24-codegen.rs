//! Writes the TypeScript declarations of the method table: `b24-codegen <out/methods.d.ts>`
//! (stdout without an argument), and beside it those of the event table (`events.d.ts`) and
//! its reference (`EVENTS.md`). Run by the package build.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    let text = b24_wasm::codegen::methods_dts();
    match std::env::args_os().nth(1) {
        Some(path) => {
            std::fs::write(&path, text)?;
            let dir = std::path::Path::new(&path)
                .parent()
                .unwrap_or(std::path::Path::new("."));
            std::fs::write(dir.join("events.d.ts"), b24_wasm::events::dts::events_dts())?;
            std::fs::write(dir.join("EVENTS.md"), b24_wasm::events::dts::events_md())
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

// The generator runs on the build machine only; the wasm build has nothing to run here.
#[cfg(target_arch = "wasm32")]
fn main() {}
