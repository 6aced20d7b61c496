package policytest

import (
	"net/netip"
	"slices"

	"github.com/policyc/policyc/ir"
)

// lastAddr returns the highest address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	a := p.Masked().Addr()
	b := a.AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	out, _ := netip.AddrFromSlice(b)
	return out
}

// isWorldIdentity reports whether id is outside the cluster: world itself,
// or a local-scope CIDR/FQDN identity.
func isWorldIdentity(id ir.Identity) bool {
	switch id {
	case ir.IdentityWorld, ir.IdentityWorldIPv4, ir.IdentityWorldIPv6:
		return true
	}
	return id >= ir.IdentityScopeLocal && id < 2*ir.IdentityScopeLocal
}

// worldSamples returns one address for each distinct identity that the
// addresses of prefix resolve to, restricted to identities outside the
// cluster, lowest address first. Identities are constant between the
// boundaries of the ipcache prefixes inside prefix, so the first address of
// prefix and the first address of each inner prefix and of the range just
// after it sample every region.
func worldSamples(p *ir.Program, prefix netip.Prefix) []netip.Addr {
	cands := []netip.Addr{prefix.Addr()}
	for _, e := range p.IPCache {
		inner := e.Prefix.Masked()
		if inner.Addr().Is4() != prefix.Addr().Is4() || inner.Bits() < prefix.Bits() || !prefix.Contains(inner.Addr()) {
			continue
		}
		cands = append(cands, inner.Addr())
		if next := lastAddr(inner).Next(); next.IsValid() && prefix.Contains(next) {
			cands = append(cands, next)
		}
	}
	slices.SortFunc(cands, func(a, b netip.Addr) int { return a.Compare(b) })
	cands = slices.Compact(cands)
	seen := map[ir.Identity]bool{}
	var out []netip.Addr
	for _, a := range cands {
		id := p.LookupIP(a)
		if !isWorldIdentity(id) || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, a)
	}
	return out
}
