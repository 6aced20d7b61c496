package bench

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// TestQuickRun is the smoke test of `make bench`: the quick mode must build
// and verify every program and produce sane numbers and ratios. It does not
// check targets (timings on a shared machine are not assertions).
func TestQuickRun(t *testing.T) {
	testutils.RequireBPF(t)
	opts := Options{Mode: "quick", Config: QuickConfig(), CPU: -1, Seed: uint64(testutils.Seed(t, 1)),
		Conditions: "test", Policyc: &PolicycOptions{Sizes: []int{10, 100}},
		Loader: &LoaderOptions{Endpoints: 4, Apps: 2, Repeats: 1}}
	rep, err := Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	checkRows(t, rep, opts.Config)
	if len(rep.Loader) != 3 {
		t.Errorf("loader: %d rows, want 3: %+v", len(rep.Loader), rep.Loader)
	}
	for _, l := range rep.Loader {
		if l.Error != "" || l.MS <= 0 {
			t.Errorf("loader %q: %.2f ms, error %q", l.Name, l.MS, l.Error)
		}
	}
	for _, g := range rep.Generate {
		if g.Error != "" || g.Insns == 0 {
			t.Errorf("policyc %d rules: %+v", g.Rules, g)
		}
	}
	ids := map[string]bool{}
	for _, r := range rep.Datapath {
		ids[r.ID] = true
	}
	for _, n := range opts.Policyc.Sizes {
		for _, fam := range families() {
			for _, sc := range Scenarios() {
				if id := fmt.Sprintf("policyc/%d/%s/%s", n, sc, fam); !ids[id] {
					t.Errorf("case %s missing", id)
				}
			}
		}
	}
	md := rep.Markdown()
	for _, want := range []string{"## Machine and run conditions", "## Targets", "floor: parse + 1 hash lookup", "Cilium-style: new-allow", "Calico-style chain, 1000 rules"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	js, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatalf("JSON does not round-trip: %v", err)
	}
	if len(back.Datapath) != len(rep.Datapath) || len(back.Targets) != len(rep.Targets) {
		t.Errorf("JSON round trip lost rows: %d/%d datapath, %d/%d targets", len(back.Datapath), len(rep.Datapath), len(back.Targets), len(rep.Targets))
	}
}

func checkRows(t *testing.T, rep *Report, cfg Config) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range rep.Datapath {
		seen[r.ID] = true
		if r.Samples != cfg.Runs*cfg.Passes {
			t.Errorf("%s: %d samples, want %d", r.ID, r.Samples, cfg.Runs*cfg.Passes)
		}
		if r.MedianNS <= 0 || r.MinNS > r.MedianNS || r.MedianNS > r.P90NS {
			t.Errorf("%s: implausible timing min %.0f median %.0f p90 %.0f", r.ID, r.MinNS, r.MedianNS, r.P90NS)
		}
		if r.Kind == "harness" {
			continue
		}
		if r.Stats.Verified == 0 || r.Stats.Insns == 0 || r.Stats.LoadMS <= 0 {
			t.Errorf("%s: program stats missing: %+v", r.ID, r.Stats)
		}
		if r.Family != "" && r.VsFloor <= 0 { // the family-less empty program has no floor
			t.Errorf("%s: no ratio to the floor", r.ID)
		}
		if r.Kind == "policyc" && r.CiliumSpeedup <= 0 {
			t.Errorf("%s: no ratio to the Cilium-style baseline", r.ID)
		}
	}
	for _, fam := range families() {
		for _, id := range []string{floorID(fam), ciliumID(ScenarioNewAllow, fam), ciliumID(ScenarioEstablished, fam), "baseline/calico/1000/" + fam} {
			if !seen[id] {
				t.Errorf("case %s missing", id)
			}
		}
	}
	if len(rep.Targets) == 0 {
		t.Error("no targets evaluated")
	}
}

func TestMakeRowsSubtractsOverhead(t *testing.T) {
	cases := []*Case{
		{ID: emptyID(), Kind: "baseline"},
		{ID: floorID("ipv4"), Kind: "baseline", Family: "ipv4"},
		{ID: "harness/x", Kind: "harness", Family: "ipv4"},
		{ID: ciliumID(ScenarioNewAllow, "ipv4"), Kind: "baseline", Family: "ipv4", Scenario: ScenarioNewAllow, OverheadOf: "harness/x"},
		{ID: "policyc/10/new-allow/ipv4", Kind: "policyc", Family: "ipv4", Scenario: ScenarioNewAllow, OverheadOf: "harness/x"},
	}
	tm := map[string]Timing{
		emptyID():                          {MinNS: 10, MedianNS: 12, P90NS: 14},
		floorID("ipv4"):                    {MinNS: 18, MedianNS: 20, P90NS: 25},
		"harness/x":                        {MinNS: 30, MedianNS: 32, P90NS: 35},
		ciliumID(ScenarioNewAllow, "ipv4"): {MinNS: 240, MedianNS: 250, P90NS: 260},
		"policyc/10/new-allow/ipv4":        {MinNS: 45, MedianNS: 50, P90NS: 55},
	}
	rows := makeRows(cases, tm)
	byID := map[string]Row{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	cil, pc := byID[ciliumID(ScenarioNewAllow, "ipv4")], byID["policyc/10/new-allow/ipv4"]
	// overhead = 32 - 12 = 20
	if cil.MedianNS != 230 || pc.MedianNS != 30 || pc.Raw == nil || pc.Raw.MedianNS != 50 || pc.OverheadNS != 20 {
		t.Fatalf("overhead not subtracted: cilium %+v, policyc %+v", cil, pc)
	}
	if pc.VsFloor != 30.0/20 || pc.CiliumSpeedup != 230.0/30 {
		t.Errorf("ratios: vsFloor %v (want 1.5), cilium speedup %v (want 7.67)", pc.VsFloor, pc.CiliumSpeedup)
	}
}

func TestQuantile(t *testing.T) {
	s := []float64{5, 1, 4, 2, 3}
	if q := quantile(s, 0); q != 1 {
		t.Errorf("min %v", q)
	}
	if q := quantile(s, 0.5); q != 3 {
		t.Errorf("median %v", q)
	}
	if q := quantile(s, 1); q != 5 {
		t.Errorf("max %v", q)
	}
	if s[0] != 5 {
		t.Error("quantile sorted its input")
	}
}

// TestSynthesize checks the generated programs against the reference
// evaluator: scenario peers get their intended verdicts, and the rule mix
// has denies, ranges, L3-only rules and CIDR peers.
func TestSynthesize(t *testing.T) {
	rng := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 1)), 7))
	for _, n := range []int{10, 1000} {
		s, err := Synthesize(n, rng)
		if err != nil {
			t.Fatal(err)
		}
		pol := s.Program.Policy(s.Subject, ir.Ingress)
		if pol == nil || len(pol.Entries) != n {
			t.Fatalf("%d rules: policy has %v entries", n, pol)
		}
		var deny, ranges, l3, cidr int
		for _, e := range pol.Entries {
			switch {
			case e.Verdict == ir.Deny:
				deny++
			case e.Proto == ir.ProtoAny:
				l3++
			case e.PortLo != e.PortHi:
				ranges++
			}
			if strings.HasPrefix(s.Program.Selectors[e.Peer].Requirements[0].Key, "cidr.") {
				cidr++
			}
		}
		if n >= 1000 && (deny == 0 || ranges == 0 || l3 == 0 || cidr < 3) {
			t.Errorf("%d rules: poor mix: %d deny, %d ranges, %d L3-only, %d CIDR", n, deny, ranges, l3, cidr)
		}
		for _, fam := range families() {
			for _, sc := range Scenarios() {
				f := scenarioFlowFor(fam, sc)
				peer, want := s.ScenarioPeer(sc, fam)
				d := s.Program.Decide(ir.Flow{Src: s.Program.LookupIP(f.Src), Dst: s.Program.LookupIP(f.Dst), Proto: ir.ProtoTCP, DPort: f.DstPort})
				if d.Ingress.Peer != peer || d.Verdict != want {
					t.Errorf("%d rules %s/%s: peer %d verdict %s, want peer %d verdict %s", n, sc, fam, d.Ingress.Peer, d.Verdict, peer, want)
				}
			}
		}
	}
}

// TestBaselinesDecide checks that the floor and the Calico-style chain
// really look at the packet: a peer outside every entry and rule is dropped
// (the measured cases only see matching packets).
func TestBaselinesDecide(t *testing.T) {
	testutils.RequireBPF(t)
	rng := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 1)), 9))
	var res pool
	defer res.Close()
	state, err := newCalicoState()
	if err != nil {
		t.Fatal(err)
	}
	res.add(state)
	for _, fam := range families() {
		outsider := podFlow(fam)
		outsider.Src = netip.MustParseAddr(map[string]string{"ipv4": "192.168.1.1", "ipv6": "2001:db8::1"}[fam])
		fm, err := newFloorMap(fam, rng)
		if err != nil {
			t.Fatal(err)
		}
		res.add(fm)
		floor, _, err := LoadProgram(floorProgram(fam, fm), 1)
		if err != nil {
			t.Fatal(err)
		}
		res.add(floor)
		chain, _, err := LoadProgram(calicoProgram(fam, state, calicoRules(fam, 100, rng)), 1)
		if err != nil {
			t.Fatal(err)
		}
		res.add(chain)
		for name, prog := range map[string]*ebpf.Program{"floor": floor, "calico": chain} {
			for _, c := range []struct {
				f    Flow
				want uint32
			}{{podFlow(fam), actOK}, {outsider, actShot}} {
				ret, _, err := prog.Test(Packet(c.f))
				if err != nil {
					t.Fatal(err)
				}
				if ret != c.want {
					t.Errorf("%s %s: %s → %d, want %d", name, fam, c.f.Src, ret, c.want)
				}
			}
		}
	}
}

// TestChildren runs the compile and generate child measurements in-process
// on small sizes (the benchmark runs them in child processes) and checks
// that they produce figures, not errors.
func TestChildren(t *testing.T) {
	c := compileChild(20, 200)
	if c.Error != "" || c.Entries == 0 || c.CompileS <= 0 || c.ParseS <= 0 {
		t.Errorf("compile child: %+v", c)
	}
	g := generateChild(100, 1)
	if g.Error != "" || g.Insns == 0 || g.GenerateMS <= 0 || g.Selectors == 0 {
		t.Errorf("generate child: %+v", g)
	}
	var out strings.Builder
	if err := RunChild("generate:10:1", &out); err != nil || !strings.Contains(out.String(), `"insns"`) {
		t.Errorf("RunChild: %v, %q", err, out.String())
	}
	if err := RunChild("bogus:1", &out); err == nil {
		t.Error("RunChild accepted a bogus spec")
	}
}

// TestTargets evaluates the targets on hand-made rows: each is met or not
// met from the numbers, and "not measured" without them.
func TestTargets(t *testing.T) {
	row := func(rules int, sc string, median, vsFloor, speedup float64, verified uint32, loadMS float64) Row {
		return Row{Kind: "policyc", Rules: rules, Scenario: sc, Family: "ipv4", Timing: Timing{MedianNS: median},
			VsFloor: vsFloor, CiliumSpeedup: speedup, Stats: ProgStats{Verified: verified, LoadMS: loadMS}}
	}
	r := &Report{
		Datapath: []Row{
			row(10, ScenarioNewAllow, 25, 1.25, 10, 900, 1),
			row(100_000, ScenarioNewAllow, 40, 2.0, 6, 200_000, 900),
			row(10, ScenarioEstablished, 20, 1.1, 12, 900, 1),
		},
		Compiler: []CompileRow{{Policies: 5000, Identities: 20000, WallS: 8, PeakRSSMiB: 1500}},
	}
	got := map[string]string{}
	for _, tg := range evaluateTargets(r) {
		got[tg.Name] = tg.Met
	}
	want := map[string]string{
		"pod→pod verdict vs floor":             "not met", // 2.0 > 1.5
		"pod→pod verdict vs Cilium-style":      "met",     // worst 6 ≥ 5
		"largest policy vs 10-rule verdict":    "not met", // 40/25 = 1.6
		"established flow vs floor":            "met",
		"verified instructions per program":    "not met",
		"load time per program":                "not met",
		"compile 5k policies × 20k identities": "met",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q", name, got[name], w)
		}
	}
	for _, tg := range evaluateTargets(&Report{}) {
		if tg.Met != "not measured" {
			t.Errorf("%s: %q without data, want not measured", tg.Name, tg.Met)
		}
	}
}
