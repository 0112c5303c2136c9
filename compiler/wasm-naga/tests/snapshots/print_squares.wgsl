@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<f32>;

@compute @workgroup_size(256, 1, 1) 
fn print_squares(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var local_5: u32;
    var local_6: u32;
    var local_7: u32;
    var local_8: u32;
    var local_9: u32;
    var local_10: f32;
    var local_11: f32;
    var pending: u32 = 0u;
    var print_at: u32;

    local = 0u;
    local_1 = 0u;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local_5 = 0u;
    local_6 = 0u;
    local_7 = 0u;
    local_8 = 0u;
    local_9 = 0u;
    local_10 = 0f;
    local_11 = 0f;
    local = 4096u;
    let _e33 = params[0];
    local_1 = _e33;
    local_2 = 4096u;
    let _e41 = params[2];
    local_3 = _e41;
    local_4 = workgroup_id.x;
    local_5 = 256u;
    local_6 = local_id.x;
    local_7 = workgroup_id.y;
    local_8 = 1u;
    local_9 = local_id.y;
    let _e68 = local_6;
    let _e70 = local_5;
    let _e72 = local_4;
    let _e78 = local_9;
    let _e80 = local_8;
    let _e82 = local_7;
    local_4 = ((_e68 + (_e70 * _e72)) + ((num_workgroups.x * (_e78 + (_e80 * _e82))) * 256u));
    let _e92 = local_4;
    let _e94 = local_3;
    let _e95 = (_e92 >= _e94);
    if !(_e95) {
        let _e101 = local_4;
        let _e103 = local_1;
        let _e104 = (_e101 >= _e103);
        if _e104 {
            pending = 2u;
        }
        let _e112 = pending;
        if (_e112 == 0u) {
            let _e116 = local_2;
            let _e118 = local_4;
            local_3 = (_e118 << 2u);
            let _e124 = local_3;
            let _e127 = local;
            let _e129 = local_3;
            let _e141 = x[min((((_e127 + _e129) + 4294963200u) >> 2u), (arrayLength((&x)) - 1u))];
            local_10 = _e141;
            let _e144 = local_10;
            let _e146 = local_10;
            local_11 = (_e144 * _e146);
            let _e150 = local_11;
            out[min((((_e116 + _e124) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = _e150;
            local_4 = local_id.x;
            local_5 = workgroup_id.x;
            let _e180 = atomicAdd((&status[85]), 14u);
            let _e183 = atomicLoad((&status[87]));
            let _e184 = (_e180 + 14u);
            print_at = 4294967295u;
            let _e191 = (_e180 + 88u);
            if ((_e184 >= _e180) && (_e184 <= _e183)) {
                atomicStore((&status[(_e191 + 0u)]), 14u);
                atomicStore((&status[(_e191 + 1u)]), 0u);
                atomicStore((&status[(_e191 + 2u)]), 0u);
                atomicStore((&status[(_e191 + 3u)]), 74u);
                atomicStore((&status[(_e191 + 4u)]), (workgroup_id.x + (num_workgroups.x * (workgroup_id.y + (num_workgroups.y * workgroup_id.z)))));
                atomicStore((&status[(_e191 + 5u)]), (local_id.x + (256u * (local_id.y + (1u * local_id.z)))));
                print_at = (_e191 + 6u);
            } else {
                if (_e180 < _e183) {
                    atomicStore((&status[_e191]), 0u);
                }
                let _e247 = atomicAdd((&status[86]), 1u);
            }
            let _e249 = print_at;
            local_3 = _e249;
            let _e252 = local_3;
            let _e254 = (_e252 == 4294967295u);
            if !(_e254) {
                let _e260 = local_3;
                atomicStore((&status[_e260]), 1u);
                let _e265 = local_3;
                let _e269 = local_4;
                atomicStore((&status[(_e265 + 1u)]), _e269);
                let _e273 = local_3;
                atomicStore((&status[(_e273 + 2u)]), 1u);
                let _e280 = local_3;
                let _e284 = local_5;
                atomicStore((&status[(_e280 + 3u)]), _e284);
                let _e288 = local_3;
                atomicStore((&status[(_e288 + 4u)]), 3u);
                let _e295 = local_3;
                let _e299 = local_10;
                atomicStore((&status[(_e295 + 5u)]), bitcast<u32>(_e299));
                let _e304 = local_3;
                atomicStore((&status[(_e304 + 6u)]), 3u);
                let _e311 = local_3;
                let _e315 = local_11;
                atomicStore((&status[(_e311 + 7u)]), bitcast<u32>(_e315));
            }
        }
    }
    let _e320 = pending;
    if (_e320 == 0u) {
        return;
    }
    let _e324 = pending;
    if (_e324 == 2u) {
        pending = 0u;
    }
    let _e330 = local_4;
    let _e332 = local_1;
    let _e340 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e340.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 13u);
        atomicStore((&status[8]), 22u);
        atomicStore((&status[9]), 12u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1852404336u);
        atomicStore((&status[12]), 1936862836u);
        atomicStore((&status[50]), _e330);
        atomicStore((&status[51]), _e332);
    }
    return;
}
