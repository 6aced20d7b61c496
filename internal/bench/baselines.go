package bench

import (
	"fmt"
	"math/rand/v2"

	"github.com/cilium/ebpf"
)

// Families in report order.
func families() []string { return []string{"ipv4", "ipv6"} }

// CalicoSizes are the rule counts of the Calico-style chains (§2, §5).
func CalicoSizes() []int { return []int{10, 100, 1000} }

// Case IDs of the reference rows every ratio is computed against.
func floorID(family string) string { return "baseline/floor/" + family }
func emptyID() string              { return "baseline/empty" }
func ciliumID(scenario, family string) string {
	return "baseline/cilium/" + scenario + "/" + family
}

// buildBaselines loads every baseline program, fills its maps and returns
// the cases to time. Everything it creates is added to res.
func buildBaselines(res *pool, rng *rand.Rand, cfg Config) ([]*Case, error) {
	empty, st, err := LoadProgram(emptyProgram(), cfg.LoadTries)
	if err != nil {
		return nil, err
	}
	res.add(empty)
	pkt4 := Packet(podFlow4)
	cases := []*Case{{ID: emptyID(), Kind: "baseline", Group: "Baselines", Name: "empty tc program (return OK)", Prog: empty, Packet: pkt4, Want: actOK, Stats: st}}
	for _, fam := range families() {
		fc, err := familyBaselines(res, rng, cfg, fam, empty)
		if err != nil {
			return nil, fmt.Errorf("%s baselines: %w", fam, err)
		}
		cases = append(cases, fc...)
	}
	return cases, nil
}

func familyBaselines(res *pool, rng *rand.Rand, cfg Config, fam string, empty *ebpf.Program) ([]*Case, error) {
	pkt := Packet(podFlow(fam))
	var cases []*Case
	add := func(c *Case) { c.Family = fam; cases = append(cases, c) }

	parse, st, err := LoadProgram(parseProgram(fam), cfg.LoadTries)
	if err != nil {
		return nil, err
	}
	res.add(parse)
	add(&Case{ID: "baseline/parse/" + fam, Kind: "baseline", Group: "Baselines", Name: "parse eth/ip/tcp", Prog: parse, Packet: pkt, Want: actOK, Stats: st})

	fm, err := newFloorMap(fam, rng)
	if err != nil {
		return nil, err
	}
	res.add(fm)
	floor, st, err := LoadProgram(floorProgram(fam, fm), cfg.LoadTries)
	if err != nil {
		return nil, err
	}
	res.add(floor)
	add(&Case{ID: floorID(fam), Kind: "baseline", Group: "Baselines", Name: "floor: parse + 1 hash lookup (10k/16k)", Prog: floor, Packet: pkt, Want: actOK, Stats: st})

	cc, err := ciliumCases(res, rng, cfg, fam, empty)
	if err != nil {
		return nil, err
	}
	for _, c := range cc {
		add(c)
	}

	state, err := newCalicoState()
	if err != nil {
		return nil, err
	}
	res.add(state)
	for _, n := range CalicoSizes() {
		prog, st, err := LoadProgram(calicoProgram(fam, state, calicoRules(fam, n, rng)), cfg.LoadTries)
		if err != nil {
			return nil, fmt.Errorf("calico-style %d rules: %w", n, err)
		}
		res.add(prog)
		add(&Case{ID: fmt.Sprintf("baseline/calico/%d/%s", n, fam), Kind: "baseline", Group: "Baselines", Rules: n,
			Name: fmt.Sprintf("Calico-style chain, %d rules, last matches", n), Prog: prog, Packet: pkt, Want: actOK, Stats: st})
	}
	return cases, nil
}

// ciliumCases builds the Cilium-style pipeline of fam and its four
// scenarios, plus the harness case measuring the reset wrapper.
func ciliumCases(res *pool, rng *rand.Rand, cfg Config, fam string, empty *ebpf.Program) ([]*Case, error) {
	maps, err := newCiliumMaps(fam, rng)
	if err != nil {
		return nil, err
	}
	res.add(maps)
	prog, st, err := LoadProgram(ciliumProgram(fam, maps), cfg.LoadTries)
	if err != nil {
		return nil, fmt.Errorf("cilium-style: %w", err)
	}
	res.add(prog)
	harnessID := "harness/reset/cilium/" + fam
	allowKey := ciliumCTKey(scenarioFlow(fam, "allow"))
	hw, err := newResetWrapper(maps.ct, allowKey, empty, ebpf.AttachNone)
	if err != nil {
		return nil, err
	}
	res.add(hw)
	cases := []*Case{{ID: harnessID, Kind: "harness", Group: "Harness", Name: "reset wrapper (CT delete + tail call) → empty, Cilium-style CT", Prog: hw.Prog, Packet: Packet(podFlow(fam)), Want: actOK}}
	for _, sc := range Scenarios() {
		c := &Case{ID: ciliumID(sc, fam), Kind: "baseline", Group: "Baselines", Scenario: sc, Name: "Cilium-style: " + sc, Prog: prog, Stats: st}
		f := scenarioFlowFor(fam, sc)
		c.Packet = Packet(f)
		c.Want = actOK
		switch sc {
		case ScenarioNewDeny:
			c.Want = actShot
		case ScenarioEstablished:
			c.Prime = primeRun(prog, c.Packet, actOK)
		default:
			w, err := newResetWrapper(maps.ct, ciliumCTKey(f), prog, ebpf.AttachNone)
			if err != nil {
				return nil, err
			}
			res.add(w)
			c.Prog, c.OverheadOf = w.Prog, harnessID
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// scenarioFlowFor maps a scenario name to its flow; the established flow
// uses its own source port so new-flow cases never delete its CT entry.
func scenarioFlowFor(fam, scenario string) Flow {
	switch scenario {
	case ScenarioNewDeny:
		return scenarioFlow(fam, "deny")
	case ScenarioWorldCIDR:
		return scenarioFlow(fam, "cidr")
	case ScenarioEstablished:
		f := scenarioFlow(fam, "allow")
		f.SrcPort++
		return f
	}
	return scenarioFlow(fam, "allow")
}

// primeRun returns a Prime function that runs pkt once (creating the CT
// entry) and checks the verdict.
func primeRun(prog *ebpf.Program, pkt []byte, want uint32) func() error {
	return func() error {
		ret, _, err := prog.Test(pkt)
		if err != nil {
			return err
		}
		if ret != want {
			return fmt.Errorf("first packet returned %d, want %d", ret, want)
		}
		return nil
	}
}
