@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;

    local = 0u;
    local_1 = 0u;
    local = local_id.x;
    let _e11 = local;
    let _e15 = params[4];
    local_1 = (_e11 + _e15);
    let _e19 = local_1;
    let _e23 = params[0];
    let _e24 = (_e19 >= _e23);
    if _e24 {
        let _e36 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e36.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 13u);
            atomicStore((&status[8]), 18u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e75 = local;
    let _e83 = local_1;
    let _e98 = x[min((((4096u + (_e83 << 2u)) + 4294963200u) >> 2u), (arrayLength((&x)) - 1u))];
    out[min((((4096u + (_e75 << 2u)) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = _e98;
}
