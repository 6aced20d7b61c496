package codegen

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"net/netip"
	"os"
	"path/filepath"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// packetCase is one packet of a regression case, in JSON.
type packetCase struct {
	Subject   ir.Identity  `json:"subject"`
	Direction ir.Direction `json:"direction"`
	Src       netip.Addr   `json:"src"`
	Dst       netip.Addr   `json:"dst"`
	Proto     uint8        `json:"proto"`
	SPort     uint16       `json:"sport"`
	DPort     uint16       `json:"dport"`
	Code      uint8        `json:"code,omitempty"`
	VLAN      bool         `json:"vlan,omitempty"`
	IPv4Opts  int          `json:"ipv4Opts,omitempty"`
	Ext       []uint8      `json:"ext,omitempty"`
	Fragment  bool         `json:"fragment,omitempty"`
}

func (c packetCase) pkt() pkt {
	return pkt{src: c.Src, dst: c.Dst, proto: c.Proto, sport: c.SPort, dport: c.DPort, code: c.Code, vlan: c.VLAN,
		ipv4Opts: c.IPv4Opts, ext: c.Ext, fragment: c.Fragment}
}

func caseOf(pol *ir.Policy, p pkt) packetCase {
	return packetCase{Subject: pol.Subject, Direction: pol.Direction, Src: p.src, Dst: p.dst, Proto: p.proto,
		SPort: p.sport, DPort: p.dport, Code: p.code, VLAN: p.vlan, IPv4Opts: p.ipv4Opts, Ext: p.ext, Fragment: p.fragment}
}

// regressCase is a testdata/codegen/regress/*.json file: a Program and
// packets whose verdicts once disagreed with the evaluator.
type regressCase struct {
	Comment string       `json:"comment"`
	Program *ir.Program  `json:"program"`
	Packets []packetCase `json:"packets"`
}

// expect is the reference evaluator's verdict for a packet through the
// (subject, direction) program.
func expect(p *ir.Program, c packetCase) ir.DirDecision {
	peer := c.Src
	if c.Direction == ir.Egress {
		peer = c.Dst
	}
	port := c.DPort
	if c.Proto == 47 {
		port = 0
	}
	return p.DecideDirectionCode(p.Policy(c.Subject, c.Direction), p.LookupIP(peer), c.Proto, port, c.Code, c.Fragment)
}

// check runs one packet with an empty conntrack table and compares verdict
// and proxy port with the evaluator.
func (e *env) check(t *testing.T, c packetCase) error {
	t.Helper()
	want := expect(e.p, c)
	before := e.ruleCount(t, want.Entry)
	got, port := e.verdict(t, c.Subject, c.Direction, c.pkt().bytes())
	e.clearCT(t)
	if got != want.Verdict || port != want.ProxyPort {
		return fmt.Errorf("%+v: datapath %v proxy %d, evaluator %v proxy %d (entry %d: %s)",
			c, got, port, want.Verdict, want.ProxyPort, want.Entry, want.Reason)
	}
	if after := e.ruleCount(t, want.Entry); !want.Bypass && after != before+1 {
		return fmt.Errorf("%+v: counter of deciding entry %d went %d -> %d, want +1", c, want.Entry, before, after)
	}
	return nil
}

// TestDifferential runs random packets through random programs in the
// kernel. Every third program is also generated with the hash strategy
// forced, and the same packets go through both strategies.
func TestDifferential(t *testing.T) {
	seed := testutils.Seed(t, 20261122)
	target, perProgram := 100000, 1000
	if os.Getenv("POLICYC_SOAK") != "" {
		target *= 25
	}
	r := rand.New(rand.NewSource(seed))
	total, hashed, mismatches := 0, 0, 0
	for i := 0; total < target && mismatches == 0; i++ {
		p := randomProgram(r)
		if len(p.Policies) == 0 {
			continue
		}
		subjects := map[ir.Identity]bool{}
		for _, pol := range p.Policies {
			subjects[pol.Subject] = true
		}
		strategies := []runtime.Strategy{runtime.StrategyAuto}
		if i%3 == 0 {
			strategies = append(strategies, runtime.StrategyHash)
		}
		var envs []*env
		for _, s := range strategies {
			envs = append(envs, newEnvFor(t, p, Options{Strategy: s}, subjects))
		}
		l := envs[0].out.Layout
		for j := 0; j < perProgram && mismatches == 0; j++ {
			pol := &p.Policies[r.Intn(len(p.Policies))]
			c := caseOf(pol, randomPacket(r, p, pol, l.IPv4, l.IPv6))
			total++
			for k, e := range envs {
				if k > 0 {
					hashed++
				}
				if err := e.check(t, c); err != nil {
					mismatches++
					saveMismatch(t, p, c)
					t.Errorf("program %d, strategy %v: %v", i, strategies[k], err)
					break
				}
			}
		}
		for _, e := range envs {
			e.release()
		}
	}
	t.Logf("%d packets (%d of them also under the forced hash strategy), %d mismatches", total, hashed, mismatches)
	if mismatches == 0 && (total < target || hashed < target/4) {
		t.Errorf("only %d packets (%d hash) checked, want >= %d (%d)", total, hashed, target, target/4)
	}
}

// saveMismatch writes a failing case where it can be copied into
// testdata/codegen/regress/ as a named regression case.
func saveMismatch(t *testing.T, p *ir.Program, c packetCase) {
	t.Helper()
	b, err := json.MarshalIndent(regressCase{Comment: "TODO: describe", Program: p, Packets: []packetCase{c}}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("policyc-mismatch-%d.json", len(b)))
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("mismatch saved to %s: copy it to testdata/codegen/regress/<name>.json", path)
}

func TestRegressions(t *testing.T) {
	files, err := filepath.Glob("../testdata/codegen/regress/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no regression cases found in testdata/codegen/regress")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var rc regressCase
			if err := json.Unmarshal(b, &rc); err != nil {
				t.Fatal(err)
			}
			for _, s := range []runtime.Strategy{runtime.StrategyAuto, runtime.StrategyHash} {
				e := newEnv(t, rc.Program, Options{Strategy: s})
				for _, c := range rc.Packets {
					if err := e.check(t, c); err != nil {
						t.Errorf("strategy %v: %v", s, err)
					}
				}
				e.release()
			}
		})
	}
}
