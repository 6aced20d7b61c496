package bench

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"os"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/ringbuf"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// PolicycOptions configure the generated-policy programs.
type PolicycOptions struct {
	// Sizes are the rule counts of the generated policies.
	Sizes []int
	// Exe, when set, is the benchmark binary: each size is first generated
	// in a child process (-child generate:N:SEED) bounded by GenerateTimeout,
	// so a size whose code generation explodes is reported, not waited for.
	Exe             string
	GenerateTimeout time.Duration
}

// PolicycSizes are the rule counts `make bench` measures.
func PolicycSizes() []int { return []int{10, 100, 1000, 10_000, 100_000} }

// ingressProgram is the name of the program the scenarios run: the
// subject's ingress policy (packets from the peer to the subject).
const ingressProgram = "policy_ingress"

// slowLoad is the load time after which a program is not loaded again for a
// better best-of figure (the 100k-rule program takes seconds).
const slowLoad = time.Second

// policycSubject is one generated, loaded subject program and its maps.
type policycSubject struct {
	synth  *Synthetic
	out    *codegen.Output
	maps   map[string]*ebpf.Map
	prog   *ebpf.Program
	attach ebpf.AttachType // the program's expected attach type
	stats  ProgStats
	events *ringbuf.Reader
	// GenerateMS and PopulateMS time codegen and the initial map fill.
	GenerateMS, PopulateMS float64
}

func (s *policycSubject) Close() error {
	var errs []error
	if s.events != nil {
		errs = append(errs, s.events.Close())
	}
	if s.prog != nil {
		errs = append(errs, s.prog.Close())
	}
	for _, name := range sortedKeys(s.maps) {
		errs = append(errs, s.maps[name].Close())
	}
	return errors.Join(errs...)
}

// buildPolicyc synthesises a Program per size, generates its code, loads
// the subject's ingress program with freshly created maps, fills them and
// returns the scenario cases (plus one reset-wrapper harness case per size
// and family).
func buildPolicyc(res *pool, seed uint64, cfg Config, opts PolicycOptions, baselines []*Case, logf func(string, ...any)) ([]*Case, []GenerateRow, error) {
	empty := caseByID(baselines, emptyID())
	if empty == nil {
		return nil, nil, errors.New("policyc cases need the empty baseline")
	}
	var cases []*Case
	var gens []GenerateRow
	for _, n := range opts.Sizes {
		if opts.Exe != "" {
			g := generateInChild(opts, n, seed)
			logf("policyc %d rules: generate in child: %d insns, %.0f ms %s", n, g.Insns, g.GenerateMS, g.Error)
			if g.Error != "" {
				gens = append(gens, g)
				continue
			}
		}
		sub, fc, err := buildPolicycSize(res, n, seed, cfg, empty.Prog, logf)
		if err != nil {
			// One size failing (generation, verifier, maps) is a result to
			// report, not a reason to lose the other measurements.
			logf("policyc %d rules: %v", n, err)
			gens = append(gens, GenerateRow{Rules: n, Error: err.Error()})
			continue
		}
		cases = append(cases, fc...)
		gens = append(gens, GenerateRow{Rules: n, Insns: sub.stats.Insns, GenerateMS: sub.GenerateMS, PopulateMS: sub.PopulateMS,
			Identities: len(sub.synth.Program.Identities), Selectors: len(sub.synth.Program.Selectors)})
	}
	return cases, gens, nil
}

// buildPolicycSize builds, loads and fills the program of n rules and
// returns its cases for both families.
func buildPolicycSize(res *pool, n int, seed uint64, cfg Config, empty *ebpf.Program, logf func(string, ...any)) (*policycSubject, []*Case, error) {
	start := time.Now()
	sub, err := newPolicycSubject(n, synthRand(seed, n), cfg)
	if sub != nil {
		res.add(sub)
	}
	if err != nil {
		return nil, nil, err
	}
	logf("policyc %d rules: %d insns, %d verified, load %.1f ms, generate %.0f ms, populate %.0f ms (%v total)",
		n, sub.stats.Insns, sub.stats.Verified, sub.stats.LoadMS, sub.GenerateMS, sub.PopulateMS, time.Since(start).Round(time.Millisecond))
	var cases []*Case
	for _, fam := range families() {
		fc, err := sub.cases(res, fam, empty)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", fam, err)
		}
		cases = append(cases, fc...)
	}
	return sub, cases, nil
}

// GenerateRow records code generation for one generated policy size.
type GenerateRow struct {
	Rules      int     `json:"rules"`
	Identities int     `json:"identities,omitempty"`
	Selectors  int     `json:"selectors,omitempty"`
	Insns      int     `json:"insns,omitempty"`
	GenerateMS float64 `json:"generateMs"`
	PopulateMS float64 `json:"populateMs,omitempty"`
	Error      string  `json:"error,omitempty"`
}

func generateInChild(opts PolicycOptions, n int, seed uint64) GenerateRow {
	res, wall, _, err := runChild(opts.Exe, fmt.Sprintf("generate:%d:%d", n, seed), opts.GenerateTimeout)
	g := GenerateRow{Rules: n, Insns: res.Insns, GenerateMS: res.GenerateMS, Error: res.Error, Identities: res.Identities, Selectors: res.Selectors}
	if err != nil {
		g.Error, g.GenerateMS = err.Error(), wall*1000
	}
	return g
}

func caseByID(cases []*Case, id string) *Case {
	for _, c := range cases {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// eventRingSize is a ring buffer that holds every event of one timed run
// (the harness drains it between runs), so every iteration takes the
// production path of a successful event reservation.
func eventRingSize(cfg Config) uint32 {
	need := uint64(max(cfg.Repeat, cfg.Warmup, 1)) * 128
	return uint32(max(uint64(1)<<(64-bits.LeadingZeros64(need-1)), 1<<20))
}

func newPolicycSubject(n int, rng *rand.Rand, cfg Config) (*policycSubject, error) {
	syn, err := Synthesize(n, rng)
	if err != nil {
		return nil, err
	}
	s := &policycSubject{synth: syn, maps: map[string]*ebpf.Map{}}
	start := time.Now()
	s.out, err = codegen.Generate(syn.Program, codegen.Options{Sizes: runtime.Sizes{Events: eventRingSize(cfg)}})
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	s.GenerateMS = msSince(start)
	for _, spec := range s.out.Maps {
		c := spec.Copy()
		c.Pinning = ebpf.PinNone
		m, err := ebpf.NewMap(c)
		if err != nil {
			return s, fmt.Errorf("create map %s: %w", spec.Name, err)
		}
		s.maps[spec.Name] = m
	}
	start = time.Now()
	if err := runtime.Populate(syn.Program, s.out.Layout, s.maps); err != nil {
		return s, err
	}
	s.PopulateMS = msSince(start)
	if err := s.load(cfg.LoadTries); err != nil {
		return s, err
	}
	if rb := s.maps[runtime.MapEvents]; rb != nil {
		if s.events, err = ringbuf.NewReader(rb); err != nil {
			return s, fmt.Errorf("event reader: %w", err)
		}
	}
	return s, nil
}

func msSince(t time.Time) float64 { return float64(time.Since(t)) / float64(time.Millisecond) }

// load loads the subject's ingress program with the created maps, tries
// times (fewer when a load is slow), keeping the best load time.
func (s *policycSubject) load(tries int) error {
	var obj *codegen.Object
	for i := range s.out.Objects {
		if s.out.Objects[i].Subject == s.synth.Subject {
			obj = &s.out.Objects[i]
		}
	}
	if obj == nil {
		return fmt.Errorf("no object for subject %d", s.synth.Subject)
	}
	best, log := time.Duration(-1), ""
	for i := 0; i < max(tries, 1); i++ {
		cs := obj.CollectionSpec(s.out)
		for name := range cs.Programs {
			if name != ingressProgram {
				delete(cs.Programs, name)
			}
		}
		insns := len(cs.Programs[ingressProgram].Instructions)
		s.attach = cs.Programs[ingressProgram].AttachType
		start := time.Now()
		coll, err := ebpf.NewCollectionWithOptions(cs, ebpf.CollectionOptions{MapReplacements: s.maps, Programs: statsLogOptions()})
		elapsed := time.Since(start)
		if err != nil {
			return fmt.Errorf("load %s: %w", ingressProgram, err)
		}
		prog := coll.DetachProgram(ingressProgram)
		coll.Close()
		if s.prog != nil {
			s.prog.Close()
		}
		s.prog = prog
		if best < 0 || elapsed < best {
			best, log = elapsed, prog.VerifierLog
		}
		st, err := programStats(prog, insns, log)
		if err != nil {
			return err
		}
		s.stats = st
		if elapsed > slowLoad {
			break
		}
	}
	s.stats.LoadMS = float64(best) / float64(time.Millisecond)
	return nil
}

// drainEvents empties the event ring buffer (between timed runs).
func (s *policycSubject) drainEvents() error {
	if s.events == nil {
		return nil
	}
	s.events.SetDeadline(time.Now())
	var rec ringbuf.Record
	for {
		err := s.events.ReadInto(&rec)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("drain events: %w", err)
		}
	}
}

// ctMap returns the subject's conntrack map of family fam (one per family).
func (s *policycSubject) ctMap(fam string) (*ebpf.Map, error) {
	name := runtime.CTMap(runtime.FamilyIPv4)
	if fam == "ipv6" {
		name = runtime.CTMap(runtime.FamilyIPv6)
	}
	if m := s.maps[name]; m != nil {
		return m, nil
	}
	return nil, fmt.Errorf("no conntrack map %s", name)
}

// cases returns the four scenario cases of family plus the harness case of
// the reset wrapper on this subject's conntrack map.
func (s *policycSubject) cases(res *pool, fam string, empty *ebpf.Program) ([]*Case, error) {
	ct, err := s.ctMap(fam)
	if err != nil {
		return nil, err
	}
	n := s.synth.Rules
	harnessID := fmt.Sprintf("harness/reset/policyc/%d/%s", n, fam)
	var out []*Case
	for _, sc := range Scenarios() {
		f := scenarioFlowFor(fam, sc)
		pkt := Packet(f)
		_, verdict := s.synth.ScenarioPeer(sc, fam)
		want := uint32(runtime.ActOK)
		if verdict == ir.Deny {
			want = runtime.ActShot
		}
		c := &Case{ID: fmt.Sprintf("policyc/%d/%s/%s", n, sc, fam), Kind: "policyc", Group: "policyc", Family: fam,
			Scenario: sc, Rules: n, Name: fmt.Sprintf("policyc %d rules: %s", n, sc), Prog: s.prog, Packet: pkt,
			Want: want, Stats: s.stats, AfterRun: s.drainEvents}
		switch sc {
		case ScenarioEstablished:
			c.Prime = primeRun(s.prog, pkt, want)
		case ScenarioNewAllow, ScenarioWorldCIDR:
			key, err := s.flowKey(ct, pkt, want)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", sc, err)
			}
			w, err := newResetWrapper(ct, key, s.prog, s.attach)
			if err != nil {
				return nil, err
			}
			res.add(w)
			c.Prog, c.OverheadOf = w.Prog, harnessID
			if sc == ScenarioNewAllow {
				hw, err := newResetWrapper(ct, key, empty, ebpf.AttachNone)
				if err != nil {
					return nil, err
				}
				res.add(hw)
				out = append(out, &Case{ID: harnessID, Kind: "harness", Group: "Harness", Family: fam, Rules: n,
					Name: fmt.Sprintf("reset wrapper → empty, policyc CT (%d-rule maps)", n), Prog: hw.Prog, Packet: pkt, Want: runtime.ActOK})
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// flowKey runs pkt once and returns the conntrack key the program created
// for it (layout-agnostic: the one key that appeared), then deletes it.
func (s *policycSubject) flowKey(ct *ebpf.Map, pkt []byte, want uint32) ([]byte, error) {
	before, err := mapKeys(ct)
	if err != nil {
		return nil, err
	}
	ret, _, err := s.prog.Test(pkt)
	if err != nil {
		return nil, err
	}
	if ret != want {
		return nil, fmt.Errorf("first packet returned %d, want %d", ret, want)
	}
	after, err := mapKeys(ct)
	if err != nil {
		return nil, err
	}
	var created [][]byte
	for _, k := range after {
		if !containsKey(before, k) {
			created = append(created, k)
		}
	}
	if len(created) != 1 {
		return nil, fmt.Errorf("the first packet created %d conntrack entries, want 1", len(created))
	}
	if err := ct.Delete(created[0]); err != nil {
		return nil, fmt.Errorf("delete conntrack entry: %w", err)
	}
	return created[0], s.drainEvents()
}

func mapKeys(m *ebpf.Map) ([][]byte, error) {
	var keys [][]byte
	k, v := make([]byte, m.KeySize()), make([]byte, m.ValueSize())
	it := m.Iterate()
	for it.Next(k, v) {
		keys = append(keys, bytes.Clone(k))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("iterate %s: %w", m, err)
	}
	return keys, nil
}

func containsKey(keys [][]byte, k []byte) bool {
	for _, x := range keys {
		if bytes.Equal(x, k) {
			return true
		}
	}
	return false
}
