//! `ARCHITECTURE.md` stays true where it can be checked: its crates table
//! lists every workspace crate, and each crate depends only on crates above
//! it, as its heading says.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

#[test]
fn the_crates_table_lists_every_crate_each_below_its_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    assert!(
        map.contains("## Crates (each depends only on crates above it)"),
        "the crates table's heading changed: update this test with it"
    );
    // The table's rows, in order: `| `name` | path | ...`.
    let listed: Vec<String> = map
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once("` |").map(|(name, _)| name.to_string()))
        .filter(|name| name.starts_with("everygpu"))
        .collect();

    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(&root)
        .output()
        .expect("cargo metadata");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    let members: BTreeSet<String> = packages
        .iter()
        .filter_map(|p| p["name"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        listed.iter().cloned().collect::<BTreeSet<_>>(),
        members,
        "ARCHITECTURE.md's crates table and the workspace's members differ"
    );

    for p in packages {
        let name = p["name"].as_str().expect("name");
        let row = listed.iter().position(|l| l == name).expect("listed");
        for d in p["dependencies"].as_array().expect("dependencies") {
            // Normal dependencies only: tests may reach further.
            if !d["kind"].is_null() {
                continue;
            }
            let dep = d["name"].as_str().expect("dependency name");
            if let Some(at) = listed.iter().position(|l| l == dep) {
                assert!(
                    at < row,
                    "`{name}` depends on `{dep}`, which ARCHITECTURE.md lists below it"
                );
            }
        }
    }
}
