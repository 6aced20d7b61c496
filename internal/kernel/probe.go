package kernel

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/rlimit"
)

// probeEnv switches a re-executed binary into probe mode (see init).
const probeEnv = "POLICYC_INTERNAL_BPF_PROBE"

// Exit codes of the probe child.
const (
	probeOK     = 0
	probeFailed = 3
)

// DefaultProbeTimeout bounds a probe: loading a two-instruction program
// takes about a millisecond on a healthy kernel, even under load.
const DefaultProbeTimeout = 20 * time.Second

// ErrUnresponsive is wrapped by ProbeBPF's error when the probe did not
// return in time: the kernel's BPF loader is stuck, not merely missing.
var ErrUnresponsive = errors.New("the kernel's BPF program loader is not responding")

func init() {
	// Re-executed by ProbeBPF: probe, report, and never run the real main.
	if os.Getenv(probeEnv) == "1" {
		os.Exit(probeChild())
	}
}

func probeChild() int {
	if err := LoadTestProgram(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return probeFailed
	}
	return probeOK
}

// LoadTestProgram loads and closes a two-instruction sched_cls program in
// this process. It may block forever on a stuck kernel: use ProbeBPF unless
// you are already in a disposable process.
func LoadTestProgram() error {
	if err := rlimit.RemoveMemlock(); err != nil {
		return fmt.Errorf("remove memlock limit: %w", err)
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Type:         ebpf.SchedCLS,
		License:      "Dual MIT/GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	})
	if err != nil {
		return fmt.Errorf("load a test program: %w", err)
	}
	return prog.Close()
}

// ProbeBPF reports whether this process can load BPF programs, by loading a
// test program in a child process that is abandoned after timeout. It
// returns nil when it can, an error saying why not otherwise (wrapping
// ErrUnresponsive when the kernel did not answer in time).
func ProbeBPF(timeout time.Duration) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("probe BPF: find own executable: %w", err)
	}
	errFile, err := os.CreateTemp("", "policyc-bpf-probe-*")
	if err != nil {
		return fmt.Errorf("probe BPF: %w", err)
	}
	defer os.Remove(errFile.Name())
	defer errFile.Close()

	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), probeEnv+"=1")
	cmd.Stderr = errFile // a file, not a pipe: an abandoned child must not hold our pipes open
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("probe BPF: start probe process: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return probeResult(err, errFile.Name())
	case <-time.After(timeout):
		_ = cmd.Process.Kill() // takes effect if the kernel ever lets go
		return fmt.Errorf("%w: loading a two-instruction program did not return within %v "+
			"(look for hung tasks in bpf_prog_pack_alloc/bpf_prog_free_deferred in dmesg; only a reboot clears it)",
			ErrUnresponsive, timeout)
	}
}

func probeResult(waitErr error, errPath string) error {
	if waitErr == nil {
		return nil
	}
	msg, _ := os.ReadFile(errPath)
	if s := strings.TrimSpace(string(msg)); s != "" {
		return errors.New(s)
	}
	return fmt.Errorf("probe BPF: %w", waitErr)
}
