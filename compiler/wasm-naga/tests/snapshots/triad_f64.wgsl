@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> b: array<f64>;
@group(0) @binding(3) 
var<storage> c: array<f64>;
@group(0) @binding(4) 
var<storage, read_write> a: array<f64>;

@compute @workgroup_size(256, 1, 1) 
fn triad_f64_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: f64;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var local_5: u32;
    var local_6: u32;
    var local_7: u32;
    var local_8: u32;
    var local_9: u32;
    var local_10: u32;
    var local_11: u32;
    var local_12: u32;
    var pending: u32 = 0u;

    local = 0.0lf;
    local_1 = 0u;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local_5 = 0u;
    local_6 = 0u;
    local_7 = 0u;
    local_8 = 0u;
    local_9 = 0u;
    local_10 = 0u;
    local_11 = 0u;
    local_12 = 0u;
    let _e32 = params[0];
    let _e35 = params[1];
    local = bitcast<f64>((u64(_e32) | (u64(_e35) << 32u)));
    local_1 = 4096u;
    let _e49 = params[2];
    local_2 = _e49;
    local_3 = 4096u;
    let _e57 = params[4];
    local_4 = _e57;
    local_5 = 4096u;
    let _e65 = params[6];
    local_6 = _e65;
    local_7 = workgroup_id.x;
    local_8 = 256u;
    local_9 = local_id.x;
    local_10 = workgroup_id.y;
    local_11 = 1u;
    local_12 = local_id.y;
    loop {
        loop {
            loop {
                let _e92 = local_9;
                let _e94 = local_8;
                let _e96 = local_7;
                let _e102 = local_12;
                let _e104 = local_11;
                let _e106 = local_10;
                local_7 = ((_e92 + (_e94 * _e96)) + ((num_workgroups.x * (_e102 + (_e104 * _e106))) * 256u));
                let _e116 = local_7;
                let _e118 = local_6;
                if (select(0u, 1u, (_e116 >= _e118)) != 0u) {
                    break;
                }
                let _e126 = local_7;
                let _e128 = local_2;
                if (select(0u, 1u, (_e126 >= _e128)) != 0u) {
                    pending = 3u;
                    break;
                }
                let _e139 = local_7;
                let _e141 = local_4;
                if (select(0u, 1u, (_e139 >= _e141)) != 0u) {
                    pending = 2u;
                    break;
                }
                let _e151 = local_5;
                let _e153 = local_7;
                local_7 = (_e153 << (3u & 31u));
                let _e160 = local_7;
                let _e163 = local_1;
                let _e165 = local_7;
                let _e173 = b[(((_e163 + _e165) + 4294963200u) >> 3u)];
                let _e177 = local;
                let _e179 = local_3;
                let _e181 = local_7;
                let _e189 = c[(((_e179 + _e181) + 4294963200u) >> 3u)];
                a[(((_e151 + _e160) + 4294963200u) >> 3u)] = bitcast<f64>(bitcast<u64>((bitcast<f64>(bitcast<u64>(_e173)) + (_e177 * bitcast<f64>(bitcast<u64>(_e189))))));
                break;
            }
            let _e203 = pending;
            if (_e203 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e203 != 0u) {
                    break;
                }
            }
            return;
            break;
        }
        let _e211 = pending;
        if (_e211 == 2u) {
            pending = 0u;
            break;
        }
        let _e229 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e229.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 83u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e276 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e276.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 83u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
