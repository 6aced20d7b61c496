package policytest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
)

// TestParseGolden parses every testdata/parse/*.policytest file and compares
// a dump of the Suite (or the diagnostics) with its .golden file.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/parse/*.policytest")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, diags := Parse(path, src)
			wantErr := strings.HasPrefix(filepath.Base(path), "err_")
			if got := diags.HasErrors(); got != wantErr {
				t.Errorf("HasErrors() = %v, want %v", got, wantErr)
			}
			if (s == nil) != diags.HasErrors() {
				t.Errorf("Suite nil = %v but HasErrors = %v", s == nil, diags.HasErrors())
			}
			var b strings.Builder
			for _, d := range diags {
				fmt.Fprintln(&b, d)
			}
			if s != nil {
				dumpSuite(&b, s)
			}
			testutils.Golden(t, strings.TrimSuffix(path, ".policytest")+".golden", []byte(b.String()))
		})
	}
}

func dumpSuite(b *strings.Builder, s *Suite) {
	for _, p := range s.Policies {
		fmt.Fprintf(b, "policy %s\n", filepath.ToSlash(p))
	}
	for _, p := range s.Inventories {
		fmt.Fprintf(b, "inventory %s\n", filepath.ToSlash(p))
	}
	for _, n := range s.Namespaces {
		fmt.Fprintf(b, "%s: namespace %s %v\n", n.Pos, n.Name, n.Labels)
	}
	for _, e := range s.Endpoints {
		fmt.Fprintf(b, "%s: endpoint %s labels=%v ips=%v ports=%v identity=%d\n", e.Pos, e.Ref(), e.Labels, e.IPs, e.NamedPorts, e.Identity)
	}
	for _, f := range s.FQDNs {
		fmt.Fprintf(b, "%s: fqdn %s %v\n", f.Pos, f.Name, f.IPs)
	}
	for _, c := range s.Cases {
		fmt.Fprintf(b, "%s: %s\n", c.Pos, c.Name())
	}
}

// TestCaseStringRoundTrip checks that every expectation's String form
// parses back to the same case.
func TestCaseStringRoundTrip(t *testing.T) {
	src, err := os.ReadFile("testdata/parse/ok_all_forms.policytest")
	if err != nil {
		t.Fatal(err)
	}
	s, diags := Parse("x.policytest", src)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, c := range s.Cases {
		again, diags := Parse("y.policytest", []byte("policy \"p\"\n"+c.String()+"\n"))
		if diags.HasErrors() {
			t.Fatalf("%q: %v", c.String(), diags.Err())
		}
		if got := again.Cases[0].String(); got != c.String() {
			t.Errorf("round trip: %q became %q", c.String(), got)
		}
	}
}
