//! Printing from kernel threads (`gpu_println!`), the same on every backend.

use super::*;

/// `out[i] = x[i]²`, and every thread says so: which thread of which
/// workgroup, its element and the square. `everygpu run` shows the lines
/// under its table, once per distinct output with the backends that printed
/// it (`--prints all` for every line, `--json` in `"prints"`).
#[kernel]
pub fn print_squares(x: &[f32], out: &mut [f32]) {
    let i = global_index();
    if i < out.len() {
        let square = x[i] * x[i];
        out[i] = square;
        gpu_println!(
            "thread {:>3} of workgroup {}: {} squared is {square:.4}",
            local_id().x,
            workgroup_id().x,
            x[i]
        );
    }
}
