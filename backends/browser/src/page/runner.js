// everygpu's WebGPU runner: the page the browser backend drives.
//
// The backend calls `everygpu.call(id, method, args)` through the DevTools
// protocol; every method runs asynchronously and posts its reply, JSON
// `{ok: value}` or `{error: message}`, to `/reply/<id>` on the loopback
// server that served this page. Buffers travel over the same server as
// binary bodies: inputs are fetched from `/blob/<name>`, outputs posted to
// `/blob/<name>`. The binding layout is everygpu's shader layout: binding 0
// the status words, 1 the parameter block, 2.. the buffer parameters.
"use strict";

const everygpu = (() => {
  let adapter = null;
  let device = null;
  let lost = null;
  let uncaptured = [];
  const pipelines = new Map(); // key → {pipeline, layout} or {error}
  const inputCache = new Map(); // input blob name (its content) → a COPY_SRC buffer
  let job = null;

  const U = () => GPUBufferUsage;
  const align = (n, a) => Math.ceil(n / a) * a;

  async function post(path, body, type) {
    const r = await fetch(path, { method: "POST", body, headers: { "content-type": type } });
    if (!r.ok) throw new Error(`POST ${path}: HTTP ${r.status}`);
  }

  async function blob(name) {
    const r = await fetch(`/blob/${name}`);
    if (!r.ok) throw new Error(`GET /blob/${name}: HTTP ${r.status}`);
    return r.arrayBuffer();
  }

  function checkDevice() {
    if (lost !== null) throw new Error(`device lost: ${lost}`);
    if (uncaptured.length > 0) {
      const e = uncaptured.join("; ");
      uncaptured = [];
      throw new Error(e);
    }
  }

  // Runs `f` inside validation and out-of-memory error scopes; the first
  // error either scope caught is thrown.
  async function scoped(f) {
    device.pushErrorScope("out-of-memory");
    device.pushErrorScope("validation");
    let value;
    let thrown = null;
    try {
      value = await f();
    } catch (e) {
      thrown = e;
    }
    const validation = await device.popErrorScope();
    const memory = await device.popErrorScope();
    if (thrown) throw thrown;
    if (validation) throw new Error(validation.message);
    if (memory) throw new Error(`out of memory: ${memory.message}`);
    return value;
  }

  const LIMITS = [
    "maxStorageBufferBindingSize", "maxBufferSize", "maxStorageBuffersPerShaderStage",
    "maxComputeWorkgroupStorageSize", "maxComputeInvocationsPerWorkgroup", "maxComputeWorkgroupSizeX",
    "maxComputeWorkgroupSizeY", "maxComputeWorkgroupSizeZ", "maxComputeWorkgroupsPerDimension",
    "minStorageBufferOffsetAlignment", "maxBindingsPerBindGroup",
  ];
  const FEATURES = ["timestamp-query", "shader-f16", "subgroups"];

  // The adapter, and a device with its real limits and the features
  // kernels may use.
  async function init() {
    if (!navigator.gpu) throw new Error("this browser has no WebGPU (navigator.gpu is undefined)");
    adapter = await navigator.gpu.requestAdapter({ powerPreference: "high-performance" });
    if (!adapter) throw new Error("WebGPU found no adapter");
    const requiredLimits = {};
    for (const l of LIMITS) {
      if (!l.startsWith("min")) requiredLimits[l] = adapter.limits[l];
    }
    const requiredFeatures = FEATURES.filter((f) => adapter.features.has(f));
    device = await adapter.requestDevice({ requiredLimits, requiredFeatures });
    device.lost.then((info) => { lost = `${info.reason}: ${info.message}`; });
    device.onuncapturederror = (e) => uncaptured.push(e.error.message);
    const info = adapter.info || {};
    const limits = {};
    for (const l of LIMITS) limits[l] = device.limits[l];
    return {
      vendor: info.vendor || "",
      architecture: info.architecture || "",
      device: info.device || "",
      description: info.description || "",
      fallback: !!info.isFallbackAdapter,
      features: [...device.features].sort(),
      limits,
      userAgent: navigator.userAgent,
    };
  }

  // Creates the pipeline of each kernel not created before: `{key, name,
  // entry, wgsl (a blob name), bindings: [[binding, writable]]}`. Replies with
  // `{error, relaxed}` per kernel, in order: the browser's refusal, and the
  // uniformity error it ran the kernel despite, or null.
  async function prepare(kernels) {
    checkDevice();
    const errors = [];
    for (const k of kernels) {
      if (!pipelines.has(k.key)) {
        const code = new TextDecoder().decode(await blob(k.wgsl));
        pipelines.set(k.key, await create(k, code));
      }
      const p = pipelines.get(k.key);
      errors.push({ error: p.error || null, relaxed: p.relaxed || null });
    }
    return errors;
  }

  // WGSL's uniformity rules refuse a barrier where threads may have gone
  // different ways; LLVM, which does not know a barrier is convergent, may
  // put one there (a barrier duplicated into both arms of a branch). Such a
  // kernel runs with Chromium's extension that turns the analysis off, and
  // says so (`relaxed`).
  const RELAX = "enable chromium_disable_uniformity_analysis;\n";

  async function create(k, code) {
    const strict = await createWith(k, code);
    if (!strict.error || !strict.error.includes("uniform control flow")) return strict;
    const relaxed = await createWith(k, RELAX + code);
    return relaxed.error ? strict : { ...relaxed, relaxed: strict.error };
  }

  async function createWith(k, code) {
    const entries = [[0, true], [1, false], ...k.bindings].map(([binding, writable]) => ({
      binding,
      visibility: GPUShaderStage.COMPUTE,
      buffer: { type: writable ? "storage" : "read-only-storage" },
    }));
    try {
      return await scoped(async () => {
        const module = device.createShaderModule({ label: k.name, code });
        const messages = (await module.getCompilationInfo()).messages
          .filter((m) => m.type === "error")
          .map((m) => `${m.lineNum}:${m.linePos}: ${m.message}`);
        if (messages.length > 0) return { error: `the browser's WGSL compiler: ${messages.join("; ")}` };
        const layout = device.createBindGroupLayout({ label: k.name, entries });
        const pipeline = await device.createComputePipelineAsync({
          label: k.name,
          layout: device.createPipelineLayout({ bindGroupLayouts: [layout] }),
          compute: { module, entryPoint: k.entry },
        });
        return { pipeline, layout };
      });
    } catch (e) {
      return { error: `${e.message || e}` };
    }
  }

  // Uploads a case: `{buffers: [{name, bytes, output}], params (a blob
  // name), paramsAt: [[offset, size]], statusWords, statusBytes (the
  // largest slot), printAt, printCapacity, launches: [{key, groups,
  // bindings: [[binding, buffer]], statusBytes, prints}]}`. Inputs are
  // uploaded once (see `run`). A launch whose kernel prints has a print
  // area after its status words (see `everygpu_backend::print`).
  async function setup(j) {
    checkDevice();
    finish();
    const alignment = device.limits.minStorageBufferOffsetAlignment;
    const statusStride = align(j.statusBytes, alignment);
    job = await scoped(async () => {
      const usage = U().STORAGE | U().COPY_SRC | U().COPY_DST;
      const size = (n) => align(Math.max(n, 16), 4);
      // Inputs by content (their blob names): those of the last case stay
      // on the device, the others are fetched, all at once.
      const wanted = new Set(j.buffers.filter((b) => b.bytes > 0).map((b) => b.input));
      for (const [name, buffer] of inputCache) {
        if (!wanted.has(name)) {
          buffer.destroy();
          inputCache.delete(name);
        }
      }
      const [paramBytes] = await Promise.all([
        blob(j.params),
        ...[...wanted].filter((name) => !inputCache.has(name)).map(async (name) => {
          const bytes = await blob(name);
          const buffer = device.createBuffer({ label: name, size: size(bytes.byteLength), usage: U().COPY_SRC, mappedAtCreation: true });
          new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(bytes));
          buffer.unmap();
          inputCache.set(name, buffer);
        }),
      ]);
      const upload = device.createCommandEncoder();
      const buffers = j.buffers.map((b) => {
        const buffer = device.createBuffer({ label: b.name, size: size(b.bytes), usage });
        if (b.bytes > 0) upload.copyBufferToBuffer(inputCache.get(b.input), 0, buffer, 0, size(b.bytes));
        return buffer;
      });
      device.queue.submit([upload.finish()]);
      const params = device.createBuffer({ label: "parameter blocks", size: size(paramBytes.byteLength), usage, mappedAtCreation: true });
      new Uint8Array(params.getMappedRange()).set(new Uint8Array(paramBytes));
      params.unmap();
      const statusBytes = statusStride * Math.max(j.launches.length, 1);
      // What a print area starts with: nothing reserved or dropped, the
      // whole capacity.
      let printHeader = null;
      if (j.launches.some((l) => l.prints)) {
        printHeader = device.createBuffer({ label: "print area header", size: 16, usage: U().COPY_SRC, mappedAtCreation: true });
        new Uint32Array(printHeader.getMappedRange()).set([0, 0, j.printCapacity, 0]);
        printHeader.unmap();
      }
      const status = device.createBuffer({ label: "status", size: statusBytes, usage });
      const statusRead = device.createBuffer({ label: "status (readback)", size: statusBytes, usage: U().MAP_READ | U().COPY_DST });
      const reads = j.buffers.map((b, i) => b.output && b.bytes > 0
        ? device.createBuffer({ label: `${b.name} (readback)`, size: size(b.bytes), usage: U().MAP_READ | U().COPY_DST })
        : null);
      let timestamps = null;
      if (device.features.has("timestamp-query")) {
        timestamps = {
          set: device.createQuerySet({ type: "timestamp", count: 2 }),
          resolve: device.createBuffer({ size: 16, usage: U().QUERY_RESOLVE | U().COPY_SRC }),
          read: device.createBuffer({ size: 16, usage: U().MAP_READ | U().COPY_DST }),
        };
      }
      const launches = j.launches.map((l, n) => {
        const p = pipelines.get(l.key);
        if (!p || !p.pipeline) throw new Error(`kernel ${l.key} has no pipeline`);
        const [offset, sizeBytes] = j.paramsAt[n];
        const entries = [
          { binding: 0, resource: { buffer: status, offset: n * statusStride, size: l.statusBytes } },
          { binding: 1, resource: { buffer: params, offset, size: sizeBytes } },
          ...l.bindings.map(([binding, index]) => ({ binding, resource: { buffer: buffers[index] } })),
        ];
        return { pipeline: p.pipeline, group: device.createBindGroup({ layout: p.layout, entries }), groups: l.groups, prints: l.prints };
      });
      return { spec: j, buffers, params, status, statusRead, statusStride, printHeader, reads, timestamps, launches };
    });
  }

  // One run of the case's launches in one compute pass. The first run also
  // reads the outputs back and posts them. Replies with the status words,
  // the device time (timestamps) and the wall time from submission to done.
  async function run({ first }) {
    checkDevice();
    if (!job) throw new Error("no case is set up");
    const j = job;
    const encoder = device.createCommandEncoder();
    encoder.clearBuffer(j.status);
    j.launches.forEach((l, n) => {
      if (l.prints) encoder.copyBufferToBuffer(j.printHeader, 0, j.status, n * j.statusStride + 4 * j.spec.printAt, 12);
    });
    const timestampWrites = j.timestamps
      ? { querySet: j.timestamps.set, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 }
      : undefined;
    const pass = encoder.beginComputePass({ timestampWrites });
    for (const l of j.launches) {
      pass.setPipeline(l.pipeline);
      pass.setBindGroup(0, l.group);
      pass.dispatchWorkgroups(...l.groups);
    }
    pass.end();
    if (j.timestamps) {
      encoder.resolveQuerySet(j.timestamps.set, 0, 2, j.timestamps.resolve, 0);
      encoder.copyBufferToBuffer(j.timestamps.resolve, 0, j.timestamps.read, 0, 16);
    }
    encoder.copyBufferToBuffer(j.status, 0, j.statusRead, 0, j.status.size);
    if (first) {
      j.reads.forEach((r, i) => r && encoder.copyBufferToBuffer(j.buffers[i], 0, r, 0, r.size));
    }
    const started = performance.now();
    await scoped(async () => {
      device.queue.submit([encoder.finish()]);
      await device.queue.onSubmittedWorkDone();
    });
    const wallMs = performance.now() - started;
    checkDevice();
    // The status, the timestamps and (on the first run) the outputs come
    // back at once: each mapping waits for the GPU process.
    const read = async (buffer, bytes) => {
      await buffer.mapAsync(GPUMapMode.READ);
      const copy = buffer.getMappedRange().slice(0, bytes);
      buffer.unmap();
      return copy;
    };
    // Each launch's status words; on the first run, the print area of each
    // launch that prints: its header and the records written.
    const slots = (words) => {
      const at = (n) => (n * j.statusStride) / 4;
      const status = j.launches.flatMap((_, n) => Array.from(words.subarray(at(n), at(n) + j.spec.statusWords)));
      const prints = first
        ? j.launches.map((l, n) => {
          if (!l.prints) return null;
          const area = at(n) + j.spec.printAt;
          const used = Math.min(words[area], j.spec.printCapacity);
          return Array.from(words.subarray(area, area + 3 + used));
        })
        : [];
      return { status, prints };
    };
    const [{ status, prints }, stamps] = await Promise.all([
      read(j.statusRead, j.statusRead.size).then((b) => slots(new Uint32Array(b))),
      j.timestamps ? read(j.timestamps.read, 16).then((b) => new BigUint64Array(b)) : null,
      ...(first ? j.reads : []).map(async (r, i) => {
        if (!r) return;
        const b = j.spec.buffers[i];
        await post(`/blob/${b.output}`, await read(r, b.bytes), "application/octet-stream");
      }),
    ]);
    const deviceNs = stamps && stamps[1] > stamps[0] ? Number(stamps[1] - stamps[0]) : null;
    return { status, prints, deviceNs, wallMs };
  }

  // Frees the case's buffers.
  function finish() {
    if (!job) return;
    const j = job;
    job = null;
    [...j.buffers, j.params, j.status, j.statusRead, j.printHeader, ...j.reads.filter((r) => r)].forEach((b) => b && b.destroy());
    if (j.timestamps) {
      j.timestamps.set.destroy();
      j.timestamps.resolve.destroy();
      j.timestamps.read.destroy();
    }
  }

  const methods = { init, prepare, setup, run, finish: async () => finish() };

  // Runs `method` and posts its reply.
  async function answer(id, method, args) {
    let reply;
    try {
      reply = { ok: await methods[method](args) };
    } catch (e) {
      reply = { error: `${e && e.message ? e.message : e}` };
    }
    await post(`/reply/${id}`, JSON.stringify(reply), "application/json");
  }

  // Asks the server for the next command, runs it, and asks again.
  async function serve() {
    for (;;) {
      const r = await fetch("/next");
      if (!r.ok) throw new Error(`GET /next: HTTP ${r.status}`);
      const { id, method, args } = await r.json();
      await answer(id, method, args);
    }
  }

  // The first call, through the DevTools protocol: runs `method`, posts its
  // reply, and with `loop` then takes the next commands from the server.
  // Returns at once (the backend waits for the reply with a time limit of
  // its own).
  function call(id, method, args, loop) {
    answer(id, method, args)
      .then(() => loop && serve())
      .catch((e) => console.error("everygpu: the runner stopped:", e));
    return id;
  }

  return { call };
})();
