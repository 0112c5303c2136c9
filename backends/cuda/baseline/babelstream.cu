// BabelStream's CUDA kernels (UoB-HPC/BabelStream, src/cuda/CUDAStream.cu) in
// plain CUDA C++, as the baseline beside everygpu's Rust kernels of the same
// names (sample-kernels: copy_f32, mul_f32, add_f32, triad_f32, dot_f32 and
// the f64 ones).
//
// They take everygpu's calling convention so that the CUDA backend launches
// them with the same code as the Rust PTX: each buffer is a (pointer, element
// count) pair, scalars are passed by value. Apart from that, and a bounds
// check that lets any n run (BabelStream requires n % 1024 == 0), they are
// BabelStream's: 1024-thread blocks, one element per thread for the streaming
// kernels, and for dot a grid-stride loop into a 1024-entry shared array
// followed by a tree reduction, one partial sum per block.
//
// Built at bench time on the device: nvcc -ptx -arch=sm_XX -O3 babelstream.cu
#include <cstddef>

#define TBSIZE 1024

template <class T>
__device__ __forceinline__ void copy_kernel(const T* __restrict__ a, T* __restrict__ c, size_t n) {
  const size_t i = (size_t)blockDim.x * blockIdx.x + threadIdx.x;
  if (i < n) c[i] = a[i];
}

template <class T>
__device__ __forceinline__ void mul_kernel(T scalar, const T* __restrict__ c, T* __restrict__ b, size_t n) {
  const size_t i = (size_t)blockDim.x * blockIdx.x + threadIdx.x;
  if (i < n) b[i] = scalar * c[i];
}

template <class T>
__device__ __forceinline__ void add_kernel(const T* __restrict__ a, const T* __restrict__ b, T* __restrict__ c, size_t n) {
  const size_t i = (size_t)blockDim.x * blockIdx.x + threadIdx.x;
  if (i < n) c[i] = a[i] + b[i];
}

template <class T>
__device__ __forceinline__ void triad_kernel(T scalar, const T* __restrict__ b, const T* __restrict__ c, T* __restrict__ a, size_t n) {
  const size_t i = (size_t)blockDim.x * blockIdx.x + threadIdx.x;
  if (i < n) a[i] = b[i] + scalar * c[i];
}

// blockDim.x must be a power of two no larger than TBSIZE.
template <class T>
__device__ __forceinline__ void dot_kernel(const T* __restrict__ a, const T* __restrict__ b, T* __restrict__ sum, size_t n, T* tb_sum) {
  size_t i = (size_t)blockDim.x * blockIdx.x + threadIdx.x;
  const size_t local_i = threadIdx.x;
  tb_sum[local_i] = 0;
  for (; i < n; i += (size_t)blockDim.x * gridDim.x) tb_sum[local_i] += a[i] * b[i];
  for (unsigned offset = blockDim.x / 2; offset > 0; offset /= 2) {
    __syncthreads();
    if (local_i < offset) tb_sum[local_i] += tb_sum[local_i + offset];
  }
  if (local_i == 0) sum[blockIdx.x] = tb_sum[local_i];
}

#define BABELSTREAM(T, S)                                                                                   \
  extern "C" __global__ void __launch_bounds__(TBSIZE)                                                      \
      cuda_copy_##S(const T* a, size_t a_len, T* c, size_t c_len) {                                         \
    copy_kernel<T>(a, c, c_len);                                                                            \
  }                                                                                                         \
  extern "C" __global__ void __launch_bounds__(TBSIZE)                                                      \
      cuda_mul_##S(T scalar, const T* c, size_t c_len, T* b, size_t b_len) {                                \
    mul_kernel<T>(scalar, c, b, b_len);                                                                     \
  }                                                                                                         \
  extern "C" __global__ void __launch_bounds__(TBSIZE)                                                      \
      cuda_add_##S(const T* a, size_t a_len, const T* b, size_t b_len, T* c, size_t c_len) {                \
    add_kernel<T>(a, b, c, c_len);                                                                          \
  }                                                                                                         \
  extern "C" __global__ void __launch_bounds__(TBSIZE)                                                      \
      cuda_triad_##S(T scalar, const T* b, size_t b_len, const T* c, size_t c_len, T* a, size_t a_len) {    \
    triad_kernel<T>(scalar, b, c, a, a_len);                                                                \
  }                                                                                                         \
  extern "C" __global__ void __launch_bounds__(TBSIZE)                                                      \
      cuda_dot_##S(const T* a, size_t a_len, const T* b, size_t b_len, T* partial, size_t partial_len) {    \
    __shared__ T tb_sum[TBSIZE];                                                                            \
    dot_kernel<T>(a, b, partial, a_len, tb_sum);                                                            \
  }

BABELSTREAM(float, f32)
BABELSTREAM(double, f64)
