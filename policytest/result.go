package policytest

import (
	"net/netip"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// Status is the outcome of one expectation.
type Status string

// Statuses, from best to worst.
const (
	// StatusPass: the reference evaluator met the expectation and the
	// kernel, when it ran, agreed with the reference.
	StatusPass Status = "pass"
	// StatusFail: the reference evaluator did not meet the expectation.
	StatusFail Status = "fail"
	// StatusError: the expectation could not be checked (an unknown
	// endpoint, a named port the destination lacks, policies that did not
	// compile).
	StatusError Status = "error"
	// StatusInternal: the compiled program in the kernel and the reference
	// evaluator disagree (or the kernel check itself broke). This is a
	// policyc bug, never a verdict on the policy.
	StatusInternal Status = "internal-error"
)

// Result is the outcome of one Case.
type Result struct {
	Case    *Case
	Status  Status
	Message string // why it did not pass; "" on pass
	// Reference is what the reference evaluator decided, per sampled flow.
	Reference []FlowDecision
	// Kernel says how the kernel check went.
	Kernel KernelResult
	// Diag is the positioned diagnostic of a StatusError result.
	Diag *diag.Diagnostic
}

// FlowDecision is the reference decision for one concrete flow.
type FlowDecision struct {
	Src, Dst ir.Identity
	// SrcAddr/DstAddr are set when an address was sampled (world prefixes).
	SrcAddr, DstAddr netip.Addr
	Decision         ir.Decision
}

// KernelResult is how the kernel check of one expectation went.
type KernelResult struct {
	// Runs is the number of BPF_PROG_TEST_RUN executions that agreed with
	// the reference (one per program, sampled address and address family).
	Runs int `json:"runs"`
	// Skipped, when not empty, says why the kernel check did not run.
	Skipped string `json:"skipped,omitempty"`
	// Families lists the address families checked ("ipv4", "ipv6").
	Families []string `json:"families,omitempty"`
}

// SuiteResult is the outcome of one test file.
type SuiteResult struct {
	Path    string
	Results []Result
	// Diags are the file's own diagnostics: parse errors, and errors from
	// compiling the policies and inventory it names.
	Diags diag.List
	// KernelSkipped says why the kernel check did not run for the whole
	// file ("" when it ran).
	KernelSkipped string
}

// Report is the outcome of a run.
type Report struct {
	Suites []SuiteResult
}

// Counts tallies results by status.
type Counts struct {
	Total    int `json:"total"`
	Pass     int `json:"pass"`
	Fail     int `json:"fail"`
	Error    int `json:"error"`
	Internal int `json:"internalError"`
	// KernelChecked counts passing results that the kernel also checked.
	KernelChecked int `json:"kernelChecked"`
	// FileErrors counts files that could not be run (parse or compile
	// errors).
	FileErrors int `json:"fileErrors"`
}

// Counts tallies the report.
func (r *Report) Counts() Counts {
	var c Counts
	for _, s := range r.Suites {
		if s.Diags.HasErrors() {
			c.FileErrors++
		}
		for _, res := range s.Results {
			c.Total++
			switch res.Status {
			case StatusPass:
				c.Pass++
				if len(res.Kernel.Families) > 0 {
					c.KernelChecked++
				}
			case StatusFail:
				c.Fail++
			case StatusError:
				c.Error++
			default:
				c.Internal++
			}
		}
	}
	return c
}

// OK reports whether every expectation of every file passed.
func (r *Report) OK() bool {
	c := r.Counts()
	return c.FileErrors == 0 && c.Pass == c.Total
}
