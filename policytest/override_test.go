package policytest

import (
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

func TestBlankOverridden(t *testing.T) {
	src := `# inventory
namespaces:
  - name: default
    labels: {team: a}
  - name: other
endpoints:
  - name: default/a
    labels:
      app: a
    ips: [10.0.0.1]
  -
    name: default/b
    ips: [10.0.0.2]
  - name: default/c
    ips: [10.0.0.3]
---
endpoints: [{name: default/flow, ips: [10.0.0.4]}]
---
apiVersion: v1
kind: Pod
metadata: {name: kube, namespace: default}
`
	names := map[string]map[string]ir.Pos{
		"namespaces": {"default": {File: "t.policytest", Line: 1, Col: 1}},
		"endpoints": {
			"default/a": {File: "t.policytest", Line: 2, Col: 1}, "default/b": {File: "t.policytest", Line: 3, Col: 1},
			"default/flow": {File: "t.policytest", Line: 4, Col: 1}, "default/kube": {File: "t.policytest", Line: 5, Col: 1},
		},
	}
	out, diags := blankOverridden("inv.yaml", []byte(src), names)
	want := `# inventory
namespaces:


  - name: other
endpoints:




` + "\n\n\n" + `  - name: default/c
    ips: [10.0.0.3]
---
endpoints: [{name: default/flow, ips: [10.0.0.4]}]
---
apiVersion: v1
kind: Pod
metadata: {name: kube, namespace: default}
`
	if string(out) != want {
		t.Errorf("blanked:\n%s\nwant:\n%s", out, want)
	}
	if strings.Count(string(out), "\n") != strings.Count(src, "\n") {
		t.Error("line count changed: positions would move")
	}
	var got []string
	for _, d := range diags {
		if d.Code != diag.CodeTestCompile {
			t.Errorf("code %s", d.Code)
		}
		got = append(got, d.Pos.String()+" "+d.Message)
	}
	wantDiags := []string{
		"t.policytest:4:1 cannot override endpoint default/flow of the inventory: it is written in flow style",
		"t.policytest:5:1 cannot override endpoint default/kube of the inventory: it comes from a kubectl Pod object",
	}
	if strings.Join(got, "\n") != strings.Join(wantDiags, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantDiags, "\n"))
	}
}
