package bench

import (
	"fmt"
	"slices"

	"github.com/cilium/ebpf"
)

// Config sets how much measuring each case gets.
type Config struct {
	// Repeat is the iteration count of one BPF_PROG_TEST_RUN call; the
	// kernel reports total time / Repeat as integer ns.
	Repeat int `json:"repeat"`
	// Runs is the number of test-run calls per case per pass.
	Runs int `json:"runs"`
	// Passes is the number of sweeps over all cases; interleaving cases in
	// passes spreads the machine's noisy periods over every case.
	Passes int `json:"passes"`
	// Warmup is the iteration count of one untimed call before the passes.
	Warmup int `json:"warmup"`
	// LoadTries is how many times each program is loaded (best time kept).
	LoadTries int `json:"loadTries"`
}

// FullConfig is what `make bench` uses: about the method of
// datapath-anchors.md §5, scaled to fit the ten-minute budget.
func FullConfig() Config {
	return Config{Repeat: 250_000, Runs: 5, Passes: 7, Warmup: 20_000, LoadTries: 3}
}

// QuickConfig is the smoke-test mode: every case, few iterations.
func QuickConfig() Config {
	return Config{Repeat: 2_000, Runs: 2, Passes: 2, Warmup: 200, LoadTries: 1}
}

// Case is one program and packet to time.
type Case struct {
	ID     string // unique key, e.g. "baseline/floor/ipv4"
	Group  string // table section
	Name   string // row label
	Family string // "ipv4", "ipv6" or ""
	Prog   *ebpf.Program
	Packet []byte
	// Want is the return code every run must end with (the verdict).
	Want uint32
	// Prime runs once before the warm-up (e.g. a first packet that creates
	// the conntrack entry an established-flow case needs).
	Prime func() error
	// Stats are the load statistics of Prog (or of the program the case
	// is about, when Prog is a measuring wrapper).
	Stats ProgStats
	// Note explains how the case is measured, when that is not obvious.
	Note string
	// Kind is "baseline", "harness" or "policyc"; Scenario is one of the
	// Scenario* constants ("" for scenario-less baselines); Rules is the
	// rule count of generated programs.
	Kind     string
	Scenario string
	Rules    int
	// AfterRun runs after every test-run call, outside the timed window
	// (e.g. draining the event ring buffer so it never fills up).
	AfterRun func() error
	// OverheadOf names the harness case whose cost above the empty
	// program is subtracted from this case (reset-wrapper cases).
	OverheadOf string
}

// Scenarios measured for the Cilium-style baseline and policyc programs.
const (
	ScenarioEstablished = "established"
	ScenarioNewAllow    = "new-allow"
	ScenarioNewDeny     = "new-deny"
	ScenarioWorldCIDR   = "world-cidr"
)

// Scenarios lists the scenarios in report order.
func Scenarios() []string {
	return []string{ScenarioNewAllow, ScenarioNewDeny, ScenarioEstablished, ScenarioWorldCIDR}
}

// Timing summarises the kernel-reported ns/iteration of all runs of a case.
type Timing struct {
	MinNS       float64   `json:"minNs"`
	MedianNS    float64   `json:"medianNs"`
	P90NS       float64   `json:"p90Ns"`
	PassMedians []float64 `json:"passMedians"`
	Samples     int       `json:"samples"`
}

// Measure times every case with cfg and returns the timings keyed by ID.
func Measure(cases []*Case, cfg Config) (map[string]Timing, error) {
	for _, c := range cases {
		if c.Prime != nil {
			if err := c.Prime(); err != nil {
				return nil, fmt.Errorf("%s: prime: %w", c.ID, err)
			}
		}
		if err := runOnce(c, cfg.Warmup); err != nil {
			return nil, err
		}
	}
	all := make(map[string][]float64, len(cases))
	pass := make(map[string][]float64, len(cases))
	for p := 0; p < cfg.Passes; p++ {
		for _, c := range cases {
			var this []float64
			for r := 0; r < cfg.Runs; r++ {
				ns, err := timeOnce(c, cfg.Repeat)
				if err != nil {
					return nil, err
				}
				this = append(this, ns)
			}
			all[c.ID] = append(all[c.ID], this...)
			pass[c.ID] = append(pass[c.ID], quantile(this, 0.5))
		}
	}
	out := make(map[string]Timing, len(cases))
	for _, c := range cases {
		s := all[c.ID]
		out[c.ID] = Timing{
			MinNS: quantile(s, 0), MedianNS: quantile(s, 0.5), P90NS: quantile(s, 0.9),
			PassMedians: pass[c.ID], Samples: len(s),
		}
	}
	return out, nil
}

func runOnce(c *Case, repeat int) error {
	_, err := timeOnce(c, max(repeat, 1))
	return err
}

// afterRun calls c.AfterRun when set.
func afterRun(c *Case) error {
	if c.AfterRun == nil {
		return nil
	}
	if err := c.AfterRun(); err != nil {
		return fmt.Errorf("%s: after run: %w", c.ID, err)
	}
	return nil
}

// timeOnce runs one BPF_PROG_TEST_RUN of c and checks the verdict.
func timeOnce(c *Case, repeat int) (float64, error) {
	ret, d, err := c.Prog.Benchmark(c.Packet, repeat, nil)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", c.ID, err)
	}
	if err := afterRun(c); err != nil {
		return 0, err
	}
	if ret != c.Want {
		return 0, fmt.Errorf("%s: program returned %d, want %d", c.ID, int32(ret), int32(c.Want))
	}
	return float64(d.Nanoseconds()), nil
}

// quantile returns the q-quantile (nearest rank) of s; 0 for an empty s.
func quantile(s []float64, q float64) float64 {
	if len(s) == 0 {
		return 0
	}
	c := slices.Clone(s)
	slices.Sort(c)
	i := int(q*float64(len(c)-1) + 0.5)
	return c[min(i, len(c)-1)]
}
