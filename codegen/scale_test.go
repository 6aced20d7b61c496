package codegen

import (
	"fmt"
	"math/rand"
	"net/netip"
	"testing"
	"time"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// syntheticProgram has one enforced ingress policy of n entries: entry i
// allows selector i%nsel on TCP port 1000+i, like a large generated policy.
func syntheticProgram(n, nsel int) *ir.Program {
	p := &ir.Program{}
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	p.AddIdentity(300, "k8s:app=server")
	p.AddIPCache(netip.MustParsePrefix("10.0.0.3/32"), 300)
	var sels []ir.SelectorID
	for i := 0; i < nsel; i++ {
		id := ir.Identity(1000 + i)
		p.AddIdentity(id, fmt.Sprintf("k8s:app=c%d", i))
		p.AddIPCache(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 2, byte(i >> 8), byte(i)}), 32), id)
		sels = append(sels, p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", fmt.Sprintf("c%d", i)))))
	}
	pol := ir.Policy{Subject: 300, Direction: ir.Ingress, Enforced: true}
	for i := 0; i < n; i++ {
		port := uint16(1000 + i%60000)
		pol.Entries = append(pol.Entries, ir.Entry{ID: uint32(i + 1), Peer: sels[i%nsel], Proto: ir.ProtoTCP,
			PortLo: port, PortHi: port, Verdict: ir.Allow})
	}
	p.Policies = []ir.Policy{pol}
	p.Normalize(false)
	return p
}

// TestScale loads large synthetic policies under both strategies and checks
// verdicts in each. Under the hash strategy the program is the same size
// whatever the number of entries (only map contents grow), and it passes
// the verifier well under 100k verified instructions.
func TestScale(t *testing.T) {
	testutils.RequireBPF(t)
	type size struct {
		n int
		s runtime.Strategy
	}
	// The tree strategy stops at 10k entries: freeing a program whose JIT
	// image exceeds the 2 MiB BPF pack hung the 6.18 development kernel
	// (docs/datapath.md). Hash programs stay small at any size.
	sizes := []size{{10, runtime.StrategyTree}, {1000, runtime.StrategyTree}, {10000, runtime.StrategyTree},
		{10, runtime.StrategyHash}, {1000, runtime.StrategyHash}, {10000, runtime.StrategyHash}, {100000, runtime.StrategyHash}}
	if testing.Short() {
		sizes = []size{sizes[0], sizes[1], sizes[3], sizes[5]}
	}
	r := rand.New(rand.NewSource(testutils.Seed(t, 3)))
	hashInsns := -1
	for _, sz := range sizes {
		p := syntheticProgram(sz.n, 1024)
		start := time.Now()
		e := newEnv(t, p, Options{Strategy: sz.s})
		pr := &e.out.Objects[0].Programs[0]
		insns := int(pr.Instructions.Size() / 8)
		info, err := e.progs[progKey{300, ir.Ingress}].Info()
		if err != nil {
			t.Fatal(err)
		}
		verified, _ := info.VerifiedInstructions()
		t.Logf("%s, %d entries: %d instructions, %d verified, generate+populate+load %v", sz.s, sz.n, insns, verified, time.Since(start))
		if pr.Strategy != sz.s {
			t.Errorf("%d entries: program uses %v, want %v", sz.n, pr.Strategy, sz.s)
		}
		if sz.s == runtime.StrategyHash {
			if hashInsns >= 0 && insns != hashInsns {
				t.Errorf("hash strategy, %d entries: %d instructions, %d at the smallest size: code must not grow with entries", sz.n, insns, hashInsns)
			}
			hashInsns = insns
			if verified == 0 || verified >= 100000 {
				t.Errorf("hash strategy, %d entries: %d verified instructions, want (0, 100000)", sz.n, verified)
			}
		}
		entries := p.Policies[0].Entries
		for i := 0; i < 20; i++ {
			k := len(entries) - 1 // the last entry, then random ones
			if i > 0 {
				k = r.Intn(len(entries))
			}
			c := scaleCase(entries[k], uint16(1000+r.Intn(62000)), i%4 == 3)
			if err := e.check(t, c); err != nil {
				t.Error(err)
			}
		}
		e.release()
	}
}

// scaleCase is a packet from the peer of entry e of syntheticProgram, to
// e's port or (other) to port.
func scaleCase(e ir.Entry, port uint16, other bool) packetCase {
	peer := (e.ID - 1) % 1024
	if !other {
		port = e.PortLo
	}
	return packetCase{Subject: 300, Direction: ir.Ingress, Src: netip.AddrFrom4([4]byte{10, 2, byte(peer >> 8), byte(peer)}),
		Dst: netip.MustParseAddr("10.0.0.3"), Proto: ir.ProtoTCP, SPort: 5555, DPort: port}
}

// TestGenerateLarge generates (without loading) a 100k-entry policy with
// the tree strategy forced: the generator's cost stays near linear and the
// program stays under the limit. The automatic choice takes the hash
// strategy for it.
func TestGenerateLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: -short")
	}
	p := syntheticProgram(100000, 1024)
	start := time.Now()
	out, err := Generate(p, Options{Strategy: runtime.StrategyTree})
	if err != nil {
		t.Fatal(err)
	}
	n := out.Objects[0].Programs[0].Instructions.Size() / 8
	t.Logf("100k entries, tree strategy: %d instructions generated in %v", n, time.Since(start))
	if n > MaxInstructions || n < 100000 {
		t.Errorf("%d instructions for 100k entries", n)
	}
	auto, err := Generate(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pr := auto.Objects[0].Programs[0]; pr.Strategy != runtime.StrategyHash || pr.Instructions.Size()/8 > 1000 {
		t.Errorf("100k entries, automatic choice: %v, %d instructions; want the hash strategy", pr.Strategy, pr.Instructions.Size()/8)
	}
}
