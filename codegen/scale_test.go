package codegen

import (
	"fmt"
	"net/netip"
	"os"
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
	sizes := []int{10, 1000, 10000}
	if os.Getenv("POLICYC_SOAK") != "" {
		sizes = append(sizes, 100000)
	}
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
