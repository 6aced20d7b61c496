package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// Machine describes where a run happened.
type Machine struct {
	CPU         string `json:"cpu"`
	Cores       int    `json:"cores"`
	Kernel      string `json:"kernel"`
	Go          string `json:"go"`
	CiliumEBPF  string `json:"ciliumEbpf"`
	Date        string `json:"date"`
	JIT         string `json:"bpfJitEnable"`
	JITHarden   string `json:"bpfJitHarden"`
	PinnedCPU   int    `json:"pinnedCpu"`
	LoadAvgPre  string `json:"loadAvgBefore"`
	LoadAvgPost string `json:"loadAvgAfter,omitempty"`
}

// DescribeMachine reads the CPU model, kernel, toolchain and load.
func DescribeMachine(cpu int, now time.Time) Machine {
	m := Machine{
		CPU: cpuModel(), Cores: runtime.NumCPU(), Go: runtime.Version(),
		CiliumEBPF: moduleVersion("github.com/cilium/ebpf"), Date: now.UTC().Format(time.RFC3339),
		JIT: readTrim("/proc/sys/net/core/bpf_jit_enable"), JITHarden: readTrim("/proc/sys/net/core/bpf_jit_harden"),
		PinnedCPU: cpu, LoadAvgPre: LoadAvg(),
	}
	var u unix.Utsname
	if unix.Uname(&u) == nil {
		m.Kernel = string(bytes.TrimRight(u.Release[:], "\x00"))
	}
	return m
}

// LoadAvg returns the first three fields of /proc/loadavg.
func LoadAvg() string {
	f := strings.Fields(readTrim("/proc/loadavg"))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		k, v, ok := strings.Cut(s.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

func readTrim(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(b))
}

// moduleVersion returns the version of module path in this binary's build
// info ("unknown" in tests built without module information).
func moduleVersion(path string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, d := range bi.Deps {
		if d.Path == path {
			return d.Version
		}
	}
	return "unknown"
}

// DefaultConditions labels the run from the 1-minute load average: on this
// 2-core shared machine anything above ~0.5 means other work competed.
func DefaultConditions() string {
	la := LoadAvg()
	var one float64
	if _, err := fmt.Sscan(la, &one); err != nil {
		return "unknown load (" + la + ")"
	}
	if one > 0.5 {
		return fmt.Sprintf("NOISY: shared machine, other work running (1-min load %.2f at start); compare ratios within this run only", one)
	}
	return fmt.Sprintf("quiet (1-min load %.2f at start)", one)
}
