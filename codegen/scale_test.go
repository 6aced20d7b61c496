package codegen

import (
	"fmt"
	"net/netip"
	"testing"
	"time"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
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

// TestScale loads large synthetic policies and checks a verdict in each.
func TestScale(t *testing.T) {
	testutils.RequireBPF(t)
	// Not beyond 10k entries: freeing a program whose JIT image exceeds the
	// 2 MiB BPF pack hung the 6.18 development kernel (docs/datapath.md).
	sizes := []int{10, 1000, 10000}
	if testing.Short() {
		sizes = sizes[:2]
	}
	for _, n := range sizes {
		p := syntheticProgram(n, 256)
		start := time.Now()
		e := newEnv(t, p, Options{})
		insns := e.out.Objects[0].Programs[0].Instructions.Size() / 8
		t.Logf("%d entries: %d instructions, generate+load %v", n, insns, time.Since(start))
		last := p.Policies[0].Entries[n-1]
		src := netip.AddrFrom4([4]byte{10, 2, byte((n - 1) % 256 >> 8), byte((n - 1) % 256)})
		c := packetCase{Subject: 300, Direction: ir.Ingress, Src: src, Dst: netip.MustParseAddr("10.0.0.3"),
			Proto: ir.ProtoTCP, SPort: 5555, DPort: last.PortLo}
		if err := e.check(t, c); err != nil {
			t.Error(err)
		}
	}
}

// TestGenerateLarge generates (without loading) a 100k-entry policy: the
// generator's cost stays near linear and the program stays under the limit.
func TestGenerateLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: -short")
	}
	p := syntheticProgram(100000, 1024)
	start := time.Now()
	out, err := Generate(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := out.Objects[0].Programs[0].Instructions.Size() / 8
	t.Logf("100k entries: %d instructions generated in %v", n, time.Since(start))
	if n > MaxInstructions || n < 100000 {
		t.Errorf("%d instructions for 100k entries", n)
	}
}
