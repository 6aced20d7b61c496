package codegen

import (
	"fmt"
	"slices"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// License is the license string of every generated object (the helpers
// used need a GPL-compatible license).
const License = "Dual MIT/GPL"

// MaxInstructions is the per-program instruction budget. Larger programs are
// refused with an error naming the subject (see docs/datapath.md on tail
// calls).
const MaxInstructions = 1_000_000

// Options tune code generation.
type Options struct {
	// Sizes of the shared maps (zero fields take runtime.DefaultSizes).
	Sizes runtime.Sizes
	// NoCounters leaves out per-rule and per-reason counters.
	NoCounters bool
	// NoEvents leaves out ring-buffer events.
	NoEvents bool
	// LegacySections names both programs' sections "tc" (SCHED_CLS with no
	// attach type) instead of "tcx/ingress"/"tcx/egress", for libbpf < 1.3,
	// older bpftool and `tc filter add ... bpf obj`.
	LegacySections bool
	// Strategy requests a decision strategy for every program;
	// runtime.StrategyAuto (the zero value) chooses per program by size
	// (runtime.ChooseStrategy). The loader recomputes the choice from the
	// bundle's Program, so bundles are built with StrategyAuto.
	Strategy runtime.Strategy
}

// Output is the result of Generate: one Object per subject identity and the
// specs of the maps they share.
type Output struct {
	Layout  runtime.Layout
	Maps    []*ebpf.MapSpec // sorted by name
	Objects []Object        // sorted by subject
}

// Object holds the two programs of one subject identity.
type Object struct {
	Subject  ir.Identity
	Name     string    // "subject-<id>"
	Programs []Program // ingress, egress
}

// Program is one generated sched_cls program.
type Program struct {
	// Name is the program (symbol) name: "policy_ingress" or "policy_egress".
	Name string
	// Section is the ELF section: the pod's ingress policy attaches at tcx
	// egress of the host-side interface ("tcx/egress"), the pod's egress
	// policy at tcx ingress ("tcx/ingress").
	Section   string
	Subject   ir.Identity
	Direction ir.Direction
	// Enforced mirrors the policy's Enforced flag.
	Enforced bool
	// Strategy is the decision strategy the program uses (tree or hash).
	Strategy     runtime.Strategy
	Instructions asm.Instructions
}

// AttachType is the tcx attach type of the program.
func (p *Program) AttachType() ebpf.AttachType {
	if p.Direction == ir.Ingress {
		return ebpf.AttachTCXEgress
	}
	return ebpf.AttachTCXIngress
}

// Spec returns a ProgramSpec for loading p directly with cilium/ebpf.
func (p *Program) Spec() *ebpf.ProgramSpec {
	return &ebpf.ProgramSpec{
		Name: p.Name, Type: ebpf.SchedCLS, AttachType: p.AttachType(),
		SectionName: p.Section, License: License, Instructions: slices.Clone(p.Instructions),
	}
}

// CollectionSpec returns an in-memory collection of the object's programs and
// the shared maps (copies of out.Maps), ready for ebpf.NewCollection.
func (o *Object) CollectionSpec(out *Output) *ebpf.CollectionSpec {
	cs := &ebpf.CollectionSpec{Maps: map[string]*ebpf.MapSpec{}, Programs: map[string]*ebpf.ProgramSpec{}}
	for _, m := range out.Maps {
		cs.Maps[m.Name] = m.Copy()
	}
	for i := range o.Programs {
		cs.Programs[o.Programs[i].Name] = o.Programs[i].Spec()
	}
	return cs
}

// Subjects returns the subject identities Generate builds programs for
// (runtime.Subjects: the loader applies the same rule).
func Subjects(p *ir.Program) []ir.Identity { return runtime.Subjects(p) }

// Generate builds the programs of every subject of p.
func Generate(p *ir.Program, opts Options) (*Output, error) {
	l := runtime.LayoutWith(p, opts.Sizes, opts.Strategy)
	out := &Output{Layout: l, Maps: l.MapSpecs()}
	for _, s := range Subjects(p) {
		obj := Object{Subject: s, Name: fmt.Sprintf("subject-%d", s)}
		for _, d := range []ir.Direction{ir.Ingress, ir.Egress} {
			prog, err := generateProgram(p, l, opts, s, d)
			if err != nil {
				return nil, fmt.Errorf("subject %d %s: %w", s, d, err)
			}
			obj.Programs = append(obj.Programs, prog)
		}
		out.Objects = append(out.Objects, obj)
	}
	return out, nil
}

func generateProgram(p *ir.Program, l runtime.Layout, opts Options, s ir.Identity, d ir.Direction) (Program, error) {
	pol := p.Policy(s, d)
	if pol == nil {
		pol = &ir.Policy{Subject: s, Direction: d}
	}
	parse := map[uint8]bool{}
	for _, dir := range []ir.Direction{ir.Ingress, ir.Egress} {
		if other := p.Policy(s, dir); other != nil {
			for _, e := range other.Entries {
				parse[e.Proto] = true
			}
		}
	}
	g, err := newGen(p, l, opts, pol, parse)
	if err != nil {
		return Program{}, err
	}
	insns, err := g.program()
	if err != nil {
		return Program{}, err
	}
	if n := insns.Size() / asm.InstructionSize; n > MaxInstructions {
		return Program{}, fmt.Errorf("program has %d instructions, over the %d limit", n, MaxInstructions)
	}
	prog := Program{Name: "policy_" + d.String(), Subject: s, Direction: d, Enforced: pol.Enforced, Strategy: g.strategy, Instructions: insns}
	prog.Section = "tcx/ingress"
	if d == ir.Ingress {
		prog.Section = "tcx/egress"
	}
	if opts.LegacySections {
		prog.Section = "tc"
	}
	return prog, nil
}
