package policytest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse: it must not panic, it must
// return a Suite exactly when there is no error, every diagnostic has a code
// and a line, and every expectation prints as a line that parses back to
// the same expectation.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/parse/*.policytest")
	more, _ := filepath.Glob("../testdata/policytest/*.policytest")
	for _, path := range append(files, more...) {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, diags := Parse("fuzz.policytest", src)
		if (s == nil) != diags.HasErrors() {
			t.Fatalf("Suite nil = %v but HasErrors = %v: %v", s == nil, diags.HasErrors(), diags)
		}
		for _, d := range diags {
			if d.Code == "" || d.Pos.Line == 0 {
				t.Fatalf("diagnostic without code or line: %v", d)
			}
		}
		if s == nil {
			return
		}
		// Every expectation prints as a line that parses back to itself.
		for _, c := range s.Cases {
			again, diags := Parse("again.policytest", []byte("policy \"p\"\n"+c.String()+"\n"))
			if diags.HasErrors() {
				t.Fatalf("%q does not parse back: %v", c.String(), diags.Err())
			}
			if got := again.Cases[0].String(); got != c.String() {
				t.Fatalf("%q parses back as %q", c.String(), got)
			}
		}
	})
}
