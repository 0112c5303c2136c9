//! The worker's side: the child process that opens one backend and serves
//! the parent's requests until its stdin closes.

use super::super::{backends, load_artifact, trace};
use super::protocol::{read_frame, write_frame, LoadRequest, Reply, Request, WireError};
use everygpu_backend::{Backend, BackendError, CasePlan, CaseRun, HostBuffer, RunOptions};
use everygpu_backend_cpu::{BuiltCase, CpuLibrary};
use everygpu_compiler::CompileRoute;
use std::io::{BufReader, BufWriter, Write};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::Arc;
use std::time::Duration;

/// The backend a worker serves: the CPU ones typed, so that the library
/// they run is also the one that builds cases.
enum Served {
    Cpu(Box<everygpu_backend_cpu::CpuBackend>),
    Device(Box<dyn Backend>),
}

impl Served {
    fn backend(&mut self) -> &mut dyn Backend {
        match self {
            Served::Cpu(b) => b.as_mut(),
            Served::Device(b) => b.as_mut(),
        }
    }
}

/// The worker side: serves one backend until stdin closes.
pub(super) fn serve(id: &str, launch_timeout: Option<Duration>) -> anyhow::Result<()> {
    let mut served = match id {
        "cpu" => Served::Cpu(Box::new(everygpu_backend_cpu::CpuBackend::reference())),
        "cpu-mt" => Served::Cpu(Box::new(everygpu_backend_cpu::CpuBackend::multi_thread())),
        _ => Served::Device(
            backends::enumerate_family_of(id)
                .backends
                .into_iter()
                .find(|b| b.id() == id)
                .ok_or_else(|| anyhow::anyhow!("worker: no backend `{id}` on this machine"))?,
        ),
    };
    if let Some(limit) = launch_timeout {
        served.backend().set_launch_timeout(limit);
    }
    // The CPU library, and the case built last with it.
    let mut library: Option<Arc<CpuLibrary>> = None;
    let mut built: Option<(usize, u64, BuiltCase)> = None;
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut output = BufWriter::new(std::io::stdout().lock());
    let backend = served.backend();
    write_frame(
        &mut output,
        &Reply::Hello {
            id: id.to_string(),
            route: backend.route(),
            device: backend.device().clone(),
        },
        &[],
        false,
    )?;
    loop {
        let (request, buffers) = match read_frame::<Request>(&mut input) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        match request {
            Request::Load {
                load: LoadRequest::Cublas,
                ..
            } => {
                let reply = match cublas_backend(id) {
                    Ok(mut b) => {
                        if let Some(limit) = launch_timeout {
                            b.set_launch_timeout(limit);
                        }
                        served = Served::Device(b);
                        Reply::Loaded { manifest: None }
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Load {
                load:
                    LoadRequest::Built {
                        route: CompileRoute::CpuRaceCheck,
                        path,
                    },
                ..
            } => {
                let loaded = CpuLibrary::load(&path).and_then(|lib| match (&mut served, lib.checks_races()) {
                    (Served::Cpu(b), true) => {
                        b.set_race_library(Some(lib));
                        Ok(())
                    }
                    (Served::Cpu(_), false) => Err(BackendError::Driver(format!(
                        "{} is not a race-check build",
                        path.display()
                    ))),
                    (Served::Device(_), _) => Err(BackendError::Driver(format!("{id} computes no reference"))),
                });
                let reply = match loaded {
                    Ok(()) => Reply::Loaded { manifest: None },
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Load {
                load: LoadRequest::Cpu { path },
                ..
            } => {
                built = None;
                // A new library: its race-check build comes after it, if at all.
                if let Served::Cpu(b) = &mut served {
                    b.set_race_library(None);
                }
                let start = std::time::Instant::now();
                let loaded = CpuLibrary::load(&path).and_then(|lib| {
                    match &mut served {
                        Served::Cpu(b) => b.set_library(lib.clone()),
                        Served::Device(b) => b.load(
                            &everygpu_backend::Artifact::CpuLibrary { path: path.clone() },
                            lib.manifest(),
                        )?,
                    }
                    Ok(lib)
                });
                trace(format_args!("worker {id}: CPU library loaded"), start);
                let reply = match loaded {
                    Ok(lib) => {
                        let manifest = lib.manifest().clone();
                        library = Some(lib);
                        Reply::Loaded {
                            manifest: Some(manifest),
                        }
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Load { load, manifest } => {
                let start = std::time::Instant::now();
                let manifest = manifest.unwrap_or_default();
                let options = served.backend().lower_options();
                let reply = match load_artifact(&load, &manifest, options) {
                    Ok(artifact) => match served.backend().load(&artifact, &manifest) {
                        Ok(()) => Reply::Loaded { manifest: None },
                        Err(e) => Reply::Failed { error: (&e).into() },
                    },
                    Err(message) => Reply::Failed {
                        error: WireError::Other(message),
                    },
                };
                trace(format_args!("worker {id}: artifact lowered and loaded"), start);
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::BuildCase { index, size } => {
                built = None;
                let Some(lib) = &library else {
                    let reply = Reply::CaseFailed {
                        message: "no CPU library is loaded".into(),
                    };
                    write_frame(&mut output, &reply, &[], false)?;
                    continue;
                };
                match lib.build_case(index, size) {
                    Ok(mut case) => {
                        // Handed over: the inputs outlive this worker, which
                        // a kernel past its time limit ends.
                        let views: Vec<&HostBuffer> = case.inputs.iter().collect();
                        let reply = Reply::CaseBuilt {
                            plan: case.plan.clone(),
                        };
                        write_frame(&mut output, &reply, &views, true)?;
                        for b in &mut case.inputs {
                            b.disown();
                        }
                        built = Some((index, size, case));
                    }
                    Err(e) => {
                        let reply = Reply::CaseFailed { message: e.to_string() };
                        write_frame(&mut output, &reply, &[], false)?;
                    }
                }
            }
            Request::RunNative {
                index,
                size,
                options,
                parallel,
            } => {
                let reply = match native_times(library.as_ref(), &mut built, index, size, &options, parallel) {
                    Ok(times_ns) => Reply::Native { times_ns },
                    Err(message) => Reply::CaseFailed { message },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Prepare { plan } => {
                let start = std::time::Instant::now();
                let reply = match served.backend().prepare(&plan) {
                    Ok(prepared) => {
                        let compile_ns = start.elapsed().as_nanos() as f64;
                        if !prepared.created.is_empty() {
                            trace(
                                format_args!("worker {id}: pipelines of {}", prepared.created.join(", ")),
                                start,
                            );
                        }
                        Reply::Prepared { prepared, compile_ns }
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Run { plan, options } => {
                let start = std::time::Instant::now();
                let run = served.backend().run(&plan, &buffers, &options);
                trace(
                    format_args!("worker {id}: run of {} launches", plan.launches.len()),
                    start,
                );
                match run {
                    Ok(mut run) => {
                        let views: Vec<&HostBuffer> = run.buffers.iter().collect();
                        write_frame(
                            &mut output,
                            &Reply::Ran {
                                times_ns: run.times_ns,
                                prints: run.prints,
                                races: run.races,
                            },
                            &views,
                            true,
                        )?;
                        // The parent owns the shared outputs now.
                        run.buffers.iter_mut().for_each(HostBuffer::disown);
                    }
                    Err(e) => write_frame(&mut output, &Reply::Failed { error: (&e).into() }, &[], false)?,
                }
            }
            Request::Reference { plan } => {
                let start = std::time::Instant::now();
                let run = match &served {
                    Served::Cpu(cpu) => reference_with_progress(cpu, &plan, &buffers, &mut output),
                    Served::Device(_) => Err(BackendError::Driver(format!("{id} computes no reference"))),
                };
                trace(format_args!("worker {id}: reference"), start);
                match run {
                    Ok(mut run) => {
                        let views: Vec<&HostBuffer> = run.buffers.iter().collect();
                        write_frame(
                            &mut output,
                            &Reply::Ran {
                                times_ns: run.times_ns,
                                prints: run.prints,
                                races: run.races,
                            },
                            &views,
                            true,
                        )?;
                        run.buffers.iter_mut().for_each(HostBuffer::disown);
                    }
                    Err(e) => write_frame(&mut output, &Reply::Failed { error: (&e).into() }, &[], false)?,
                }
            }
            Request::MeasureCopy { bytes } => {
                let gbps = served.backend().measure_copy_gbps(bytes);
                write_frame(&mut output, &Reply::Copy { gbps }, &[], false)?;
            }
        }
    }
}

/// Computes the reference on a thread of its own, while this one reports
/// its progress every half second.
fn reference_with_progress(
    cpu: &everygpu_backend_cpu::CpuBackend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    output: &mut impl Write,
) -> Result<CaseRun, BackendError> {
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let _ = done_tx.send(cpu.run_reference(plan, inputs));
        });
        loop {
            match done_rx.recv_timeout(Duration::from_millis(500)) {
                Ok(run) => return run,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(BackendError::Driver(
                        "the reference thread ended without a result".into(),
                    ))
                }
                Err(RecvTimeoutError::Timeout) => {
                    let Some((launch, done, total)) = cpu.reference_progress() else {
                        continue;
                    };
                    let reply = Reply::Progress {
                        launch,
                        launches: plan.launches.len(),
                        done,
                        total,
                    };
                    if write_frame(output, &reply, &[], false)
                        .and_then(|()| output.flush())
                        .is_err()
                    {
                        // The parent went away; the run ends with the process.
                    }
                }
            }
        }
    })
}

/// Times the native baseline of case `index` at `size` on `options`'
/// schedule, building the case again unless it is the one built last.
fn native_times(
    library: Option<&Arc<CpuLibrary>>,
    built: &mut Option<(usize, u64, BuiltCase)>,
    index: usize,
    size: u64,
    options: &RunOptions,
    parallel: bool,
) -> Result<Option<Vec<f64>>, String> {
    let lib = library.ok_or("no CPU library is loaded")?;
    if !matches!(built, Some((i, n, _)) if *i == index && *n == size) {
        *built = Some((index, size, lib.build_case(index, size).map_err(|e| e.to_string())?));
    }
    let Some((_, _, case)) = built.as_ref() else {
        return Err("the case was not built".into());
    };
    if !case.plan.has_native && !parallel {
        return Ok(None);
    }
    let mut buffers = case.inputs.clone();
    let mut times = Vec::new();
    let mut schedule = options.schedule();
    while let Some((_, timed)) = schedule.next() {
        let start = std::time::Instant::now();
        match case.run_native(&mut buffers, parallel) {
            Ok(true) => {}
            Ok(false) => return Ok(None),
            Err(p) => return Err(format!("the native baseline panicked: {p}")),
        }
        // A baseline that runs for seconds runs once or twice.
        let took = start.elapsed();
        if schedule.end_if_slow(took, timed) {
            times.push(took.as_nanos() as f64);
        }
    }
    Ok(Some(times))
}

/// A fresh backend for CUDA device `id` (`cuda:N`) with cuBLAS loaded: it
/// replaces the worker's backend.
fn cublas_backend(id: &str) -> Result<Box<dyn Backend>, BackendError> {
    let ordinal = id
        .strip_prefix("cuda:")
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| BackendError::Driver(format!("cuBLAS runs on CUDA devices, not on {id}")))?;
    let mut cuda = everygpu_backend_cuda::CudaBackend::open(ordinal)?;
    cuda.load_cublas()?;
    Ok(Box::new(cuda))
}
