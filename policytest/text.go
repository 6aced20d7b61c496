package policytest

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the readable summary: one block per expectation that did
// not pass (every expectation when verbose), one line per file, the kernel
// status and a total.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	var b strings.Builder
	for _, s := range r.Suites {
		writeSuiteText(&b, s, verbose)
	}
	writeTotal(&b, r)
	_, err := io.WriteString(w, b.String())
	return err
}

// statusLabel is the word a result is printed with.
func statusLabel(s Status) string {
	switch s {
	case StatusPass:
		return "ok"
	case StatusFail:
		return "FAIL"
	case StatusError:
		return "ERROR"
	}
	return "INTERNAL ERROR"
}

func writeSuiteText(b *strings.Builder, s SuiteResult, verbose bool) {
	for _, d := range s.Diags {
		fmt.Fprintln(b, d)
	}
	notRun := s.Diags.HasErrors()
	for _, res := range s.Results {
		if notRun {
			break // the diagnostics above say why; the file line below counts them
		}
		kernelNote := res.Status == StatusPass && res.Kernel.Skipped != "" && s.KernelSkipped == ""
		if res.Status == StatusPass && !verbose && !kernelNote {
			continue
		}
		pos := res.Case.Pos
		if res.Diag != nil && res.Diag.Pos.IsValid() {
			pos = res.Diag.Pos
		}
		fmt.Fprintf(b, "%s %s: %s\n", statusLabel(res.Status), pos, res.Case.Name())
		if res.Message != "" {
			for _, line := range strings.Split(res.Message, "\n") {
				fmt.Fprintf(b, "    %s\n", line)
			}
		}
		if res.Diag != nil && res.Diag.Hint != "" {
			fmt.Fprintf(b, "    hint: %s\n", res.Diag.Hint)
		}
		if kernelNote {
			fmt.Fprintf(b, "    reference evaluator only: kernel check skipped: %s\n", res.Kernel.Skipped)
		}
	}
	c := (&Report{Suites: []SuiteResult{s}}).Counts()
	switch {
	case c.FileErrors > 0:
		fmt.Fprintf(b, "ERROR %s: not run (%s)\n", s.Path, plural(c.Total, "expectation"))
	case c.Pass == c.Total:
		fmt.Fprintf(b, "ok    %s: %d/%d passed%s\n", s.Path, c.Pass, c.Total, kernelNote(s, c))
	default:
		fmt.Fprintf(b, "FAIL  %s: %d/%d passed%s\n", s.Path, c.Pass, c.Total, failNote(c))
	}
	if s.KernelSkipped != "" && c.FileErrors == 0 {
		fmt.Fprintf(b, "      kernel check skipped: %s\n", s.KernelSkipped)
	}
}

func kernelNote(s SuiteResult, c Counts) string {
	switch {
	case s.KernelSkipped != "":
		return " (reference evaluator only)"
	case c.KernelChecked == c.Pass:
		return " (reference evaluator and kernel)"
	default:
		return fmt.Sprintf(" (reference evaluator; kernel for %d)", c.KernelChecked)
	}
}

func failNote(c Counts) string {
	var parts []string
	if c.Fail > 0 {
		parts = append(parts, fmt.Sprintf("%d failed", c.Fail))
	}
	if c.Error > 0 {
		parts = append(parts, plural(c.Error, "error"))
	}
	if c.Internal > 0 {
		parts = append(parts, plural(c.Internal, "internal error"))
	}
	return ", " + strings.Join(parts, ", ")
}

func writeTotal(b *strings.Builder, r *Report) {
	c := r.Counts()
	files := len(r.Suites)
	if r.OK() {
		kernel := "reference evaluator and kernel"
		if c.KernelChecked == 0 {
			kernel = "reference evaluator only"
		} else if c.KernelChecked < c.Pass {
			kernel = fmt.Sprintf("reference evaluator; kernel checked %d of them", c.KernelChecked)
		}
		fmt.Fprintf(b, "PASS: %s in %s (%s)\n", plural(c.Total, "expectation"), plural(files, "file"), kernel)
		return
	}
	fmt.Fprintf(b, "FAIL: %d of %s passed in %s%s", c.Pass, plural(c.Total, "expectation"), plural(files, "file"), failNote(c))
	if c.FileErrors > 0 {
		fmt.Fprintf(b, ", %s not run", plural(c.FileErrors, "file"))
	}
	fmt.Fprintln(b)
	if c.Internal > 0 {
		fmt.Fprintln(b, "internal errors are policyc bugs (the compiled program and the reference evaluator disagree): please report them")
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
