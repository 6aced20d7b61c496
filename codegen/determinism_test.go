package codegen

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// render is the annotated listing and ELF bytes of every object.
func render(t *testing.T, p *ir.Program) (string, [][]byte) {
	t.Helper()
	out, err := Generate(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var elfs [][]byte
	for i := range out.Objects {
		obj := &out.Objects[i]
		for _, pr := range obj.Programs {
			fmt.Fprintf(&sb, "== %s %s (section %s, enforced=%v, %d instructions)\n", obj.Name, pr.Name, pr.Section,
				pr.Enforced, pr.Instructions.Size()/8)
			fmt.Fprintf(&sb, "%v\n", pr.Instructions)
		}
		b, err := obj.ELF(out)
		if err != nil {
			t.Fatal(err)
		}
		elfs = append(elfs, b)
	}
	return sb.String(), elfs
}

// shuffled returns a copy of p with every order-free slice permuted: entries
// within policies, IPCache, endpoints and selector match lists.
func shuffled(r *rand.Rand, p *ir.Program) *ir.Program {
	q := *p
	q.IPCache = append([]ir.IPCacheEntry(nil), p.IPCache...)
	r.Shuffle(len(q.IPCache), func(i, j int) { q.IPCache[i], q.IPCache[j] = q.IPCache[j], q.IPCache[i] })
	q.Endpoints = append([]ir.Endpoint(nil), p.Endpoints...)
	r.Shuffle(len(q.Endpoints), func(i, j int) { q.Endpoints[i], q.Endpoints[j] = q.Endpoints[j], q.Endpoints[i] })
	q.Policies = append([]ir.Policy(nil), p.Policies...)
	for i := range q.Policies {
		es := append([]ir.Entry(nil), q.Policies[i].Entries...)
		r.Shuffle(len(es), func(a, b int) { es[a], es[b] = es[b], es[a] })
		q.Policies[i].Entries = es
	}
	return &q
}

func TestDeterminism(t *testing.T) {
	r := rand.New(rand.NewSource(testutils.Seed(t, 99)))
	for i := 0; i < 30; i++ {
		p := randomProgram(r)
		text1, elf1 := render(t, p)
		text2, elf2 := render(t, p)
		text3, elf3 := render(t, shuffled(r, p))
		if text1 != text2 || text1 != text3 {
			t.Fatalf("program %d: listings differ between runs or with shuffled input", i)
		}
		for j := range elf1 {
			if !bytes.Equal(elf1[j], elf2[j]) || !bytes.Equal(elf1[j], elf3[j]) {
				t.Fatalf("program %d object %d: ELF bytes differ", i, j)
			}
		}
	}
}

func TestGolden(t *testing.T) {
	for name, p := range map[string]*ir.Program{
		"tiny":     tinyProgram(),
		"stateful": statefulProgram(),
		"dualstack": func() *ir.Program {
			return randomProgram(rand.New(rand.NewSource(5)))
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			text, _ := render(t, p)
			testutils.Golden(t, "../testdata/codegen/golden/"+name+".asm", []byte(text))
		})
	}
}
