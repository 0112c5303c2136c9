@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage, read_write> data: array<u32>;

@compute @workgroup_size(256, 1, 1) 
fn bitonic_step(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    let _e26 = params[0];
    local = _e26;
    let _e31 = params[2];
    local_1 = _e31;
    local_2 = 4096u;
    let _e39 = params[4];
    local_3 = _e39;
    local_4 = workgroup_id.x;
    local_5 = 256u;
    local_6 = local_id.x;
    local_7 = workgroup_id.y;
    local_8 = 1u;
    local_9 = local_id.y;
    let _e66 = local;
    let _e68 = local_6;
    let _e70 = local_5;
    let _e72 = local_4;
    let _e78 = local_9;
    let _e80 = local_8;
    let _e82 = local_7;
    local_4 = ((_e68 + (_e70 * _e72)) + ((num_workgroups.x * (_e78 + (_e80 * _e82))) * 256u));
    let _e92 = local_4;
    local = (_e66 ^ _e92);
    let _e96 = local;
    let _e98 = local_3;
    let _e99 = (_e96 >= _e98);
    if !(_e99) {
        let _e105 = local_4;
        let _e107 = local_3;
        let _e108 = (_e105 >= _e107);
        if !(_e108) {
            let _e114 = local;
            let _e116 = local_4;
            let _e117 = (_e114 <= _e116);
            if !(_e117) {
                let _e123 = local_4;
                let _e125 = local_1;
                let _e133 = local_2;
                let _e135 = local_4;
                local_4 = (_e133 + (_e135 << 2u));
                let _e142 = local_4;
                let _e153 = data[min(((_e142 + 4294963200u) >> 2u), (arrayLength((&data)) - 1u))];
                local_3 = _e153;
                let _e156 = local_3;
                let _e158 = local_2;
                let _e160 = local;
                local = (_e158 + (_e160 << 2u));
                let _e167 = local;
                let _e178 = data[min(((_e167 + 4294963200u) >> 2u), (arrayLength((&data)) - 1u))];
                local_2 = _e178;
                let _e181 = local_2;
                let _e186 = (select(0u, 1u, ((_e123 & _e125) != 0u)) == select(0u, 1u, (_e156 > _e181)));
                if !(_e186) {
                    let _e192 = local_4;
                    let _e194 = local_2;
                    data[min(((_e192 + 4294963200u) >> 2u), (arrayLength((&data)) - 1u))] = _e194;
                    let _e206 = local;
                    let _e208 = local_3;
                    data[min(((_e206 + 4294963200u) >> 2u), (arrayLength((&data)) - 1u))] = _e208;
                }
            }
        }
    }
}
