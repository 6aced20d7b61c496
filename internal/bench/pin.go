package bench

import (
	"fmt"
	"runtime"

	"golang.org/x/sys/unix"
)

// PinCPU locks the calling goroutine to its OS thread and pins that thread to
// cpu. It returns a function that undoes both. A negative cpu only locks the
// thread. BPF_PROG_TEST_RUN runs the program on the calling thread, so
// pinning it keeps every measured run on one core.
func PinCPU(cpu int) (func(), error) {
	runtime.LockOSThread()
	if cpu < 0 {
		return runtime.UnlockOSThread, nil
	}
	var old unix.CPUSet
	if err := unix.SchedGetaffinity(0, &old); err != nil {
		runtime.UnlockOSThread()
		return nil, fmt.Errorf("get cpu affinity: %w", err)
	}
	var set unix.CPUSet
	set.Set(cpu)
	if err := unix.SchedSetaffinity(0, &set); err != nil {
		runtime.UnlockOSThread()
		return nil, fmt.Errorf("pin to cpu %d: %w", cpu, err)
	}
	return func() {
		_ = unix.SchedSetaffinity(0, &old)
		runtime.UnlockOSThread()
	}, nil
}
