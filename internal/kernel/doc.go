// Package kernel probes what the running kernel lets this process do with
// BPF, without ever hanging the caller.
//
// A kernel whose BPF program allocator is stuck (seen on Linux 6.18 after a
// burst of thousands of program frees: hung tasks in bpf_prog_pack_alloc and
// bpf_prog_free_deferred) blocks every program load forever, in
// uninterruptible sleep. A goroutine that probes in-process would leave the
// whole process unable to exit, so ProbeBPF loads its test program in a child
// process (this same executable, re-executed with an environment switch
// handled by this package's init) and abandons the child on timeout.
//
// CloseThrottled is the other half: it closes many BPF objects at a pace
// that never floods the kernel's deferred-free work queue, which is what
// wedged the allocator in the first place.
package kernel
