package codegen

import (
	"math/rand"
	"testing"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/testcases"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
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

// TestCorpus loads every valid corpus file's programs through the verifier,
// under the automatic strategy choice and with the hash strategy forced,
// and checks the same random packets through both against the reference
// evaluator.
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
			var envs []*env
			for _, s := range []runtime.Strategy{runtime.StrategyAuto, runtime.StrategyHash} {
				e := newEnvFor(t, prog, Options{Strategy: s}, subjects)
				defer e.release()
				loaded += len(e.progs)
				envs = append(envs, e)
			}
			l := envs[0].out.Layout
			for i := 0; i < 60 && len(prog.Policies) > 0; i++ {
				pol := &prog.Policies[r.Intn(len(prog.Policies))]
				c := caseOf(pol, randomPacket(r, prog, pol, l.IPv4, l.IPv6))
				packets++
				for _, e := range envs {
					if err := e.check(t, c); err != nil {
						t.Errorf("strategy %v: %v", e.out.Layout.Strategy, err)
						return
					}
				}
			}
		})
	}
	t.Logf("corpus: %d files, %d programs loaded, %d packets checked under both strategies", len(progs), loaded, packets)
}

// TestCorpusInterpreter checks random packets of every valid corpus file
// against the reference evaluator through the Go interpreter (no kernel),
// under both strategies.
func TestCorpusInterpreter(t *testing.T) {
	progs, _ := corpusPrograms(t)
	r := rand.New(rand.NewSource(testutils.Seed(t, 23)))
	packets := 0
	for _, c := range progs {
		if len(c.prog.Policies) == 0 {
			continue
		}
		var ins []*interpEnv
		for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
			ins = append(ins, newInterpEnv(t, c.prog, Options{Strategy: s}))
		}
		l := ins[0].out.Layout
		for i := 0; i < 200; i++ {
			pol := &c.prog.Policies[r.Intn(len(c.prog.Policies))]
			pc := caseOf(pol, randomPacket(r, c.prog, pol, l.IPv4, l.IPv6))
			for _, in := range ins {
				if err := in.check(pc); err != nil {
					t.Fatalf("%s, strategy %v: %v", c.name, in.strategy, err)
				}
			}
			packets++
		}
	}
	t.Logf("%d corpus files, %d packets under both strategies", len(progs), packets)
}
