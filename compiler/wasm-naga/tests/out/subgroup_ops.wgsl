@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32, @builtin(subgroup_size) subgroup_size: u32) {
    var local: u32;
    var local_1: f32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var pending: u32 = 0u;

    local = 0u;
    local_1 = 0f;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local = local_id.x;
    let _e19 = local;
    let _e34 = x[min((((4096u + (_e19 << 2u)) + 4294963200u) >> 2u), (arrayLength((&x)) - 1u))];
    local_1 = _e34;
    let _e39 = local;
    local_2 = (4096u + (_e39 << 4u));
    let _e46 = local_2;
    let _e48 = local_1;
    let _e49 = subgroupAdd(_e48);
    out[min(((_e46 + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = bitcast<u32>(_e49);
    let _e62 = local_2;
    let _e64 = local_1;
    let _e65 = subgroupExclusiveAdd(_e64);
    out[min(((_e62 + 4294963204u) >> 2u), (arrayLength((&out)) - 1u))] = bitcast<u32>(_e65);
    let _e78 = local_2;
    let _e80 = local_1;
    let _e82 = (_e80 > 0f);
    let _e87 = subgroupBallot(_e82);
    out[min(((_e78 + 4294963208u) >> 2u), (arrayLength((&out)) - 1u))] = _e87.x;
    local_3 = subgroup_invocation_id;
    local_4 = (subgroup_size >> 1u);
    loop {
        let _e107 = local_4;
        let _e109 = (_e107 == 0u);
        if _e109 {
            pending = 2u;
            break;
        }
        let _e117 = local_3;
        let _e119 = local_3;
        let _e121 = local_4;
        let _e122 = subgroupShuffleXor(_e119, _e121);
        local_3 = (_e117 + _e122);
        let _e126 = local_4;
        local_4 = (_e126 >> 1u);
        continue;
        break;
    }
    let _e132 = pending;
    if (_e132 == 2u) {
        pending = 0u;
    }
    let _e138 = local_2;
    let _e140 = local_3;
    out[min(((_e138 + 4294963212u) >> 2u), (arrayLength((&out)) - 1u))] = _e140;
}
