package bench

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// Options configure a run.
type Options struct {
	Mode   string // "full" or "quick"
	Config Config
	// CPU is the core to pin the measuring thread to (-1: do not pin).
	CPU  int
	Seed uint64
	// Command is the command line recorded in the report.
	Command string
	// Conditions is a free-text label of the run conditions (shared or
	// quiet machine); the load average is recorded as well.
	Conditions string
	// Progress receives one line per step (nil: silent).
	Progress io.Writer
	// Policyc configures the generated-policy programs; nil skips them.
	Policyc *PolicycOptions
	// Compile configures the compiler measurements; nil skips them.
	Compile *CompileOptions
	// Loader configures the loader measurements (root); nil skips them.
	Loader *LoaderOptions
	// NoDatapath skips every BPF measurement (baselines and policyc), for
	// compiler-only runs on machines that cannot run BPF programs.
	NoDatapath bool
}

// probeTimeout bounds the BPF load probe before the datapath measurements.
const probeTimeout = 20 * time.Second

// Run builds every baseline (and the policyc programs when configured),
// measures them in one interleaved sweep and returns the report.
func Run(opts Options) (*Report, error) {
	start := time.Now()
	logf := func(format string, args ...any) {
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "policyc-bench: "+format+"\n", args...)
		}
	}
	r := &Report{Mode: opts.Mode, Command: opts.Command, Config: opts.Config, Seed: opts.Seed, Conditions: opts.Conditions,
		Machine: DescribeMachine(opts.CPU, start)}
	if opts.NoDatapath {
		r.Missing = append(r.Missing, "datapath (baselines and policyc programs): skipped by -no-datapath")
		generateOnly(r, opts, logf)
	} else if err := probeLoad(probeTimeout); err != nil {
		logf("datapath skipped: %v", err)
		r.Missing = append(r.Missing, "datapath (baselines and policyc programs): "+err.Error())
		generateOnly(r, opts, logf)
	} else if err := measureDatapath(r, opts, logf); err != nil {
		return nil, err
	}
	if opts.Compile != nil {
		logf("compiler: %d sizes", len(opts.Compile.Sizes))
		rows, missing := measureCompiler(*opts.Compile, logf)
		r.Compiler = rows
		r.Missing = append(r.Missing, missing...)
	}
	if opts.Loader != nil && !opts.NoDatapath {
		r.Loader = measureLoader(*opts.Loader, logf)
		for _, l := range r.Loader {
			if l.Error != "" {
				r.Missing = append(r.Missing, "loader: "+l.Name+": "+l.Error)
			}
		}
	}
	r.Targets = evaluateTargets(r)
	r.Machine.LoadAvgPost = LoadAvg()
	r.DurationS = time.Since(start).Seconds()
	return r, nil
}

func measureDatapath(r *Report, opts Options, logf func(string, ...any)) error {
	unpin, err := PinCPU(opts.CPU)
	if err != nil {
		return err
	}
	defer unpin()
	var res pool
	defer res.Close()
	rng := rand.New(rand.NewPCG(opts.Seed, 0x706f6c69637963))
	logf("building baselines")
	cases, err := buildBaselines(&res, rng, opts.Config)
	if err != nil {
		return err
	}
	if opts.Policyc != nil {
		logf("building policyc programs")
		pc, gens, err := buildPolicyc(&res, opts.Seed, opts.Config, *opts.Policyc, cases, logf)
		if err != nil {
			return err
		}
		cases = append(cases, pc...)
		r.Generate = gens
		for _, g := range gens {
			if g.Error != "" {
				r.Missing = append(r.Missing, fmt.Sprintf("policyc %d rules: code generation failed, no datapath figures: %s", g.Rules, g.Error))
			}
		}
	}
	logf("measuring %d cases: %d passes × %d runs × %d iterations", len(cases), opts.Config.Passes, opts.Config.Runs, opts.Config.Repeat)
	t, err := Measure(cases, opts.Config)
	if err != nil {
		return err
	}
	r.Datapath = makeRows(cases, t)
	return nil
}

// generateOnly records code generation of the policyc sizes (in children,
// no kernel needed) when the datapath is skipped.
func generateOnly(r *Report, opts Options, logf func(string, ...any)) {
	if opts.Policyc == nil || opts.Policyc.Exe == "" {
		return
	}
	for _, n := range opts.Policyc.Sizes {
		g := generateInChild(*opts.Policyc, n, opts.Seed)
		logf("policyc %d rules: generate in child: %d insns, %.0f ms %s", n, g.Insns, g.GenerateMS, g.Error)
		r.Generate = append(r.Generate, g)
	}
}
