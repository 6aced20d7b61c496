package policytest

import (
	"encoding/json"
	"io"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// The JSON form of a report (`policyc test -o json`). Field names are part
// of the CLI's interface: append only.
type jsonReport struct {
	OK      bool        `json:"ok"`
	Summary Counts      `json:"summary"`
	Files   []jsonSuite `json:"files"`
}

type jsonSuite struct {
	Path          string     `json:"path"`
	Diagnostics   []jsonDiag `json:"diagnostics,omitempty"`
	KernelSkipped string     `json:"kernelSkipped,omitempty"`
	Cases         []jsonCase `json:"cases"`
}

type jsonDiag struct {
	Pos      ir.Pos `json:"pos"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
}

type jsonCase struct {
	Pos         ir.Pos         `json:"pos"`
	Groups      []string       `json:"groups,omitempty"`
	Test        string         `json:"test,omitempty"`
	Expectation string         `json:"expectation"`
	Status      Status         `json:"status"`
	Message     string         `json:"message,omitempty"`
	Code        string         `json:"code,omitempty"`
	Reference   []jsonDecision `json:"reference,omitempty"`
	Kernel      KernelResult   `json:"kernel"`
}

type jsonDecision struct {
	Src       uint32 `json:"srcIdentity"`
	Dst       uint32 `json:"dstIdentity"`
	SrcAddr   string `json:"srcAddr,omitempty"`
	DstAddr   string `json:"dstAddr,omitempty"`
	Verdict   string `json:"verdict"`
	ProxyPort uint16 `json:"proxyPort,omitempty"`
	Egress    string `json:"egress"`
	Ingress   string `json:"ingress"`
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{OK: r.OK(), Summary: r.Counts(), Files: []jsonSuite{}}
	for _, s := range r.Suites {
		js := jsonSuite{Path: s.Path, KernelSkipped: s.KernelSkipped, Cases: []jsonCase{}}
		for _, d := range s.Diags {
			js.Diagnostics = append(js.Diagnostics, toJSONDiag(d))
		}
		for _, res := range s.Results {
			js.Cases = append(js.Cases, toJSONCase(res))
		}
		out.Files = append(out.Files, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func toJSONDiag(d diag.Diagnostic) jsonDiag {
	return jsonDiag{Pos: d.Pos, Severity: d.Severity.String(), Code: string(d.Code), Message: d.Message, Hint: d.Hint}
}

func toJSONCase(res Result) jsonCase {
	c := res.Case
	jc := jsonCase{Pos: c.Pos, Groups: c.Group, Test: c.Test, Expectation: c.String(),
		Status: res.Status, Message: res.Message, Kernel: res.Kernel}
	if res.Diag != nil {
		jc.Code = string(res.Diag.Code)
	}
	for _, fd := range res.Reference {
		jd := jsonDecision{Src: uint32(fd.Src), Dst: uint32(fd.Dst), Verdict: fd.Decision.Verdict.String(),
			ProxyPort: fd.Decision.ProxyPort, Egress: fd.Decision.Egress.Reason, Ingress: fd.Decision.Ingress.Reason}
		if fd.SrcAddr.IsValid() {
			jd.SrcAddr = fd.SrcAddr.String()
		}
		if fd.DstAddr.IsValid() {
			jd.DstAddr = fd.DstAddr.String()
		}
		jc.Reference = append(jc.Reference, jd)
	}
	return jc
}
