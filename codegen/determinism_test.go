package codegen

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// render is the annotated listing and ELF bytes of every object.
func render(t *testing.T, p *ir.Program) (string, [][]byte) {
	t.Helper()
	return renderWith(t, p, Options{})
}

func renderWith(t *testing.T, p *ir.Program, opts Options) (string, [][]byte) {
	t.Helper()
	out, err := Generate(p, opts)
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

// TestDeterminism: identical listings and ELF bytes across runs and with
// shuffled input, under both strategies, and identical map contents.
func TestDeterminism(t *testing.T) {
	r := rand.New(rand.NewSource(testutils.Seed(t, 99)))
	for i := 0; i < 30; i++ {
		p := randomProgram(r)
		q := shuffled(r, p)
		for _, opts := range []Options{{}, {Strategy: runtime.StrategyHash}} {
			text1, elf1 := renderWith(t, p, opts)
			text2, elf2 := renderWith(t, p, opts)
			text3, elf3 := renderWith(t, q, opts)
			if text1 != text2 || text1 != text3 {
				t.Fatalf("program %d (%v): listings differ between runs or with shuffled input", i, opts.Strategy)
			}
			for j := range elf1 {
				if !bytes.Equal(elf1[j], elf2[j]) || !bytes.Equal(elf1[j], elf3[j]) {
					t.Fatalf("program %d (%v) object %d: ELF bytes differ", i, opts.Strategy, j)
				}
			}
			l := runtime.LayoutWith(p, runtime.Sizes{}, opts.Strategy)
			if a, b := nonIPCache(runtime.MapEntries(p, l)), nonIPCache(runtime.MapEntries(q, l)); a != b {
				t.Fatalf("program %d (%v): map contents differ with shuffled input", i, opts.Strategy)
			}
		}
	}
}

// nonIPCache renders the entries of every map but the ipcache ones (those
// follow the Program's IPCache order, which shuffled permutes).
func nonIPCache(es []runtime.Entry) string {
	var sb strings.Builder
	for _, e := range es {
		switch e.Map {
		case runtime.MapIPCache4, runtime.MapIPCache6, runtime.MapPrefix4, runtime.MapPrefix6:
		default:
			fmt.Fprintf(&sb, "%s %v %v\n", e.Map, e.Key, e.Value)
		}
	}
	return sb.String()
}

func TestGolden(t *testing.T) {
	for name, c := range map[string]struct {
		p    *ir.Program
		opts Options
	}{
		"tiny":     {tinyProgram(), Options{}},
		"stateful": {statefulProgram(), Options{}},
		"dualstack": {func() *ir.Program {
			return randomProgram(rand.New(rand.NewSource(5)))
		}(), Options{}},
		// The hash strategy: port index, decision lookup, shared epilogues.
		"stateful-hash": {statefulProgram(), Options{Strategy: runtime.StrategyHash}},
	} {
		t.Run(name, func(t *testing.T) {
			text, _ := renderWith(t, c.p, c.opts)
			testutils.Golden(t, "../testdata/codegen/golden/"+name+".asm", []byte(text))
		})
	}
}
