package policytest

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// side is one resolved end of a flow: its identity and the addresses a
// packet may use for it (at most one per family).
type side struct {
	id    ir.Identity
	addrs []netip.Addr
	// sampled is set for a world prefix sample (shown in messages).
	sampled bool
}

func (s side) addr(v4 bool) (netip.Addr, bool) {
	for _, a := range s.addrs {
		if a.Is4() == v4 {
			return a, true
		}
	}
	return netip.Addr{}, false
}

// check checks one case against the reference evaluator and, when dp is
// not nil, against the kernel.
func (e *env) check(c *Case, dp Datapath) Result {
	r := Result{Case: c, Status: StatusPass}
	srcs, d := e.resolve(c.Src)
	if d == nil {
		var dsts []side
		var port uint16
		dsts, d = e.resolve(c.Dst)
		if d == nil {
			port, d = e.resolvePort(c)
		}
		if d == nil {
			e.checkFlows(&r, flowSpec{srcs, dsts, port}, dp)
			return r
		}
	}
	r.Status, r.Diag, r.Message = StatusError, d, d.Message
	r.Kernel.Skipped = "not run: the expectation has an error"
	return r
}

// resolve turns a peer into the flows' sides.
func (e *env) resolve(p Peer) ([]side, *diag.Diagnostic) {
	switch p.Kind {
	case PeerEndpoint:
		ep := e.endpoint(p.Endpoint)
		if ep == nil {
			return nil, &diag.Diagnostic{Pos: p.Pos, Severity: diag.Error, Code: diag.CodeTestUnknownRef,
				Message: fmt.Sprintf("unknown endpoint %s", p.Endpoint),
				Hint:    "declare it in the inventory or in the test file: endpoint " + p.Endpoint + " labels KEY=VALUE ips ADDRESS"}
		}
		s := side{id: ep.Identity}
		for _, v4 := range []bool{true, false} {
			for _, a := range ep.IPs {
				if a.Is4() == v4 {
					s.addrs = append(s.addrs, a)
					break
				}
			}
		}
		return []side{s}, nil
	case PeerReserved:
		return []side{{id: p.Reserved, addrs: e.reserved[p.Reserved]}}, nil
	}
	var out []side
	for _, a := range worldSamples(e.prog, p.Prefix) {
		out = append(out, side{id: e.prog.LookupIP(a), addrs: []netip.Addr{a}, sampled: !p.Prefix.IsSingleIP()})
	}
	if len(out) == 0 {
		return nil, &diag.Diagnostic{Pos: p.Pos, Severity: diag.Error, Code: diag.CodeTestNotWorld,
			Message: fmt.Sprintf("%s has no address outside the cluster: the inventory gives its addresses to cluster identities (identity %d)", p, e.prog.LookupIP(p.Prefix.Addr())),
			Hint:    "name the endpoint or reserved identity instead"}
	}
	return out, nil
}

// flowSpec is what checkFlows evaluates: every source side against every
// destination side, on the resolved port (ICMP type).
type flowSpec struct {
	srcs, dsts []side
	port       uint16
}

// resolvePort returns the destination port (ICMP type) of c, looking a
// named port up on the destination endpoint.
func (e *env) resolvePort(c *Case) (uint16, *diag.Diagnostic) {
	if c.NamedPort == "" {
		return c.Port, nil
	}
	if c.Dst.Kind == PeerEndpoint {
		if ep := e.endpoint(c.Dst.Endpoint); ep != nil {
			if port, ok := ep.NamedPorts[c.NamedPort]; ok {
				return port, nil
			}
		}
	}
	return 0, &diag.Diagnostic{Pos: c.Pos, Severity: diag.Error, Code: diag.CodeTestNamedPort,
		Message: fmt.Sprintf("%s has no port named %q", c.Dst, c.NamedPort),
		Hint:    "named ports are looked up on the destination endpoint; declare it with: ports " + c.NamedPort + "=NUMBER"}
}

// checkFlows evaluates every (source, destination) pair.
func (e *env) checkFlows(r *Result, fs flowSpec, dp Datapath) {
	c := r.Case
	for _, s := range fs.srcs {
		for _, d := range fs.dsts {
			dec := e.prog.Decide(ir.Flow{Src: s.id, Dst: d.id, Proto: c.Proto, DPort: fs.port, Fragment: c.Fragment})
			fd := FlowDecision{Src: s.id, Dst: d.id, Decision: dec}
			if s.sampled {
				fd.SrcAddr = s.addrs[0]
			}
			if d.sampled {
				fd.DstAddr = d.addrs[0]
			}
			r.Reference = append(r.Reference, fd)
			if msg := e.unmet(c, fd); msg != "" && r.Status == StatusPass {
				r.Status, r.Message = StatusFail, msg
			}
			if dp != nil {
				if msg := e.kernelFlow(r, s, d, fs.port, dec, dp); msg != "" && r.Status != StatusInternal {
					r.Status, r.Message = StatusInternal, msg
				}
			}
		}
	}
	if dp != nil && len(r.Kernel.Families) == 0 && r.Kernel.Skipped == "" {
		r.Kernel.Skipped = e.noAddressReason(c, fs.srcs, fs.dsts)
	}
}

// unmet returns why decision fd does not meet c's expectation, or "".
func (e *env) unmet(c *Case, fd FlowDecision) string {
	dec := fd.Decision
	ok := dec.Verdict == c.Want
	if ok && c.Want == ir.Redirect && c.Proxy != 0 && dec.ProxyPort != c.Proxy {
		ok = false
	}
	if ok {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "got %s, want %s", verdictText(dec.Verdict, dec.ProxyPort), verdictText(c.Want, c.Proxy))
	if fd.SrcAddr.IsValid() {
		fmt.Fprintf(&b, " (from %s)", fd.SrcAddr)
	}
	if fd.DstAddr.IsValid() {
		fmt.Fprintf(&b, " (to %s)", fd.DstAddr)
	}
	for _, dd := range []ir.DirDecision{dec.Egress, dec.Ingress} {
		fmt.Fprintf(&b, "\n%s", e.explain(c, dd))
	}
	return b.String()
}

func verdictText(v ir.Verdict, proxy uint16) string {
	if v == ir.Redirect && proxy != 0 {
		return fmt.Sprintf("redirect to proxy port %d", proxy)
	}
	return v.String()
}

// explain describes one direction's decision and the rule behind it.
func (e *env) explain(c *Case, dd ir.DirDecision) string {
	who := c.Src
	if dd.Direction == ir.Ingress {
		who = c.Dst
	}
	s := fmt.Sprintf("%s of %s: %s", dd.Direction, e.name(dd.Subject, who), dd.Reason)
	if _, ent := e.prog.Entry(dd.Entry); ent != nil && len(ent.Origins) > 0 {
		o := ent.Origins[0]
		s += fmt.Sprintf(" [%s %s at %s]", o.Kind, o.Policy, o.Pos)
	}
	return s
}

// noAddressReason says why no packet could be built for c.
func (e *env) noAddressReason(c *Case, srcs, dsts []side) string {
	for i, sides := range [][]side{srcs, dsts} {
		p := c.Src
		if i == 1 {
			p = c.Dst
		}
		if len(sides) > 0 && len(sides[0].addrs) == 0 {
			switch {
			case p.Kind == PeerReserved && e.prog.DualStack && p.Reserved == ir.IdentityWorld:
				return fmt.Sprintf("no packet carries %s in a dual-stack cluster (world is split): use reserved:world-ipv4 or reserved:world-ipv6", p)
			case p.Kind == PeerEndpoint:
				return fmt.Sprintf("%s has no IP address (declare ips for it)", p)
			}
			return fmt.Sprintf("no address resolves to %s", p)
		}
	}
	if c.Proto == ir.ProtoICMP || c.Proto == ir.ProtoICMPv6 {
		return fmt.Sprintf("%s needs an %s address on both sides", protoName(c.Proto), map[bool]string{true: "IPv4", false: "IPv6"}[c.Proto == ir.ProtoICMP])
	}
	return "the two peers have no address family in common"
}
