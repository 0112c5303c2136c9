//! Writes the reports of two hand-built runs (the BabelStream cases on an H100
//! at one size, and a size sweep) into a directory, to look at the output:
//! `cargo run -p everygpu-report --example demo_report -- DIR`.

#[path = "../tests/common/mod.rs"]
mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| std::path::PathBuf::from("everygpu-demo-report"), Into::into);
    for (stem, run) in [("h100", common::h100_run()), ("sweep", common::sweep_run())] {
        let files = everygpu_report::write_report(&run, &dir, stem)?;
        for path in files.all() {
            println!("{}", path.display());
        }
    }
    Ok(())
}
