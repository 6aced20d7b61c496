package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/internal/synth"
)

// CompileSize is one synthetic cluster for the compiler measurement.
type CompileSize struct {
	Policies   int `json:"policies"`
	Identities int `json:"identities"`
}

// CompileOptions configure the compiler measurements.
type CompileOptions struct {
	Sizes []CompileSize
	// Exe is the benchmark binary, re-executed with -child per size so that
	// each size's peak RSS is its own (rusage of the child).
	Exe string
	// Timeout bounds each child (0: two minutes).
	Timeout time.Duration
}

// CompileSizes are the clusters `make bench` compiles: 100 → 5,000
// policies, 1k → 20k identities.
func CompileSizes() []CompileSize {
	return []CompileSize{{100, 1000}, {500, 2000}, {1000, 5000}, {2500, 10_000}, {5000, 20_000}}
}

// childResult is what a child process prints (one JSON object).
type childResult struct {
	Entries    int     `json:"entries"`
	Insns      int     `json:"insns,omitempty"`
	Identities int     `json:"identities,omitempty"`
	Selectors  int     `json:"selectors,omitempty"`
	ParseS     float64 `json:"parseS"`
	CompileS   float64 `json:"compileS"`
	GenerateMS float64 `json:"generateMs,omitempty"`
	// PeakRSSMiB is the child's own high-water mark (VmHWM), read by the
	// child itself: the rusage maximum the parent sees also counts the
	// parent's memory at the fork (Linux records the pre-exec mm's peak).
	PeakRSSMiB float64 `json:"peakRssMiB,omitempty"`
	Error      string  `json:"error,omitempty"`
}

// runChild re-executes exe with -child spec and returns its result, its
// wall time and its peak RSS in MiB.
func runChild(exe, spec string, timeout time.Duration) (childResult, float64, float64, error) {
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "-child", spec)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	var rss float64
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = float64(ru.Maxrss) / 1024 // KiB → MiB
		}
	}
	if ctx.Err() != nil {
		return childResult{}, wall, rss, fmt.Errorf("child %s: no result within %v", spec, timeout)
	}
	if err != nil {
		return childResult{}, wall, rss, fmt.Errorf("child %s: %w: %s", spec, err, strings.TrimSpace(stderr.String()))
	}
	var res childResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return childResult{}, wall, rss, fmt.Errorf("child %s: bad output: %w", spec, err)
	}
	if res.PeakRSSMiB > 0 {
		rss = res.PeakRSSMiB
	}
	return res, wall, rss, nil
}

// measureCompiler compiles every size in a child process.
func measureCompiler(opts CompileOptions, logf func(string, ...any)) ([]CompileRow, []string) {
	var rows []CompileRow
	for _, sz := range opts.Sizes {
		spec := fmt.Sprintf("compile:%d:%d", sz.Policies, sz.Identities)
		res, _, rss, err := runChild(opts.Exe, spec, opts.Timeout)
		row := CompileRow{Policies: sz.Policies, Identities: sz.Identities, Entries: res.Entries,
			WallS: res.CompileS, ParseS: res.ParseS, PeakRSSMiB: rss, Stage: "compiler.Compile"}
		switch {
		case err != nil:
			row.Error = err.Error()
		case res.Error != "":
			row.Error = res.Error
		}
		logf("compile %d policies × %d identities: %.2f s (+%.2f s parse), %.0f MiB %s", sz.Policies, sz.Identities, row.WallS, row.ParseS, rss, row.Error)
		rows = append(rows, row)
	}
	return rows, nil
}

// RunChild is the -child entry point: "compile:POLICIES:IDENTITIES"
// compiles a synthetic cluster, "generate:RULES:SEED" synthesises and
// generates a policy program; it prints one JSON result.
func RunChild(spec string, w io.Writer) error {
	parts := strings.Split(spec, ":")
	nums := make([]int, 0, 2)
	for _, p := range parts[1:] {
		v, err := strconv.Atoi(p)
		if err != nil {
			return fmt.Errorf("child %q: %w", spec, err)
		}
		nums = append(nums, v)
	}
	var res childResult
	switch {
	case parts[0] == "compile" && len(nums) == 2:
		res = compileChild(nums[0], nums[1])
	case parts[0] == "generate" && len(nums) == 2:
		res = generateChild(nums[0], uint64(nums[1]))
	default:
		return fmt.Errorf("child %q: want compile:POLICIES:IDENTITIES or generate:RULES:SEED", spec)
	}
	res.PeakRSSMiB = ownPeakRSS()
	return json.NewEncoder(w).Encode(res)
}

// ownPeakRSS is this process's VmHWM in MiB (0 when /proc is unreadable).
func ownPeakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kib, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			if err == nil {
				return kib / 1024
			}
		}
	}
	return 0
}

func compileChild(policies, identities int) childResult {
	var res childResult
	start := time.Now()
	inv, files, err := synth.Cluster(policies, identities)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	res.ParseS = time.Since(start).Seconds()
	start = time.Now()
	p, diags := compiler.Compile(files, inv, compiler.DefaultOptions())
	res.CompileS = time.Since(start).Seconds()
	if diags.HasErrors() {
		res.Error = firstLine(diags.Err())
		return res
	}
	for _, pol := range p.Policies {
		res.Entries += len(pol.Entries)
	}
	return res
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// synthRand is the generator of the synthetic policy of n rules: seeded by
// (seed, n) so the parent and a generate child build the same Program.
func synthRand(seed uint64, n int) *rand.Rand { return rand.New(rand.NewPCG(seed, uint64(n))) }

func generateChild(n int, seed uint64) childResult {
	var res childResult
	s, err := Synthesize(n, synthRand(seed, n))
	if err != nil {
		res.Error = err.Error()
		return res
	}
	res.Identities, res.Selectors = len(s.Program.Identities), len(s.Program.Selectors)
	start := time.Now()
	out, err := codegen.Generate(s.Program, codegen.Options{})
	res.GenerateMS = float64(time.Since(start)) / float64(time.Millisecond)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	res.Entries = n
	for _, o := range out.Objects {
		for _, p := range o.Programs {
			if o.Subject == s.Subject && p.Name == ingressProgram {
				res.Insns = len(p.Instructions)
			}
		}
	}
	return res
}
