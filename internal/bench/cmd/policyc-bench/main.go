// Command policyc-bench is the program behind `make bench`: it measures the
// compiled datapath and the compiler against baselines built in the same
// run and writes OUT.md and OUT.json (see internal/bench).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/policyc/policyc/internal/bench"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "policyc-bench:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("policyc-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write OUT.md and OUT.json (e.g. docs/performance)")
	quick := fs.Bool("quick", false, "smoke mode: few iterations, small policies")
	cpu := fs.Int("cpu", defaultCPU(), "CPU to pin the measuring thread to (-1: no pinning)")
	seed := fs.Uint64("seed", 1, "seed of the generated maps and policies")
	conditions := fs.String("conditions", "", "label of the run conditions (default: derived from the load average)")
	noCompile := fs.Bool("no-compile", false, "skip the compiler measurements")
	noDatapath := fs.Bool("no-datapath", false, "skip the BPF measurements (compiler only)")
	child := fs.String("child", "", "internal: run one measurement in this process (compile:POLICIES:IDENTITIES or generate:RULES:SEED) and print JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *child != "" {
		return bench.RunChild(*child, stdout)
	}
	opts, err := options(*quick, *cpu, *seed, *conditions, *noCompile, stderr)
	if err != nil {
		return err
	}
	opts.NoDatapath = *noDatapath
	opts.Command = strings.Join(args, " ")
	rep, err := bench.Run(opts)
	if err != nil {
		return err
	}
	md := rep.Markdown()
	fmt.Fprint(stdout, md)
	if *out == "" {
		return nil
	}
	js, err := rep.JSON()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(*out+".md", []byte(md), 0o644); err != nil {
		return err
	}
	return os.WriteFile(*out+".json", js, 0o644)
}

func options(quick bool, cpu int, seed uint64, conditions string, noCompile bool, progress io.Writer) (bench.Options, error) {
	exe, err := os.Executable()
	if err != nil {
		return bench.Options{}, fmt.Errorf("find own binary for child processes: %w", err)
	}
	opts := bench.Options{Mode: "full", Config: bench.FullConfig(), CPU: cpu, Seed: seed, Progress: progress, Conditions: conditions,
		Policyc: &bench.PolicycOptions{Sizes: bench.PolicycSizes(), Exe: exe, GenerateTimeout: 45 * time.Second}}
	compileSizes := bench.CompileSizes()
	lo := bench.DefaultLoaderOptions()
	opts.Loader = &lo
	if quick {
		lo.Endpoints, lo.Apps, lo.Repeats = 10, 3, 1
		opts.Mode, opts.Config = "quick", bench.QuickConfig()
		opts.Policyc.Sizes = []int{10, 100}
		compileSizes = compileSizes[:1]
	}
	if opts.Conditions == "" {
		opts.Conditions = bench.DefaultConditions()
	}
	if !noCompile {
		opts.Compile = &bench.CompileOptions{Sizes: compileSizes, Exe: exe, Timeout: 2 * time.Minute}
	}
	return opts, nil
}

// defaultCPU pins to the last CPU when there are several (CPU 0 takes most
// interrupts), else does not pin.
func defaultCPU() int {
	if n := runtime.NumCPU(); n > 1 {
		return n - 1
	}
	return -1
}
