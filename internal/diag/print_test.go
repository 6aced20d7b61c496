package diag

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/policyc/policyc/ir"
)

func sample() List {
	return List{
		{Pos: ir.Pos{File: "p.yaml", Line: 3, Col: 5}, Severity: Error, Code: "PC0225", Message: `unsupported entity "wrold"`, Hint: `did you mean "world"?`},
		{Pos: ir.Pos{File: "p.yaml", Line: 9, Col: 1}, Severity: Warning, Code: "PC0301", Message: "port-only"},
		{Pos: ir.Pos{File: "<stdin>"}, Severity: Info, Code: "PC0003", Message: "skipped"},
	}
}

func ExampleWriteText() {
	_ = WriteText(stdout{}, sample()[:2])
	// Output:
	// p.yaml:3:5: error[PC0225]: unsupported entity "wrold"
	// 	hint: did you mean "world"?
	// p.yaml:9:1: warning[PC0301]: port-only
}

// TestSARIF checks the structure code scanning relies on.
func TestSARIF(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSARIF(&b, sample(), Tool{Name: "policyc", DocsURL: "https://x/docs.md"}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || len(run.Tool.Driver.Rules) != 3 || len(run.Results) != 3 {
		t.Fatalf("unexpected log: %s", b.String())
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s points at rule %d", r.RuleID, r.RuleIndex)
		}
	}
	if got := run.Results[2]; got.Level != "note" || got.Locations[0].PhysicalLocation.Region != nil ||
		got.Locations[0].PhysicalLocation.ArtifactLocation.URI != "stdin" {
		t.Errorf("info result: %+v", got)
	}
	if r := run.Results[0].Locations[0].PhysicalLocation.Region; r.StartLine != 3 || r.StartColumn != 5 {
		t.Errorf("region %+v", r)
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"text", "json", "sarif"} {
		if f, err := ParseFormat(s); err != nil || string(f) != s {
			t.Errorf("ParseFormat(%q) = %q, %v", s, f, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("xml accepted")
	}
}

// stdout writes to os.Stdout for Examples.
type stdout struct{}

func (stdout) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
