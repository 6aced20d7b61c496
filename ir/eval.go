package ir

import (
	"cmp"
	"fmt"
	"net/netip"
	"slices"
)

// Flow is one packet's worth of policy input: the source and destination
// identities, the IP protocol and the destination port (the ICMP type for
// ICMP and ICMPv6).
type Flow struct {
	Src, Dst Identity
	Proto    uint8
	DPort    uint16 // destination port; ICMP type for ICMP/ICMPv6
	// ICMPCode is the ICMP code (only ICMPv4 "fragmentation needed", type 3
	// code 4, depends on it).
	ICMPCode uint8
	// Fragment marks a non-first fragment: its port is unknown, so only
	// entries whose port range is the full wildcard can match it.
	Fragment bool
}

// DirDecision is the decision of one direction's policy.
type DirDecision struct {
	Direction Direction
	Subject   Identity // the endpoint whose policy was consulted
	Peer      Identity // the remote side
	Enforced  bool
	Verdict   Verdict
	ProxyPort uint16
	// Entry is the deciding entry's ID (0 when no entry decided: allowed
	// because not enforced, or denied by default).
	Entry uint32
	// Matched lists the IDs of every entry that matched, sorted.
	Matched []uint32
	// Reason is a short human explanation of the decision.
	Reason string
	// Bypass marks a decision taken without consulting policy (IPv6
	// neighbor discovery): no rule counter counts it.
	Bypass bool
}

// IsFragNeeded reports whether a packet is ICMPv4 "fragmentation needed"
// (type 3 code 4), which Cilium allows before any policy lookup (§7 lookup
// step 1, --allow-icmp-frag-needed, on by default) so that path MTU
// discovery keeps working for every flow.
func IsFragNeeded(proto uint8, icmpType uint16, code uint8, fragment bool) bool {
	return proto == ProtoICMP && !fragment && icmpType == 3 && code == 4
}

// DecideDirectionCode is DecideDirection for a packet whose ICMP code is
// known: ICMPv4 "fragmentation needed" is allowed without policy.
func (p *Program) DecideDirectionCode(pol *Policy, peer Identity, proto uint8, dport uint16, code uint8, fragment bool) DirDecision {
	if !IsFragNeeded(proto, dport, code, fragment) {
		return p.DecideDirection(pol, peer, proto, dport, fragment)
	}
	d := DirDecision{Peer: peer, Verdict: Allow, Bypass: true,
		Reason: "ICMPv4 fragmentation needed (type 3 code 4) is allowed before policy, as Cilium's --allow-icmp-frag-needed (default) does, so path MTU discovery works"}
	if pol != nil {
		d.Direction, d.Subject, d.Enforced = pol.Direction, pol.Subject, pol.Enforced
	}
	return d
}

// IsNeighborDiscovery reports whether a packet is IPv6 neighbor discovery
// (ICMPv6 router solicitation/advertisement, neighbor
// solicitation/advertisement, redirect: types 133-137), which passes without
// policy in both directions, as ARP does for IPv4: Cilium's datapath answers
// or forwards it before any policy lookup, and dropping it would cut every
// IPv6 flow of an endpoint under default deny.
func IsNeighborDiscovery(proto uint8, icmpType uint16, fragment bool) bool {
	return proto == ProtoICMPv6 && !fragment && icmpType >= 133 && icmpType <= 137
}

// Decision is the verdict for a flow: the source's egress policy AND the
// destination's ingress policy (Cilium's LookupFlow).
type Decision struct {
	Verdict   Verdict
	ProxyPort uint16
	Egress    DirDecision
	Ingress   DirDecision
}

// Policy returns the policy of subject in direction d, or nil when no rule
// selects subject in that direction (then nothing is enforced).
func (p *Program) Policy(subject Identity, d Direction) *Policy {
	i, ok := slices.BinarySearchFunc(p.Policies, subject, func(pol Policy, s Identity) int {
		return cmp.Compare(pol.Subject, s)
	})
	if !ok {
		return nil
	}
	for ; i < len(p.Policies) && p.Policies[i].Subject == subject; i++ {
		if p.Policies[i].Direction == d {
			return &p.Policies[i]
		}
	}
	return nil
}

// selects reports whether selector id selects peer. Known identities are
// judged by their labels (the definition); identities missing from the
// table fall back to the resolved Matches list.
func (p *Program) selects(id SelectorID, peer Identity) bool {
	if int(id) >= len(p.Selectors) {
		return false
	}
	s := &p.Selectors[id]
	if labels, ok := p.IdentityLabels(peer); ok {
		return s.Selects(labels)
	}
	if s.IsWildcard() {
		return true
	}
	_, found := slices.BinarySearch(s.Matches, peer)
	return found
}

// EntryMatches reports whether e matches a packet from/to peer with the
// given protocol and port (ICMP type for ICMP).
func (p *Program) EntryMatches(e *Entry, peer Identity, proto uint8, dport uint16, fragment bool) bool {
	if !p.selects(e.Peer, peer) {
		return false
	}
	if e.Proto == ProtoAny {
		return true
	}
	if e.Proto != proto {
		return false
	}
	if fragment {
		return e.PortLo == 0 && e.PortHi == 65535
	}
	return e.PortLo <= dport && dport <= e.PortHi
}

// DecideDirection evaluates one direction's policy for a peer (semantics
// §2.5, §7), in this order:
//  1. any matching deny entry: deny;
//  2. any matching redirect: redirect to the one with the highest
//     ProxyPriority, then the lowest proxy port (then the lowest entry ID);
//  3. any matching allow, or the policy is not enforced: allow;
//  4. otherwise: deny (default deny).
func (p *Program) DecideDirection(pol *Policy, peer Identity, proto uint8, dport uint16, fragment bool) DirDecision {
	d := DirDecision{Peer: peer}
	if IsNeighborDiscovery(proto, dport, fragment) {
		if pol != nil {
			d.Direction, d.Subject, d.Enforced = pol.Direction, pol.Subject, pol.Enforced
		}
		d.Verdict, d.Bypass = Allow, true
		d.Reason = fmt.Sprintf("IPv6 neighbor discovery (ICMPv6 type %d) is never subject to policy, like ARP (Cilium's datapath handles it before policy)", dport)
		return d
	}
	if pol == nil {
		d.Verdict = Allow
		d.Reason = "no policy selects the endpoint in this direction: not enforced"
		return d
	}
	d.Direction, d.Subject, d.Enforced = pol.Direction, pol.Subject, pol.Enforced
	var deny, redirect, allow *Entry
	for i := range pol.Entries {
		e := &pol.Entries[i]
		if !p.EntryMatches(e, peer, proto, dport, fragment) {
			continue
		}
		d.Matched = append(d.Matched, e.ID)
		switch e.Verdict {
		case Deny:
			if deny == nil || e.ID < deny.ID {
				deny = e
			}
		case Redirect:
			if redirect == nil || betterRedirect(e, redirect) {
				redirect = e
			}
		default:
			if allow == nil || e.ID < allow.ID {
				allow = e
			}
		}
	}
	slices.Sort(d.Matched)
	switch {
	case deny != nil && deny.Auth != 0:
		d.Verdict, d.Entry = Deny, deny.ID
		d.Reason = fmt.Sprintf("dropped by entry %d: it requires authentication, and policyc has no mutual-authentication agent (Cilium drops such traffic until authentication succeeds)", deny.ID)
	case deny != nil:
		d.Verdict, d.Entry = Deny, deny.ID
		d.Reason = fmt.Sprintf("denied by entry %d (deny takes precedence over every allow)", deny.ID)
	case redirect != nil:
		d.Verdict, d.Entry, d.ProxyPort = Redirect, redirect.ID, redirect.ProxyPort
		d.Reason = fmt.Sprintf("redirected to proxy port %d by entry %d", redirect.ProxyPort, redirect.ID)
	case allow != nil:
		d.Verdict, d.Entry = Allow, allow.ID
		d.Reason = fmt.Sprintf("allowed by entry %d", allow.ID)
	case !pol.Enforced:
		d.Verdict = Allow
		d.Reason = "not enforced (default deny disabled): allowed"
	default:
		d.Verdict = Deny
		d.Reason = "no entry matches: denied by default (policy enforced)"
	}
	return d
}

// betterRedirect reports whether redirect a beats b: higher priority, then
// lower proxy port, then lower entry ID.
func betterRedirect(a, b *Entry) bool {
	return cmp.Or(
		-cmp.Compare(a.ProxyPriority, b.ProxyPriority),
		cmp.Compare(a.ProxyPort, b.ProxyPort),
		cmp.Compare(a.ID, b.ID),
	) < 0
}

// Decide evaluates a flow: Src's egress policy AND Dst's ingress policy.
// The flow is denied if either direction denies, redirected if either
// redirects (the egress proxy port first), else allowed.
func (p *Program) Decide(f Flow) Decision {
	eg := p.DecideDirectionCode(p.Policy(f.Src, Egress), f.Dst, f.Proto, f.DPort, f.ICMPCode, f.Fragment)
	eg.Direction, eg.Subject = Egress, f.Src
	in := p.DecideDirectionCode(p.Policy(f.Dst, Ingress), f.Src, f.Proto, f.DPort, f.ICMPCode, f.Fragment)
	in.Direction, in.Subject = Ingress, f.Dst
	d := Decision{Egress: eg, Ingress: in}
	switch {
	case eg.Verdict == Deny || in.Verdict == Deny:
		d.Verdict = Deny
	case eg.Verdict == Redirect:
		d.Verdict, d.ProxyPort = Redirect, eg.ProxyPort
	case in.Verdict == Redirect:
		d.Verdict, d.ProxyPort = Redirect, in.ProxyPort
	default:
		d.Verdict = Allow
	}
	return d
}

// World returns the world identity for an address family: 2, or 9/10 when
// the program is dual-stack.
func (p *Program) World(a netip.Addr) Identity {
	if !p.DualStack {
		return IdentityWorld
	}
	if a.Unmap().Is4() {
		return IdentityWorldIPv4
	}
	return IdentityWorldIPv6
}

// LookupIP returns the identity of an address: the longest IPCache prefix
// containing it, or world when none does.
func (p *Program) LookupIP(a netip.Addr) Identity {
	a = a.Unmap()
	best, bits := p.World(a), -1
	for _, e := range p.IPCache {
		if e.Prefix.Contains(a) && e.Prefix.Bits() > bits {
			best, bits = e.Identity, e.Prefix.Bits()
		}
	}
	return best
}

// Entry returns the entry with the given ID and its policy, or nils.
func (p *Program) Entry(id uint32) (*Policy, *Entry) {
	for i := range p.Policies {
		for j := range p.Policies[i].Entries {
			if p.Policies[i].Entries[j].ID == id {
				return &p.Policies[i], &p.Policies[i].Entries[j]
			}
		}
	}
	return nil, nil
}
