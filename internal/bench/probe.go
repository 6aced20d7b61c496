package bench

import (
	"fmt"
	"time"

	"github.com/cilium/ebpf"
)

// probeLoad loads and closes the empty program, giving up after timeout.
// A kernel whose BPF JIT allocator is stuck (hung tasks in
// bpf_prog_pack_alloc/free) blocks program loads forever; the benchmark
// then reports that instead of hanging silently. The probing goroutine
// stays blocked in that case (the kernel never returns).
func probeLoad(timeout time.Duration) error {
	done := make(chan error, 1)
	go func() {
		p, err := ebpf.NewProgram(emptyProgram())
		if err == nil {
			err = p.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("load a BPF program: %w", err)
		}
		return nil
	case <-time.After(timeout):
		return fmt.Errorf("loading a two-instruction BPF program did not return within %v: the kernel's BPF program allocator looks stuck (check dmesg for hung tasks in bpf_prog_pack_alloc/free); this process may not be able to exit", timeout)
	}
}
