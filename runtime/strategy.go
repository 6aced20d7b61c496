package runtime

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/policyc/policyc/ir"
)

// Strategy is how a program decides once it knows the peer's membership:
// inline code (tree) or map lookups (hash).
type Strategy uint8

const (
	// StrategyAuto picks per program: the tree strategy unless its code
	// would be large (ChooseStrategy).
	StrategyAuto Strategy = iota
	// StrategyTree: a port compare tree whose leaves test the candidates'
	// membership bits in precedence order. Code and worst-case per-packet
	// cost grow with the class sizes.
	StrategyTree
	// StrategyHash: the port index maps give the class, policyc_dec gives
	// the class's decision for the peer's group. Code size and per-packet
	// cost do not depend on the policy's size.
	StrategyHash
)

var strategyNames = [...]string{"auto", "tree", "hash"}

func (s Strategy) String() string {
	if int(s) < len(strategyNames) {
		return strategyNames[s]
	}
	return fmt.Sprintf("strategy(%d)", s)
}

// ParseStrategy parses "auto", "tree" or "hash".
func ParseStrategy(name string) (Strategy, error) {
	for i, n := range strategyNames {
		if n == name {
			return Strategy(i), nil
		}
	}
	return 0, fmt.Errorf("unknown decision strategy %q (want auto, tree or hash)", name)
}

// Auto strategy thresholds: a program uses the hash strategy when its tree
// would emit more than AutoHashTests membership-bit tests in total, or a
// class of more than AutoHashClass candidates. docs/datapath.md gives the
// measurements behind them.
const (
	AutoHashTests = 2048
	AutoHashClass = 64
)

// ChooseStrategy returns the strategy of a program with plan pl when s is
// requested: s itself unless it is StrategyAuto. A program without entries
// has no decision and is always StrategyTree. The choice depends only on
// the entries (never on identities), so the loader and every later node
// view of a Program agree with the compiler.
func ChooseStrategy(pl *Plan, entries int, s Strategy) Strategy {
	switch {
	case entries == 0:
		return StrategyTree
	case s != StrategyAuto:
		return s
	}
	tests, largest := pl.TreeCost()
	if tests > AutoHashTests || largest > AutoHashClass {
		return StrategyHash
	}
	return StrategyTree
}

// Table is one hash-strategy program: its table id is its index in
// Layout.Tables; its protocols with port-specific entries (Plan.Protos)
// use port index slots Slot, Slot+1, ...
type Table struct {
	Subject   ir.Identity
	Direction ir.Direction
	Slot      uint32
}

// programPlan is the plan of one (subject, direction) program.
type programPlan struct {
	pol      *ir.Policy
	plan     *Plan
	strategy Strategy
}

// programPlans returns the plan of every policy with entries, sorted by
// (subject, direction), with the strategy s resolves to.
func programPlans(p *ir.Program, s Strategy) []programPlan {
	var out []programPlan
	for i := range p.Policies {
		pol := &p.Policies[i]
		if p.Policy(pol.Subject, pol.Direction) != pol {
			continue // a duplicate (subject, direction): programs use the first
		}
		es := PolicyEntries(p, pol)
		pl := PlanOf(es)
		out = append(out, programPlan{pol: pol, plan: pl, strategy: ChooseStrategy(pl, len(es), s)})
	}
	slices.SortFunc(out, func(a, b programPlan) int {
		return cmp.Or(cmp.Compare(a.pol.Subject, b.pol.Subject), cmp.Compare(a.pol.Direction, b.pol.Direction))
	})
	return out
}

// hashTable is a hash-strategy program with its table id.
type hashTable struct {
	id uint32
	Table
	pol  *ir.Policy
	plan *Plan
}

// hashTables returns the hash-strategy programs of p in table-id order.
func hashTables(p *ir.Program, s Strategy) []hashTable {
	var out []hashTable
	slot := uint32(0)
	for _, pp := range programPlans(p, s) {
		if pp.strategy != StrategyHash {
			continue
		}
		out = append(out, hashTable{id: uint32(len(out)), Table: Table{Subject: pp.pol.Subject, Direction: pp.pol.Direction, Slot: slot},
			pol: pp.pol, plan: pp.plan})
		slot += uint32(len(pp.plan.Protos))
	}
	return out
}

// TableOf returns the table id of the (subject, direction) program, and
// whether it uses the hash strategy.
func (l Layout) TableOf(subject ir.Identity, d ir.Direction) (uint32, Table, bool) {
	for i, t := range l.Tables {
		if t.Subject == subject && t.Direction == d {
			return uint32(i), t, true
		}
	}
	return 0, Table{}, false
}
