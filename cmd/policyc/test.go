package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/policytest"
)

func newTestCmd(s *streams) *cobra.Command {
	var (
		output  string
		junit   string
		kernel  string
		runExpr string
		verbose bool
	)
	cmd := &cobra.Command{
		Use:   "test [PATH...]",
		Short: "Check connectivity expectations against compiled policies",
		Long: `test runs *.policytest files (see docs/testing.md). Each file names the
policies and inventory to compile and states expectations such as

  expect allow default/tiefighter -> default/deathstar tcp/80

Every expectation is checked twice: with the reference evaluator, and by
running the compiled eBPF programs on a synthesised packet with
BPF_PROG_TEST_RUN (the source's egress program and the destination's
ingress program). The kernel check needs root; when it cannot run, the
output says so and why. A disagreement between the two is reported as an
internal error, distinct from a failed expectation.

PATH is a *.policytest file or a directory searched recursively; without
PATH the current directory is searched.

Exit status: 0 when every expectation passed, 1 when any failed (or could
not be checked, or a policy did not compile), 2 on usage or parse errors.`,
		Example: `  policyc test testdata/policytest/
  policyc test -v starwars.policytest
  policyc test --junit report.xml -o json tests/ > report.json
  policyc test --kernel=require tests/   # fail if the kernel check cannot run
  policyc test --run 'rebels' starwars.policytest`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if output != "text" && output != "json" {
				return &exitError{code: exitUsage, err: fmt.Errorf("unknown output format %q: want text or json", output)}
			}
			if !slices.Contains([]string{"auto", "require", "off"}, kernel) {
				return &exitError{code: exitUsage, err: fmt.Errorf("unknown --kernel mode %q: want auto, require or off", kernel)}
			}
			var filter *regexp.Regexp
			if runExpr != "" {
				var err error
				if filter, err = regexp.Compile(runExpr); err != nil {
					return &exitError{code: exitUsage, err: fmt.Errorf("--run: %w", err)}
				}
			}
			return runTests(s, args, testFlags{output, junit, kernel, filter, verbose})
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "text", "output format: text or json")
	cmd.Flags().StringVar(&junit, "junit", "", "also write a JUnit XML report to `FILE`")
	cmd.Flags().StringVar(&kernel, "kernel", "auto", "kernel check: auto (when BPF can be loaded), require, or off")
	cmd.Flags().StringVar(&runExpr, "run", "", "run only the expectations whose name (groups / test / expectation) matches `REGEXP`")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "text output: list every expectation, not only those that failed")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("kernel", cobra.FixedCompletions([]string{"auto", "require", "off"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// testFlags are the options of `policyc test`.
type testFlags struct {
	output, junit, kernel string
	filter                *regexp.Regexp
	verbose               bool
}

func runTests(s *streams, args []string, f testFlags) error {
	if len(args) == 0 {
		args = []string{"."}
	}
	paths, err := testFiles(args)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	suites, diags := parseTests(paths)
	if diags.HasErrors() {
		_ = diag.WriteText(s.err, diags)
		return &exitError{code: exitUsage}
	}
	if f.filter != nil {
		suites = slices.DeleteFunc(suites, func(suite *policytest.Suite) bool {
			suite.Cases = slices.DeleteFunc(suite.Cases, func(c *policytest.Case) bool { return !f.filter.MatchString(c.Name()) })
			return len(suite.Cases) == 0
		})
		if len(suites) == 0 {
			return &exitError{code: exitUsage, err: fmt.Errorf("--run %q matches no expectation", f.filter)}
		}
	}
	kernelMode := f.kernel
	opts := policytest.Options{Compile: policytest.Compile}
	switch kernelMode {
	case "off":
		opts.KernelOff = "disabled by --kernel=off"
	default:
		if err := policytest.ProbeKernel(); err != nil {
			if kernelMode == "require" {
				return &exitError{code: exitPolicy, err: fmt.Errorf("--kernel=require: the kernel check cannot run: %w", err)}
			}
			opts.KernelOff = err.Error()
		} else {
			opts.Kernel = policytest.BPFKernel{}
		}
	}
	rep := policytest.Run(suites, opts)
	if err := writeReports(s, rep, f.output, f.junit, f.verbose); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if kernelMode == "require" {
		for _, sr := range rep.Suites {
			if sr.KernelSkipped != "" {
				return &exitError{code: exitPolicy, err: fmt.Errorf("--kernel=require: kernel check skipped for %s: %s", sr.Path, sr.KernelSkipped)}
			}
		}
	}
	if !rep.OK() {
		return &exitError{code: exitPolicy}
	}
	return nil
}

func writeReports(s *streams, rep *policytest.Report, output, junit string, verbose bool) error {
	var err error
	if output == "json" {
		err = rep.WriteJSON(s.out)
	} else {
		err = rep.WriteText(s.out, verbose)
	}
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if junit == "" {
		return nil
	}
	f, err := os.Create(junit)
	if err != nil {
		return fmt.Errorf("junit: %w", err)
	}
	if err := rep.WriteJUnit(f); err != nil {
		f.Close()
		return fmt.Errorf("junit: %w", err)
	}
	return f.Close()
}

// testFiles expands args: files as given, directories searched recursively
// for *.policytest (sorted).
func testFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".policytest") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no *.policytest files", a)
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}

func parseTests(paths []string) ([]*policytest.Suite, diag.List) {
	var suites []*policytest.Suite
	var all diag.List
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			all.Errorf(ir.Pos{File: p}, diag.CodeIO, "read test file: %v", err)
			continue
		}
		s, diags := policytest.Parse(p, src)
		all = append(all, diags...)
		if s != nil {
			suites = append(suites, s)
		}
	}
	all.Sort()
	return suites, all
}
