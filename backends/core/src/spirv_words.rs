//! Reading and amending the SPIR-V words naga writes.
//!
//! [`declared_types`] reads which float and 64-bit integer types the module
//! declares (the naga type arena lists only the types of declarations, not
//! those of expressions, so a kernel computing in f64 between f32 loads would
//! not show there).
//!
//! Float semantics: wasm, like Rust, defines NaNs, infinities and the sign
//! of zero exactly: `x != x` is how `f32::is_nan` compiles, float→int casts
//! test for NaN, and `-0.0` is not `0.0` to `copysign` or a division. Vulkan,
//! however, lets a driver assume that float operands and results are never
//! NaN or infinite and ignore the sign of zero (folding `x != x` to false,
//! `x + 0.0` to `x`), unless the entry point declares the
//! `SignedZeroInfNanPreserve` execution mode (SPV_KHR_float_controls, core in
//! Vulkan 1.2; the device must report `shaderSignedZeroInfNanPreserveFloat32`
//! and `...Float64` for the widths used). naga's SPIR-V writer has no option
//! for the mode, so [`preserve_signed_zero_inf_nan`] adds it to the words it
//! wrote, for every float width the module declares. A device that cannot
//! preserve a width gets the module without that mode
//! ([`drop_signed_zero_inf_nan`]): declaring it there is invalid, and the
//! backend says in its device details that such values may differ.

/// `OpExtension`
const OP_EXTENSION: u32 = 10;
/// `OpTypeInt`
const OP_TYPE_INT: u32 = 21;
/// `OpTypeFloat`
const OP_TYPE_FLOAT: u32 = 22;
/// `OpCapability`
const OP_CAPABILITY: u32 = 17;
/// `OpEntryPoint`
const OP_ENTRY_POINT: u32 = 15;
/// `OpExecutionMode`
const OP_EXECUTION_MODE: u32 = 16;
/// `OpExecutionModeId`
const OP_EXECUTION_MODE_ID: u32 = 331;
/// `OpMemoryModel`
const OP_MEMORY_MODEL: u32 = 14;
/// Memory model `Vulkan`.
const MEMORY_MODEL_VULKAN: u32 = 3;
/// Capability `VulkanMemoryModelDeviceScope`.
const CAPABILITY_VULKAN_MEMORY_MODEL_DEVICE_SCOPE: u32 = 5346;
/// Capability `SignedZeroInfNanPreserve`.
const CAPABILITY_SIGNED_ZERO_INF_NAN_PRESERVE: u32 = 4466;
/// Execution mode `SignedZeroInfNanPreserve` (operand: the float width).
const MODE_SIGNED_ZERO_INF_NAN_PRESERVE: u32 = 4461;
/// The SPIR-V magic number.
const MAGIC: u32 = 0x0723_0203;
const EXTENSION: &str = "SPV_KHR_float_controls";

fn instruction(opcode: u32, operands: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(operands.len() + 1);
    out.push(((operands.len() as u32 + 1) << 16) | opcode);
    out.extend_from_slice(operands);
    out
}

/// A SPIR-V literal string: UTF-8, NUL-terminated, padded to whole words.
fn literal_string(s: &str) -> Vec<u32> {
    let mut bytes = s.as_bytes().to_vec();
    bytes.push(0);
    while !bytes.len().is_multiple_of(4) {
        bytes.push(0);
    }
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Every instruction of `words` as (opcode, operands), after the header.
fn instructions(words: &[u32]) -> Result<Vec<(u32, &[u32])>, String> {
    if words.len() < 5 || words[0] != MAGIC {
        return Err("not a SPIR-V module".into());
    }
    let mut out = Vec::new();
    let mut at = 5;
    while at < words.len() {
        let count = (words[at] >> 16) as usize;
        if count == 0 || at + count > words.len() {
            return Err(format!("malformed SPIR-V instruction at word {at}"));
        }
        out.push((words[at] & 0xffff, &words[at + 1..at + count]));
        at += count;
    }
    Ok(out)
}

/// The widths of the float types the module declares (ascending), and
/// whether it declares a 64-bit integer type.
pub fn declared_types(words: &[u32]) -> Result<(Vec<u32>, bool), String> {
    let mut floats = Vec::new();
    let mut i64 = false;
    for (opcode, operands) in instructions(words)? {
        match (opcode, operands.get(1)) {
            (OP_TYPE_FLOAT, Some(&w)) if !floats.contains(&w) => floats.push(w),
            (OP_TYPE_INT, Some(64)) => i64 = true,
            _ => {}
        }
    }
    floats.sort_unstable();
    Ok((floats, i64))
}

/// The float widths whose `SignedZeroInfNanPreserve` execution mode `words`
/// declares (ascending).
pub fn preserved_widths(words: &[u32]) -> Result<Vec<u32>, String> {
    let mut widths: Vec<u32> = instructions(words)?
        .into_iter()
        .filter_map(|(opcode, operands)| match (opcode, operands) {
            (OP_EXECUTION_MODE, [_, MODE_SIGNED_ZERO_INF_NAN_PRESERVE, width]) => Some(*width),
            _ => None,
        })
        .collect();
    widths.sort_unstable();
    widths.dedup();
    Ok(widths)
}

/// Returns `words` (a module with one entry point) with
/// `OpExecutionMode %entry SignedZeroInfNanPreserve W` for every float width
/// in `widths`, and the capability and extension that mode needs (`words`
/// unchanged when `widths` is empty: a kernel without floats).
pub fn preserve_signed_zero_inf_nan(words: &[u32], widths: &[u32]) -> Result<Vec<u32>, String> {
    if widths.is_empty() {
        instructions(words)?;
        return Ok(words.to_vec());
    }
    let mut capabilities_end = 5;
    let mut modes_end = None;
    let mut entry = None;
    let mut has_capability = false;
    let mut at = 5;
    for (opcode, operands) in instructions(words)? {
        let end = at + 1 + operands.len();
        match opcode {
            OP_CAPABILITY => {
                capabilities_end = end;
                has_capability |= operands.first() == Some(&CAPABILITY_SIGNED_ZERO_INF_NAN_PRESERVE);
            }
            OP_ENTRY_POINT => {
                if entry.is_some() {
                    return Err("more than one entry point".into());
                }
                entry = operands.get(1).copied();
                modes_end = Some(end);
            }
            OP_EXECUTION_MODE | OP_EXECUTION_MODE_ID => modes_end = Some(end),
            // Past the entry point and its modes: debug names, annotations, types, code.
            _ if modes_end.is_some() => break,
            _ => {}
        }
        at = end;
    }
    let (Some(entry), Some(modes_end)) = (entry, modes_end) else {
        return Err("no entry point".into());
    };
    let mut out = Vec::with_capacity(words.len() + 16);
    out.extend_from_slice(&words[..capabilities_end]);
    if !has_capability {
        out.extend(instruction(OP_CAPABILITY, &[CAPABILITY_SIGNED_ZERO_INF_NAN_PRESERVE]));
        out.extend(instruction(OP_EXTENSION, &literal_string(EXTENSION)));
    }
    out.extend_from_slice(&words[capabilities_end..modes_end]);
    for &w in widths {
        out.extend(instruction(
            OP_EXECUTION_MODE,
            &[entry, MODE_SIGNED_ZERO_INF_NAN_PRESERVE, w],
        ));
    }
    out.extend_from_slice(&words[modes_end..]);
    Ok(out)
}

/// Returns `words` with the `VulkanMemoryModelDeviceScope` capability when
/// the module uses the Vulkan memory model (naga declares it for cooperative
/// matrices): the status buffer's atomics have device scope, which that
/// memory model allows only with the capability. Unchanged otherwise.
pub fn declare_vulkan_device_scope(words: &[u32]) -> Result<Vec<u32>, String> {
    let parsed = instructions(words)?;
    let vulkan = parsed
        .iter()
        .any(|(op, operands)| *op == OP_MEMORY_MODEL && operands.get(1) == Some(&MEMORY_MODEL_VULKAN));
    let declared = parsed.iter().any(|(op, operands)| {
        *op == OP_CAPABILITY && operands.first() == Some(&CAPABILITY_VULKAN_MEMORY_MODEL_DEVICE_SCOPE)
    });
    if !vulkan || declared {
        return Ok(words.to_vec());
    }
    let mut capabilities_end = 5;
    let mut at = 5;
    for (opcode, operands) in &parsed {
        at += 1 + operands.len();
        if *opcode == OP_CAPABILITY {
            capabilities_end = at;
        }
    }
    let mut out = Vec::with_capacity(words.len() + 2);
    out.extend_from_slice(&words[..capabilities_end]);
    out.extend(instruction(
        OP_CAPABILITY,
        &[CAPABILITY_VULKAN_MEMORY_MODEL_DEVICE_SCOPE],
    ));
    out.extend_from_slice(&words[capabilities_end..]);
    Ok(out)
}

/// Returns `words` without `OpExecutionMode ... SignedZeroInfNanPreserve W`
/// for every width `W` not in `supported`; without the capability and the
/// `SPV_KHR_float_controls` extension too when no such mode is left (the
/// inverse of [`preserve_signed_zero_inf_nan`] for the widths removed).
pub fn drop_signed_zero_inf_nan(words: &[u32], supported: &[u32]) -> Result<Vec<u32>, String> {
    let parsed = instructions(words)?;
    let dropped = |opcode: u32, operands: &[u32]| {
        opcode == OP_EXECUTION_MODE
            && operands.get(1) == Some(&MODE_SIGNED_ZERO_INF_NAN_PRESERVE)
            && !operands.get(2).is_some_and(|w| supported.contains(w))
    };
    let kept_modes = parsed
        .iter()
        .filter(|(op, o)| {
            *op == OP_EXECUTION_MODE && o.get(1) == Some(&MODE_SIGNED_ZERO_INF_NAN_PRESERVE) && !dropped(*op, o)
        })
        .count();
    let extension = literal_string(EXTENSION);
    let mut out = Vec::with_capacity(words.len());
    out.extend_from_slice(&words[..5]);
    let mut at = 5;
    for (opcode, operands) in parsed {
        let end = at + 1 + operands.len();
        let drop = dropped(opcode, operands)
            || (kept_modes == 0
                && ((opcode == OP_CAPABILITY && operands == [CAPABILITY_SIGNED_ZERO_INF_NAN_PRESERVE])
                    || (opcode == OP_EXTENSION && operands == extension.as_slice())));
        if !drop {
            out.extend_from_slice(&words[at..end]);
        }
        at = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_capability_extension_and_modes() {
        // Header, OpCapability Shader, OpMemoryModel, OpEntryPoint GLCompute %4 "m", OpExecutionMode %4 LocalSize 1 1 1, OpName.
        let mut words = vec![MAGIC, 0x0001_0000, 0, 10, 0];
        words.extend(instruction(OP_CAPABILITY, &[1]));
        words.extend(instruction(14, &[0, 1]));
        let mut ep = vec![5, 4];
        ep.extend(literal_string("m"));
        words.extend(instruction(OP_ENTRY_POINT, &ep));
        words.extend(instruction(OP_EXECUTION_MODE, &[4, 17, 1, 1, 1]));
        words.extend(instruction(5, &[4, literal_string("m")[0]]));
        let out = preserve_signed_zero_inf_nan(&words, &[32, 64]).unwrap();
        let mut expected = words[..7].to_vec();
        expected.extend(instruction(OP_CAPABILITY, &[CAPABILITY_SIGNED_ZERO_INF_NAN_PRESERVE]));
        expected.extend(instruction(OP_EXTENSION, &literal_string(EXTENSION)));
        let modes_end = words.len() - 3;
        expected.extend_from_slice(&words[7..modes_end]);
        expected.extend(instruction(
            OP_EXECUTION_MODE,
            &[4, MODE_SIGNED_ZERO_INF_NAN_PRESERVE, 32],
        ));
        expected.extend(instruction(
            OP_EXECUTION_MODE,
            &[4, MODE_SIGNED_ZERO_INF_NAN_PRESERVE, 64],
        ));
        expected.extend_from_slice(&words[modes_end..]);
        assert_eq!(out, expected);
        assert_eq!(preserved_widths(&out), Ok(vec![32, 64]));
        assert_eq!(preserved_widths(&words), Ok(vec![]));
    }

    #[test]
    fn finds_float_widths_and_64_bit_integers() {
        let mut words = vec![MAGIC, 0x0001_0000, 0, 10, 0];
        words.extend(instruction(OP_TYPE_INT, &[1, 32, 0]));
        words.extend(instruction(OP_TYPE_FLOAT, &[2, 64]));
        assert_eq!(declared_types(&words), Ok((vec![64], false)));
        words.extend(instruction(OP_TYPE_INT, &[3, 64, 0]));
        words.extend(instruction(OP_TYPE_FLOAT, &[4, 32]));
        assert_eq!(declared_types(&words), Ok((vec![32, 64], true)));
    }

    #[test]
    fn refuses_what_is_not_spirv() {
        assert!(preserve_signed_zero_inf_nan(&[1, 2, 3], &[32]).is_err());
        let header_only = [MAGIC, 0x0001_0000, 0, 1, 0];
        assert!(preserve_signed_zero_inf_nan(&header_only, &[32]).is_err());
    }

    #[test]
    fn dropping_unsupported_widths_undoes_the_preservation() {
        let mut words = vec![MAGIC, 0x0001_0000, 0, 10, 0];
        words.extend(instruction(OP_CAPABILITY, &[1]));
        words.extend(instruction(14, &[0, 1]));
        words.extend(instruction(OP_ENTRY_POINT, &[5, 4, 0x6d]));
        words.extend(instruction(OP_EXECUTION_MODE, &[4, 17, 1, 1, 1]));
        words.extend(instruction(5, &[4, 0x6d]));
        let both = preserve_signed_zero_inf_nan(&words, &[32, 64]).unwrap();
        assert_eq!(
            drop_signed_zero_inf_nan(&both, &[32, 64]).unwrap(),
            both,
            "all supported"
        );
        assert_eq!(drop_signed_zero_inf_nan(&both, &[]).unwrap(), words, "none supported");
        let only32 = preserve_signed_zero_inf_nan(&words, &[32]).unwrap();
        assert_eq!(drop_signed_zero_inf_nan(&both, &[32]).unwrap(), only32);
        assert!(drop_signed_zero_inf_nan(&[1, 2, 3], &[]).is_err());
    }
}
