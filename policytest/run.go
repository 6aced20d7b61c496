package policytest

import (
	"fmt"
	"net/netip"
	"slices"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// Options configure Run.
type Options struct {
	// Compile builds the program a suite describes: its policies, its
	// inventory and its inline declarations. Required.
	Compile func(*Suite) (*ir.Program, diag.List)
	// Kernel runs the compiled programs; nil turns the kernel check off,
	// and KernelOff says why (it is printed).
	Kernel    Kernel
	KernelOff string
}

// Run checks every expectation of every suite.
func Run(suites []*Suite, opts Options) *Report {
	r := &Report{}
	for _, s := range suites {
		r.Suites = append(r.Suites, runSuite(s, opts))
	}
	return r
}

func runSuite(s *Suite, opts Options) SuiteResult {
	res := SuiteResult{Path: s.Path}
	p, diags := opts.Compile(s)
	res.Diags = diags
	if diags.HasErrors() || p == nil {
		for _, c := range s.Cases {
			res.Results = append(res.Results, Result{Case: c, Status: StatusError,
				Message: "not run: the policies or inventory of this file did not compile"})
		}
		return res
	}
	env := newEnv(s, p)
	var dp Datapath
	switch {
	case opts.Kernel == nil:
		res.KernelSkipped = opts.KernelOff
	default:
		var err error
		dp, err = opts.Kernel.Load(env.kernelProgram())
		switch {
		case isUnavailable(err):
			res.KernelSkipped = err.Error()
			dp = nil
		case err != nil:
			msg := "internal error: the compiled programs could not be loaded into the kernel: " + err.Error()
			for _, c := range s.Cases {
				res.Results = append(res.Results, Result{Case: c, Status: StatusInternal, Message: msg,
					Kernel: KernelResult{Skipped: "the programs did not load"}})
			}
			return res
		default:
			defer dp.Close()
		}
	}
	for _, c := range s.Cases {
		r := env.check(c, dp)
		if dp == nil && r.Kernel.Skipped == "" {
			r.Kernel.Skipped = res.KernelSkipped
		}
		res.Results = append(res.Results, r)
	}
	return res
}

// env is what a suite's cases are checked against: the program and the
// addresses chosen for reserved identities.
type env struct {
	suite *Suite
	prog  *ir.Program
	// reserved maps a reserved identity to one address per family that
	// resolves to it; synthetic holds the host entries added for the
	// kernel because the inventory had no such address.
	reserved  map[ir.Identity][]netip.Addr
	synthetic []ir.IPCacheEntry
}

// Synthetic addresses for reserved identities without one come from the
// benchmarking ranges (RFC 2544, RFC 5180), unless a test uses them.
var (
	syntheticBase4 = netip.MustParseAddr("198.18.0.1")
	syntheticBase6 = netip.MustParseAddr("2001:2::1")
)

func newEnv(s *Suite, p *ir.Program) *env {
	e := &env{suite: s, prog: p, reserved: map[ir.Identity][]netip.Addr{}}
	next := []netip.Addr{syntheticBase4, syntheticBase6}
	for _, id := range e.reservedUsed() {
		for fam, base := range next {
			a, synth := e.reservedAddr(id, base)
			if !a.IsValid() {
				continue
			}
			e.reserved[id] = append(e.reserved[id], a)
			if synth {
				e.synthetic = append(e.synthetic, ir.IPCacheEntry{Prefix: netip.PrefixFrom(a, a.BitLen()), Identity: id})
				next[fam] = a.Next()
			}
		}
	}
	return e
}

// reservedUsed lists the reserved identities the suite's cases name, sorted.
func (e *env) reservedUsed() []ir.Identity {
	var ids []ir.Identity
	for _, c := range e.suite.Cases {
		for _, p := range []Peer{c.Src, c.Dst} {
			if p.Kind == PeerReserved {
				ids = append(ids, p.Reserved)
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// reservedAddr finds an address of base's family that resolves to id: a
// host entry of the ipcache (a node address), or for world an address no
// prefix covers. Otherwise it returns a free synthetic address (synth).
func (e *env) reservedAddr(id ir.Identity, base netip.Addr) (a netip.Addr, synth bool) {
	for _, ent := range e.prog.IPCache {
		if ent.Identity == id && ent.Prefix.IsSingleIP() && ent.Prefix.Addr().Is4() == base.Is4() {
			return ent.Prefix.Addr(), false
		}
	}
	if isWorldIdentity(id) {
		for _, cand := range []string{"192.0.2.1", "198.51.100.1", "203.0.113.1", "2001:db8::1", "2001:db8:ffff::1"} {
			a := netip.MustParseAddr(cand)
			if a.Is4() == base.Is4() && e.prog.LookupIP(a) == id {
				return a, false
			}
		}
		return netip.Addr{}, false
	}
	for a = base; a.IsValid(); a = a.Next() {
		if !e.sampled(a) && !e.inIPCache(a) {
			return a, true
		}
	}
	return netip.Addr{}, false
}

// sampled reports whether a is an address the world peers of the suite
// are checked with (a synthetic host entry there would change its
// identity).
func (e *env) sampled(a netip.Addr) bool {
	for _, c := range e.suite.Cases {
		for _, p := range []Peer{c.Src, c.Dst} {
			if p.Kind == PeerWorld && p.Prefix.Contains(a) && slices.Contains(worldSamples(e.prog, p.Prefix), a) {
				return true
			}
		}
	}
	return false
}

func (e *env) inIPCache(a netip.Addr) bool {
	for _, ent := range e.prog.IPCache {
		if ent.Prefix.IsSingleIP() && ent.Prefix.Addr() == a {
			return true
		}
	}
	return false
}

// kernelProgram is the program with the synthetic reserved addresses added
// to its ipcache, so packets from them carry the reserved identity. It
// shares everything else with e.prog.
func (e *env) kernelProgram() *ir.Program {
	if len(e.synthetic) == 0 {
		return e.prog
	}
	kp := *e.prog
	kp.IPCache = append(slices.Clone(e.prog.IPCache), e.synthetic...)
	slices.SortFunc(kp.IPCache, func(a, b ir.IPCacheEntry) int { return ir.ComparePrefixes(a.Prefix, b.Prefix) })
	return &kp
}

// lookupIP resolves an address as the kernel's ipcache will.
func (e *env) lookupIP(a netip.Addr) ir.Identity {
	for _, s := range e.synthetic {
		if s.Prefix.Addr() == a {
			return s.Identity
		}
	}
	return e.prog.LookupIP(a)
}

// endpoint returns the program's endpoint named ref, or nil.
func (e *env) endpoint(ref string) *ir.Endpoint {
	i := slices.IndexFunc(e.prog.Endpoints, func(ep ir.Endpoint) bool { return ep.Name == ref })
	if i < 0 {
		return nil
	}
	return &e.prog.Endpoints[i]
}

// name describes an identity for messages: the peer as written when known.
func (e *env) name(id ir.Identity, p Peer) string {
	if p.Kind == PeerWorld {
		return fmt.Sprintf("world (identity %d)", id)
	}
	return fmt.Sprintf("%s (identity %d)", p, id)
}
