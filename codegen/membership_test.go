package codegen

import (
	"fmt"
	"net/netip"
	"strings"
	"testing"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// wordsProgram has peers whose selectors lie in n different membership
// words (selector i*32 selects peer i; the others select nobody).
func wordsProgram(n int) *ir.Program {
	p := &ir.Program{}
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	p.AddIdentity(300, "k8s:app=s")
	p.AddIPCache(netip.MustParsePrefix("10.0.0.3/32"), 300)
	var entries []ir.Entry
	for i := range n {
		id := ir.Identity(256 + i)
		p.AddIdentity(id, fmt.Sprintf("k8s:app=p%d", i))
		p.AddIPCache(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 0, 1, byte(i)}), 32), id)
		for j := range 31 {
			p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", fmt.Sprintf("nobody%d-%d", i, j))))
		}
		sel := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", fmt.Sprintf("p%d", i))))
		entries = append(entries, ir.Entry{ID: uint32(i + 1), Peer: sel, Proto: ir.ProtoTCP,
			PortLo: uint16(1000 + i), PortHi: uint16(1000 + i), Verdict: ir.Allow})
	}
	p.Policies = []ir.Policy{{Subject: 300, Direction: ir.Ingress, Enforced: true, Entries: entries}}
	p.Normalize(false)
	return p
}

// TestMembershipWords: a tree program reading at most maxInlineWords
// membership words takes them from the peer's ipcache value; one reading
// more looks the identity up in the membership map. Both decide as the
// evaluator, and the hash strategy always reads the group word inline.
func TestMembershipWords(t *testing.T) {
	for _, c := range []struct {
		peers  int
		s      runtime.Strategy
		inline bool
	}{{maxInlineWords, runtime.StrategyTree, true}, {maxInlineWords + 4, runtime.StrategyTree, false},
		{maxInlineWords + 4, runtime.StrategyHash, true}} {
		t.Run(fmt.Sprintf("%d-%s", c.peers, c.s), func(t *testing.T) {
			p := wordsProgram(c.peers)
			e := newEnv(t, p, Options{Strategy: c.s})
			var listing string
			for _, o := range e.out.Objects {
				for _, pr := range o.Programs {
					if pr.Subject == 300 && pr.Direction == ir.Ingress {
						listing = fmt.Sprint(pr.Instructions)
					}
				}
			}
			if got := strings.Contains(listing, "ipcache hit: identity and the membership words"); got != c.inline {
				t.Errorf("inline membership %v, want %v", got, c.inline)
			}
			srv := netip.MustParseAddr("10.0.0.3")
			peers := []netip.Addr{netip.MustParseAddr("10.9.9.9")}
			for i := range c.peers {
				peers = append(peers, netip.AddrFrom4([4]byte{10, 0, 1, byte(i)}))
			}
			for _, src := range peers {
				for _, port := range []uint16{1000, 1001, uint16(1000 + c.peers - 1), 2000} {
					want := p.DecideDirection(p.Policy(300, ir.Ingress), p.LookupIP(src), ir.ProtoTCP, port, false)
					pk := pkt{src: src, dst: srv, proto: ir.ProtoTCP, sport: 40000, dport: port}
					got, _ := e.verdict(t, 300, ir.Ingress, pk.bytes())
					e.clearCT(t)
					if got != want.Verdict {
						t.Errorf("%v -> :%d: %v, evaluator %v", src, port, got, want.Verdict)
					}
				}
			}
		})
	}
}
