package bench

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/cilium/ebpf"
)

// ProgStats describes one loaded program: its size before and after the
// verifier and what loading it cost.
type ProgStats struct {
	// Insns is the number of instructions handed to the kernel.
	Insns int `json:"insns"`
	// Verified is the number of instructions the verifier processed
	// (bpf_prog_info.verified_insns, or the verifier log when absent).
	Verified uint32 `json:"verifiedInsns"`
	// JitedBytes is the size of the JIT output.
	JitedBytes uint32 `json:"jitedBytes"`
	// LoadMS is the best wall time of the BPF_PROG_LOAD syscall
	// (verification + JIT) over the load attempts, in milliseconds.
	LoadMS float64 `json:"loadMs"`
	// VerifyUS is the kernel's own "verification time" from the verifier
	// log of the best attempt, in microseconds (-1 when not reported).
	VerifyUS int `json:"verifyUs"`
}

var (
	reProcessed  = regexp.MustCompile(`processed (\d+) insns`)
	reVerifyTime = regexp.MustCompile(`verification time (\d+) usec`)
)

// statsLogOptions asks the verifier for its statistics only (cheap).
func statsLogOptions() ebpf.ProgramOptions {
	return ebpf.ProgramOptions{LogLevel: ebpf.LogLevelStats, LogSizeStart: 4096}
}

// LoadProgram loads spec tries times (at least once), keeps the last program
// and reports the best load time.
func LoadProgram(spec *ebpf.ProgramSpec, tries int) (*ebpf.Program, ProgStats, error) {
	var (
		prog *ebpf.Program
		best time.Duration = -1
		log  string
	)
	for i := 0; i < max(tries, 1); i++ {
		if prog != nil {
			prog.Close()
		}
		start := time.Now()
		p, err := ebpf.NewProgramWithOptions(spec, statsLogOptions())
		elapsed := time.Since(start)
		if err != nil {
			return nil, ProgStats{}, fmt.Errorf("load %s: %w", spec.Name, err)
		}
		prog = p
		if best < 0 || elapsed < best {
			best, log = elapsed, p.VerifierLog
		}
	}
	st, err := programStats(prog, len(spec.Instructions), log)
	if err != nil {
		prog.Close()
		return nil, ProgStats{}, err
	}
	st.LoadMS = float64(best) / float64(time.Millisecond)
	return prog, st, nil
}

// programStats reads bpf_prog_info and the verifier log of a loaded program.
func programStats(prog *ebpf.Program, insns int, log string) (ProgStats, error) {
	info, err := prog.Info()
	if err != nil {
		return ProgStats{}, fmt.Errorf("program info: %w", err)
	}
	st := ProgStats{Insns: insns, VerifyUS: -1}
	if v, ok := info.VerifiedInstructions(); ok {
		st.Verified = v
	} else if m := reProcessed.FindStringSubmatch(log); m != nil {
		v, _ := strconv.ParseUint(m[1], 10, 32)
		st.Verified = uint32(v)
	}
	if j, err := info.JitedSize(); err == nil {
		st.JitedBytes = j
	}
	if m := reVerifyTime.FindStringSubmatch(log); m != nil {
		st.VerifyUS, _ = strconv.Atoi(m[1])
	}
	return st, nil
}
