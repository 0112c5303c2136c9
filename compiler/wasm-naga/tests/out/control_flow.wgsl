@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var pending: u32 = 0u;
    var local_4: u32;
    var local_5: u32;

    local = 0u;
    local = local_id.x;
    let _e11 = local;
    let _e17 = local;
    local_1 = _e17;
    local_2 = 0u;
    local_3 = 0u;
    let _e24 = local_1;
    switch (_e24 % 4u) {
        case 0u: {
            pending = 6u;
        }
        case 1u: {
            pending = 5u;
        }
        case 2u: {
            pending = 4u;
        }
        default: {
            pending = 3u;
        }
    }
    let _e37 = pending;
    if (_e37 == 6u) {
        pending = 0u;
    }
    let _e43 = pending;
    if (_e43 == 0u) {
        loop {
            let _e47 = local_3;
            local_3 = (_e47 + 1u);
            let _e52 = local_2;
            let _e54 = local_3;
            local_2 = (_e52 + _e54);
            let _e58 = local_2;
            let _e60 = (_e58 > 100u);
            if _e60 {
                pending = 3u;
                break;
            }
            let _e67 = local_3;
            let _e69 = local_1;
            let _e70 = (_e67 < _e69);
            if _e70 {
                continue;
            }
            break;
        }
    }
    let _e75 = pending;
    if (_e75 == 0u) {
        pending = 3u;
    }
    let _e81 = pending;
    if (_e81 == 5u) {
        pending = 0u;
    }
    let _e87 = pending;
    if (_e87 == 0u) {
        let _e91 = local_1;
        let _e93 = (_e91 > 20u);
        if _e93 {
            let _e98 = local_1;
            local_4 = (_e98 * 3u);
        } else {
            let _e104 = local_1;
            local_4 = (0u - _e104);
        }
        let _e108 = local_4;
        local_2 = _e108;
        pending = 3u;
    }
    let _e113 = pending;
    if (_e113 == 4u) {
        pending = 0u;
    }
    let _e119 = pending;
    if (_e119 == 0u) {
        let _e124 = local_1;
        let _e126 = (_e124 < 30u);
        if _e126 {
            local_5 = 7u;
        }
        if !(_e126) {
            local_5 = 9u;
        }
        let _e135 = local_5;
        local_2 = _e135;
    }
    let _e138 = pending;
    if (_e138 == 3u) {
        pending = 0u;
    }
    let _e144 = local_2;
    out[min((((4096u + (_e11 << 2u)) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = (_e144 + 1000u);
}
