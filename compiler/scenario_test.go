package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// TestScenarios runs every testdata/scenarios/*.txtar: the archive's YAML
// files are policies (inventory.yaml, if present, replaces the base
// inventory), and its `expect` file lists flows with the verdict the
// semantics doc gives, one per line:
//
//	default/a -> prod/web tcp/80 = allow
//	default/a -> 203.0.113.10 udp/53 = redirect 15053
//	reserved:host -> default/b icmp/8 = allow
//	error PC0501 policy.yaml:14
//	warning PC0503
//
// Every flow line counts as one check; the test fails when an archive has
// no checks.
func TestScenarios(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "scenarios", "*.txtar"))
	if len(files) == 0 {
		t.Fatal("no scenarios")
	}
	total := 0
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) { total += runScenario(t, path) })
	}
	t.Logf("%d scenarios, %d checks", len(files), total)
}

type scenario struct {
	files  []*ast.File
	inv    *inventory.Inventory
	expect []string
}

func loadScenario(t *testing.T, path string) scenario {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var sc scenario
	invSrc, err := os.ReadFile(filepath.Join("testdata", "scenarios", "base-inventory.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	invName := "base-inventory.yaml"
	for _, f := range ar.Files {
		switch {
		case f.Name == "expect":
			for _, l := range strings.Split(string(f.Data), "\n") {
				if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
					sc.expect = append(sc.expect, l)
				}
			}
		case f.Name == "inventory.yaml":
			invSrc, invName = f.Data, f.Name
		case strings.HasSuffix(f.Name, ".yaml"):
			af, diags := frontend.ParseFile(f.Name, f.Data, frontend.Options{})
			if diags.HasErrors() {
				t.Fatalf("frontend: %v", diags.Err())
			}
			sc.files = append(sc.files, af)
		}
	}
	inv, diags := inventory.Parse(invName, invSrc)
	if diags.HasErrors() {
		t.Fatalf("inventory: %v", diags.Err())
	}
	sc.inv = inv
	return sc
}

func runScenario(t *testing.T, path string) int {
	sc := loadScenario(t, path)
	prog, diags := Compile(sc.files, sc.inv, DefaultOptions())
	checks := 0
	if prog != nil {
		if err := prog.Validate(); err != nil {
			t.Errorf("invalid IR: %v", err)
		}
	}
	for _, line := range sc.expect {
		f := strings.Fields(line)
		switch f[0] {
		case "error", "warning":
			checks++
			if !hasDiag(diags, f[0], f[1], f[2:]) {
				t.Errorf("want %s, got:\n%v", line, diags)
			}
			continue
		}
		if prog == nil {
			t.Fatalf("compile failed:\n%v", diags)
		}
		checks++
		if err := checkFlow(prog, f); err != nil {
			t.Errorf("%s: %v", line, err)
		}
	}
	if checks == 0 {
		t.Fatal("scenario checks nothing")
	}
	if prog != nil && t.Failed() {
		t.Logf("IR:\n%s", prog)
	}
	return checks
}

func hasDiag(l diag.List, sev, code string, at []string) bool {
	for _, d := range l {
		if d.Severity.String() != sev || string(d.Code) != code {
			continue
		}
		if len(at) == 0 || fmt.Sprintf("%s:%d", d.Pos.File, d.Pos.Line) == at[0] {
			return true
		}
	}
	return false
}

// checkFlow checks "SRC -> DST PROTO/PORT = VERDICT [PROXYPORT]".
func checkFlow(p *ir.Program, f []string) error {
	if len(f) < 6 || f[1] != "->" || f[4] != "=" {
		return fmt.Errorf("malformed expectation")
	}
	src, _, err := p.ResolvePeer(f[0])
	if err != nil {
		return err
	}
	dst, _, err := p.ResolvePeer(f[2])
	if err != nil {
		return err
	}
	protoS, portS, _ := strings.Cut(f[3], "/")
	proto, err := ir.ParseProto(protoS)
	if err != nil {
		return err
	}
	port, err := strconv.ParseUint(portS, 10, 16)
	if err != nil {
		return fmt.Errorf("port: %v", err)
	}
	d := p.Decide(ir.Flow{Src: src, Dst: dst, Proto: proto, DPort: uint16(port)})
	want := f[5]
	got := d.Verdict.String()
	if len(f) > 6 {
		want += " " + f[6]
		got += " " + strconv.Itoa(int(d.ProxyPort))
	}
	if got != want {
		return fmt.Errorf("got %s, want %s\n  egress:  %+v\n  ingress: %+v", got, want, d.Egress, d.Ingress)
	}
	return nil
}
