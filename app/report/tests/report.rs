//! Reports: the Markdown's numbers, the files written, the PNGs decoded.

mod common;

use common::{empty_run, h100_run, sweep_run};
use everygpu_report::{plot, write_report, BenchRecord, BenchRun, DeviceInfo, RecordKind};

/// One triad case at 2^20 on one device, plus a copy case at two sizes.
fn small_run() -> BenchRun {
    let n: u64 = 1 << 20;
    let mut run = empty_run("sample-kernels", 1_776_691_507, "abc123");
    run.devices = vec![DeviceInfo {
        driver: "580.1".into(),
        peak_gbps: Some(3350.0),
        peak_gflops: Some(60_000.0),
        copy_gbps: Some(2000.0),
        ..DeviceInfo::new("cuda:0", "Test GPU")
    }];
    run.records = vec![
        BenchRecord::new(
            "triad_f32",
            n,
            "cuda:0",
            RecordKind::Baseline {
                name: "CUDA C++".into(),
            },
        )
        .with_times(&[11_000.0])
        .with_work(12 * n, 2 * n),
        BenchRecord::new("triad_f32", n, "cuda:0", RecordKind::Kernel)
            .with_kernel("triad")
            .with_times(&[10_000.0, 9_000.0, 12_000.0])
            .with_work(12 * n, 2 * n)
            .with_baseline("CUDA C++", 1.1),
        BenchRecord::new("triad_f32", n, "vulkan:0", RecordKind::Kernel)
            .with_kernel("triad")
            .with_status("mismatch")
            .with_message("3 of 1048576 values differ")
            .with_times(&[20_000.0])
            .with_work(12 * n, 2 * n),
        BenchRecord::new("copy_f32", 1024, "cuda:0", RecordKind::Kernel)
            .with_times(&[1_000.0])
            .with_work(8 * 1024, 0),
        BenchRecord::new("copy_f32", 4096, "cuda:0", RecordKind::Kernel)
            .with_times(&[2_000.0])
            .with_work(8 * 4096, 0),
    ];
    run
}

/// The cells of the first table row whose first cells are `start`.
fn row(markdown: &str, start: &[&str]) -> Vec<String> {
    markdown
        .lines()
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.len() >= start.len() && cells.iter().zip(start).all(|(c, s)| c == s))
        .unwrap_or_else(|| panic!("no row starting with {start:?} in:\n{markdown}"))
}

#[test]
fn markdown_has_the_numbers_of_each_record() {
    let md = everygpu_report::markdown::render(&small_run());
    // 12 MiB in 10 µs: 1258 GB/s; 2 Mi flops: 210 GFLOP/s; 62.9% of the 2000 GB/s
    // copy roof; the nearer theoretical roof is bandwidth: 1258 / 3350 = 37.6%.
    assert_eq!(
        row(&md, &["2^20", "cuda:0"]),
        [
            "2^20",
            "cuda:0",
            "match",
            "0.0100",
            "0.00900",
            "0.0120",
            "1258",
            "210",
            "62.9%",
            "37.6%",
            "1.10× CUDA C++"
        ]
    );
    assert_eq!(
        row(&md, &["2^20", "cuda:0 (CUDA C++)"])[3..10],
        ["0.0110", "0.0110", "0.0110", "1144", "191", "57.2%", "34.1%"]
    );
    // No device information for vulkan:0: no percentages.
    assert_eq!(
        row(&md, &["2^20", "vulkan:0"])[2..11],
        ["mismatch", "0.0200", "0.0200", "0.0200", "629", "105", "-", "-", "-"]
    );
    assert!(
        md.contains("- 2^20 `vulkan:0`: mismatch: 3 of 1048576 values differ"),
        "{md}"
    );
    assert_eq!(
        row(&md, &["cuda:0", "Test GPU"]),
        ["cuda:0", "Test GPU", "580.1", "3350", "60000", "2000"]
    );
    // The summary takes each case at its largest size.
    let summary = row(&md, &["triad_f32", "2^20"]);
    assert_eq!(summary[2..], ["1144", "1258 (1.10× CUDA C++)", "629 mismatch"]);
    assert_eq!(row(&md, &["copy_f32", "2^12"])[3], "16.4");
    assert!(md.contains("## triad_f32 (kernel `triad`)"));
    assert!(md.contains("- started 2026-04-20 13:25:07 UTC"));
    assert!(md.contains("- kernel crate `sample-kernels`, sources `abc123`"));
}

#[test]
fn markdown_escapes_table_breaking_text() {
    let mut run = small_run();
    run.records[2].message = "a | b\nc".into();
    let md = everygpu_report::markdown::render(&run);
    assert!(md.contains("a \\| b c"), "{md}");
}

#[test]
fn markdown_lists_the_run_notes_after_the_devices() {
    let mut run = small_run();
    run.notes = vec!["Warm-up: 2 runs and at least 200 ms per case.".into()];
    let md = everygpu_report::markdown::render(&run);
    let note = md
        .find("- Warm-up: 2 runs and at least 200 ms per case.")
        .expect("the note");
    assert!(md.find("## Devices").expect("devices") < note, "{md}");
    assert!(note < md.find("## Summary").expect("summary"), "{md}");
}

fn decode_png(path: &std::path::Path) -> (u32, u32, Vec<u8>) {
    let bytes = std::fs::read(path).expect("PNG written");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a buffer size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// How many pixels have exactly this colour.
fn count(rgb: &[u8], color: [u8; 3]) -> usize {
    rgb.chunks_exact(3).filter(|p| *p == color).count()
}

#[test]
fn report_files_are_written_and_decode() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (stem, run) in [("h100", h100_run()), ("sweep", sweep_run())] {
        let files = write_report(&run, dir.path(), stem).expect("report written");
        assert_eq!(files.markdown, dir.path().join(format!("{stem}.md")));
        assert_eq!(files.roofline_png, dir.path().join(format!("{stem}-roofline.png")));

        let md = std::fs::read_to_string(&files.markdown).expect("markdown");
        assert!(md.contains(&format!("![roofline]({stem}-roofline.png)")));
        let json = std::fs::read_to_string(&files.json).expect("json");
        let back: BenchRun = serde_json::from_str(&json).expect("the JSON is a BenchRun");
        assert_eq!(back, run);

        let (w, h, rgb) = decode_png(&files.throughput_png);
        assert_eq!((w, h), plot::throughput_size(&run));
        // The first series colour (Tableau blue) and dark text are drawn.
        assert!(count(&rgb, [31, 119, 180]) > 200, "{stem}: no data drawn");
        let dark = rgb.chunks_exact(3).filter(|p| p.iter().all(|c| *c < 80)).count();
        assert!(dark > 500, "{stem}: no text or axes drawn");

        let (w, h, rgb) = decode_png(&files.roofline_png);
        assert_eq!((w, h), plot::ROOFLINE_SIZE);
        assert!(count(&rgb, [31, 119, 180]) > 200, "{stem}: no roof drawn");
    }
}

#[test]
fn throughput_plot_grows_with_cases() {
    let one = {
        let mut r = small_run();
        r.records.retain(|r| r.case == "triad_f32");
        r
    };
    let (w1, h1) = plot::throughput_size(&one);
    let (w4, h4) = plot::throughput_size(&h100_run());
    assert!(w4 > w1 && h4 > h1);
    let png = plot::throughput_png(&one).expect("plot");
    assert_eq!(&png[1..4], b"PNG");
}

#[test]
fn an_empty_run_still_makes_a_report() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let run = empty_run("empty", 0, "0");
    let files = write_report(&run, &dir.path().join("nested/dir"), "empty").expect("report written");
    for path in files.all() {
        assert!(path.is_file(), "{} missing", path.display());
    }
    let md = std::fs::read_to_string(&files.markdown).expect("markdown");
    assert!(md.contains("No measurements."));
    assert_eq!(decode_png(&files.roofline_png).0, plot::ROOFLINE_SIZE.0);
}

#[test]
fn degenerate_times_still_plot() {
    let mut run = small_run();
    // A time so small that the rate overflows to infinity, and a zero time.
    run.records[1].median_ns = Some(1e-320);
    run.records[3].median_ns = Some(0.0);
    assert_eq!(run.records[1].gbps(), Some(f64::INFINITY));
    plot::throughput_png(&run).expect("throughput plot");
    plot::roofline_png(&run).expect("roofline plot");
    let md = everygpu_report::markdown::render(&run);
    assert_eq!(
        row(&md, &["2^20", "cuda:0"])[6],
        "-",
        "an infinite rate is not a number to show"
    );
}
