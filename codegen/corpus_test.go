package codegen

import (
	"math/rand"
	"testing"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/testcases"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// corpusProgram is one compiled file of Cilium's example corpus.
type corpusProgram struct {
	name string
	prog *ir.Program
}

// corpusPrograms compiles every corpus file the frontend accepts
// (testcases.Corpus) against its generated inventory; a compile error fails
// the test (the compiler's corpus test requires zero).
func corpusPrograms(t *testing.T) ([]corpusProgram, int) {
	t.Helper()
	files, templates, rejected := testcases.Corpus(t, "..")
	out := make([]corpusProgram, 0, len(files))
	for _, c := range files {
		prog, diags := compiler.Compile([]*ast.File{c.File}, c.Inventory, compiler.DefaultOptions())
		if diags.HasErrors() {
			t.Errorf("%s: %v", c.Name, diags.Err())
			continue
		}
		out = append(out, corpusProgram{c.Name, prog})
	}
	return out, templates + rejected
}

// TestCorpusGenerates generates programs and ELF objects for every valid
// corpus file.
func TestCorpusGenerates(t *testing.T) {
	progs, skipped := corpusPrograms(t)
	objects := 0
	for _, c := range progs {
		out, err := Generate(c.prog, Options{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		for i := range out.Objects {
			if _, err := out.Objects[i].ELF(out); err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			objects++
		}
	}
	t.Logf("corpus: %d files, %d objects, %d files skipped (templates, rejected)", len(progs), objects, skipped)
}

// TestCorpus loads every valid corpus file's programs through the verifier
// and checks random packets against the reference evaluator.
func TestCorpus(t *testing.T) {
	testutils.RequireBPF(t)
	progs, _ := corpusPrograms(t)
	r := rand.New(rand.NewSource(testutils.Seed(t, 17)))
	loaded, packets := 0, 0
	for _, c := range progs {
		prog := c.prog
		t.Run(c.name, func(t *testing.T) {
			subjects := map[ir.Identity]bool{}
			for _, pol := range prog.Policies {
				subjects[pol.Subject] = true
			}
			e := newEnvFor(t, prog, Options{}, subjects)
			defer e.release()
			loaded += len(e.progs)
			l := e.out.Layout
			for i := 0; i < 60 && len(prog.Policies) > 0; i++ {
				pol := &prog.Policies[r.Intn(len(prog.Policies))]
				c := caseOf(pol, randomPacket(r, prog, pol, l.IPv4, l.IPv6))
				packets++
				if err := e.check(t, c); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	t.Logf("corpus: %d files, %d programs loaded, %d packets checked", len(progs), loaded, packets)
}

// TestCorpusInterpreter checks random packets of every valid corpus file
// against the reference evaluator through the Go interpreter (no kernel).
func TestCorpusInterpreter(t *testing.T) {
	progs, _ := corpusPrograms(t)
	r := rand.New(rand.NewSource(testutils.Seed(t, 23)))
	packets := 0
	for _, c := range progs {
		if len(c.prog.Policies) == 0 {
			continue
		}
		out, err := Generate(c.prog, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		in := newInterp(out.Maps)
		in.populate(c.prog, out.Layout)
		ct := in.maps[out.Layout.CTMap()]
		byKey := map[progKey]*Program{}
		for i := range out.Objects {
			for j := range out.Objects[i].Programs {
				pr := &out.Objects[i].Programs[j]
				byKey[progKey{pr.Subject, pr.Direction}] = pr
			}
		}
		for i := 0; i < 200; i++ {
			pol := &c.prog.Policies[r.Intn(len(c.prog.Policies))]
			pc := caseOf(pol, randomPacket(r, c.prog, pol, out.Layout.IPv4, out.Layout.IPv6))
			want := expect(c.prog, pc)
			ret, mark, err := in.run(byKey[progKey{pc.Subject, pc.Direction}].Instructions, pc.pkt().bytes())
			if err != nil {
				t.Fatalf("%s: %+v: %v", c.name, pc, err)
			}
			got, port, err := verdictOf(ret, mark)
			if err != nil || got != want.Verdict || port != want.ProxyPort {
				t.Fatalf("%s: %+v: interpreter %v proxy %d (%v), evaluator %v proxy %d (%s)", c.name, pc, got, port, err,
					want.Verdict, want.ProxyPort, want.Reason)
			}
			ct.entries = map[string]int{}
			packets++
		}
	}
	t.Logf("%d corpus files, %d packets", len(progs), packets)
}
