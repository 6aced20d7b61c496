package codegen

import (
	"encoding/binary"
	"fmt"
	"math/rand"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// TestDifferentialInterpreter runs the differential test through the Go
// interpreter (interp_test.go) instead of the kernel: a fast check of the
// generated logic that needs no privileges. The kernel differential test
// (TestDifferential) remains the acceptance test: only it runs the verifier
// and the JIT.
func TestDifferentialInterpreter(t *testing.T) {
	r := rand.New(rand.NewSource(testutils.Seed(t, 31)))
	total := 0
	for total < 30000 {
		p := randomProgram(r)
		if len(p.Policies) == 0 {
			continue
		}
		// Every program under both strategies, the same packets through both.
		var ins []*interpEnv
		for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
			ins = append(ins, newInterpEnv(t, p, Options{Strategy: s}))
		}
		// And as a non-linear skb: only the first bytes are in the linear
		// area until the prologue's bpf_skb_pull_data.
		nl := newInterpEnv(t, p, Options{Strategy: runtime.StrategyAuto})
		nl.in.nonLinear = true
		ins = append(ins, nl)
		for j := 0; j < 300; j++ {
			pol := &p.Policies[r.Intn(len(p.Policies))]
			l := ins[0].out.Layout
			c := caseOf(pol, randomPacket(r, p, pol, l.IPv4, l.IPv6))
			nl.in.linear = r.Intn(len(c.pkt().bytes()) + 1)
			for _, in := range ins {
				if err := in.check(c); err != nil {
					t.Fatalf("strategy %v: %v", in.strategy, err)
				}
			}
			total++
		}
	}
	t.Logf("%d packets, each under both strategies and as a non-linear skb", total)
}

// interpEnv is a generated Program in the interpreter, its maps populated.
type interpEnv struct {
	p        *ir.Program
	out      *Output
	in       *interp
	progs    map[progKey]*Program
	strategy runtime.Strategy
}

func newInterpEnv(t testing.TB, p *ir.Program, opts Options) *interpEnv {
	t.Helper()
	out, err := Generate(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	e := &interpEnv{p: p, out: out, in: newInterp(out.Maps), progs: map[progKey]*Program{}, strategy: opts.Strategy}
	for i := range out.Objects {
		for j := range out.Objects[i].Programs {
			pr := &out.Objects[i].Programs[j]
			e.progs[progKey{pr.Subject, pr.Direction}] = pr
		}
	}
	e.in.populate(p, out.Layout)
	return e
}

// check runs one packet with an empty conntrack table and compares verdict,
// proxy port and the deciding entry's counter with the evaluator.
func (e *interpEnv) check(c packetCase) error {
	want := expect(e.p, c)
	before := e.in.count(want.Entry)
	ret, mark, err := e.in.run(e.progs[progKey{c.Subject, c.Direction}].Instructions, c.pkt().bytes())
	e.in.clearCT()
	if err != nil {
		return fmt.Errorf("%+v: %w", c, err)
	}
	got, port, err := verdictOf(ret, mark)
	if err != nil {
		return err
	}
	if got != want.Verdict || port != want.ProxyPort {
		return fmt.Errorf("%+v: interpreter %v proxy %d, evaluator %v proxy %d (%s)", c, got, port, want.Verdict, want.ProxyPort, want.Reason)
	}
	if after := e.in.count(want.Entry); !want.Bypass && after != before+1 {
		return fmt.Errorf("%+v: counter of entry %d %d -> %d", c, want.Entry, before, after)
	}
	return nil
}

// count reads the packet counter of a rule.
func (in *interp) count(id uint32) uint64 {
	m := in.maps[runtime.MapRules]
	i, ok := m.entries[string(encode(id))]
	if !ok {
		return 0
	}
	return binary.LittleEndian.Uint64(in.values[i])
}

// TestStatefulInterpreter replays TestStateful's conntrack steps in the
// interpreter, under both strategies.
func TestStatefulInterpreter(t *testing.T) {
	p := statefulProgram()
	for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
		e := newInterpEnv(t, p, Options{Strategy: s})
		for _, st := range statefulSteps() {
			ret, mark, err := e.in.run(e.progs[progKey{st.subject, st.dir}].Instructions, st.pk.bytes())
			if err != nil {
				t.Fatal(err)
			}
			got, port, err := verdictOf(ret, mark)
			if err != nil {
				t.Fatal(err)
			}
			if got != st.want || port != st.proxy {
				t.Errorf("%v: %s: got %v proxy %d, want %v proxy %d", s, st.name, got, port, st.want, st.proxy)
			}
		}
	}
}

// TestFlowsInterpreter sends pod-to-pod packets through the source's egress
// program and the destination's ingress program, as a node does, and
// compares the combined outcome with the evaluator's Decide (LookupFlow).
func TestFlowsInterpreter(t *testing.T) {
	r := rand.New(rand.NewSource(testutils.Seed(t, 41)))
	flows := 0
	for n := 0; n < 200; n++ {
		p := randomProgram(r)
		out, err := Generate(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		progs := map[progKey]*Program{}
		for i := range out.Objects {
			for j := range out.Objects[i].Programs {
				pr := &out.Objects[i].Programs[j]
				progs[progKey{pr.Subject, pr.Direction}] = pr
			}
		}
		in := newInterp(out.Maps)
		in.populate(p, out.Layout)
		var pods []ir.IPCacheEntry
		for _, e := range p.IPCache {
			if e.Identity >= ir.MinGlobalIdentity && e.Identity < ir.IdentityScopeLocal {
				pods = append(pods, e)
			}
		}
		for k := 0; k < 100 && len(pods) > 1; k++ {
			src, dst := pods[r.Intn(len(pods))], pods[r.Intn(len(pods))]
			if src.Prefix.Addr().Is4() != dst.Prefix.Addr().Is4() || src.Identity == dst.Identity {
				continue
			}
			proto := []uint8{ir.ProtoTCP, ir.ProtoUDP}[r.Intn(2)]
			port := interestingPorts[r.Intn(len(interestingPorts))]
			pk := pkt{src: src.Prefix.Addr(), dst: dst.Prefix.Addr(), proto: proto, sport: 33333, dport: port}
			want := p.Decide(ir.Flow{Src: src.Identity, Dst: dst.Identity, Proto: proto, DPort: port})
			var verdicts [2]ir.Verdict
			var ports [2]uint16
			for i, key := range []progKey{{src.Identity, ir.Egress}, {dst.Identity, ir.Ingress}} {
				ret, mark, err := in.run(progs[key].Instructions, pk.bytes())
				if err != nil {
					t.Fatal(err)
				}
				if verdicts[i], ports[i], err = verdictOf(ret, mark); err != nil {
					t.Fatal(err)
				}
			}
			got, gotPort := ir.Allow, uint16(0)
			switch {
			case verdicts[0] == ir.Deny || verdicts[1] == ir.Deny:
				got = ir.Deny
			case verdicts[0] == ir.Redirect:
				got, gotPort = ir.Redirect, ports[0]
			case verdicts[1] == ir.Redirect:
				got, gotPort = ir.Redirect, ports[1]
			}
			if got != want.Verdict || gotPort != want.ProxyPort {
				t.Fatalf("flow %d -> %d %d/%d: datapath %v %d (egress %v, ingress %v), evaluator %v %d",
					src.Identity, dst.Identity, proto, port, got, gotPort, verdicts[0], verdicts[1], want.Verdict, want.ProxyPort)
			}
			in.clearCT()
			flows++
		}
	}
	if flows < 1000 {
		t.Errorf("only %d flows checked", flows)
	}
	t.Logf("%d flows", flows)
}
