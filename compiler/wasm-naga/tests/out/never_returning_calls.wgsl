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
    var local_4: u32;
    var local_5: u32;

    local = 0u;
    local = local_id.x;
    let _e11 = local;
    let _e17 = local;
    let _e21 = params[2];
    let _e22 = (_e17 < _e21);
    if _e22 {
        let _e27 = local;
        local_1 = _e27;
    } else {
        let _e30 = local;
        if ((_e30 & 1u) != 0u) {
            let _e36 = local;
            local_3 = _e36;
            loop {
                let _e39 = local_3;
                local_3 = (_e39 + 1u);
                let _e44 = local_3;
                let _e46 = (_e44 >= 100u);
                if _e46 {
                    let _e56 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                    if _e56.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 0u);
                        atomicStore((&status[8]), 0u);
                        atomicStore((&status[9]), 0u);
                    }
                    return;
                } else {
                    continue;
                }
                break;
            }
        } else {
            let _e86 = local;
            local_5 = _e86;
            let _e96 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e96.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 0u);
                atomicStore((&status[8]), 0u);
                atomicStore((&status[9]), 0u);
            }
            return;
        }
    }
    let _e127 = local_1;
    out[min((((4096u + (_e11 << 2u)) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = _e127;
}
