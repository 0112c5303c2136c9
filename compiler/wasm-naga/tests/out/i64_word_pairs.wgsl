@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: vec2<u32>;

    local = 0u;
    local_1 = vec2<u32>(0u, 0u);
    local = local_id.x;
    let _e13 = local;
    let _e15 = vec2<u32>(_e13, 0u);
    let _e18 = vec2<u32>(4294967295u, 0u);
    let _e23 = (_e15.x + _e18.x);
    let _e30 = vec2<u32>(_e23, ((_e15.y + _e18.y) + select(0u, 1u, (_e23 < _e15.x))));
    let _e33 = vec2<u32>(2135587861u, 2654435769u);
    let _e41 = (_e30.x & 65535u);
    let _e42 = (_e30.x >> 16u);
    let _e43 = (_e33.x & 65535u);
    let _e44 = (_e33.x >> 16u);
    let _e46 = (_e41 * _e44);
    let _e47 = (_e42 * _e43);
    local_1 = vec2<u32>((_e30.x * _e33.x), ((((((_e42 * _e44) + (_e46 >> 16u)) + (_e47 >> 16u)) + (((((_e41 * _e43) >> 16u) + (_e46 & 65535u)) + (_e47 & 65535u)) >> 16u)) + (_e30.x * _e33.y)) + (_e30.y * _e33.x)));
    let _e67 = local_1;
    let _e70 = vec2<u32>(17u, 0u);
    let _e76 = vec2<u32>((64u - _e70.x), 0u);
    let _e82 = (_e70.x & 31u);
    let _e86 = ((_e70.x & 32u) != 0u);
    let _e87 = (_e67.x << _e82);
    let _e104 = (_e76.x & 31u);
    let _e108 = ((_e76.x & 32u) != 0u);
    let _e110 = (_e67.y >> _e104);
    local_1 = (vec2<u32>(select(_e87, 0u, _e86), select(((_e67.y << _e82) | ((_e67.x >> 1u) >> (31u - _e82))), _e87, _e86)) | vec2<u32>(select(((_e67.x >> _e104) | ((_e67.y << 1u) << (31u - _e104))), _e110, _e108), select(_e110, 0u, _e108)));
    let _e124 = local_1;
    let _e127 = vec2<u32>(7u, 0u);
    let _e133 = (_e127.x & 31u);
    let _e137 = ((_e127.x & 32u) != 0u);
    let _e139 = (_e124.y >> _e133);
    let _e151 = local_1;
    let _e153 = local_1;
    let _e156 = vec2<u32>(0u, 2147483648u);
    let _e165 = ((_e153.y > _e156.y) || ((_e153.y == _e156.y) && (_e153.x > _e156.x)));
    local_1 = select(_e151, vec2<u32>(select(((_e124.x >> _e133) | ((_e124.y << 1u) << (31u - _e133))), _e139, _e137), select(_e139, 0u, _e137)), _e165);
    let _e174 = local;
    let _e180 = local_1;
    let _e182 = local_1;
    let _e185 = vec2<u32>(32u, 0u);
    let _e191 = (_e185.x & 31u);
    let _e195 = ((_e185.x & 32u) != 0u);
    let _e197 = (_e182.y >> _e191);
    out[min((((4096u + (_e174 << 2u)) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = (_e180 ^ vec2<u32>(select(((_e182.x >> _e191) | ((_e182.y << 1u) << (31u - _e191))), _e197, _e195), select(_e197, 0u, _e195))).x;
}
