package policytest

import (
	"net/netip"
	"slices"
	"testing"

	"github.com/policyc/policyc/ir"
)

func TestLastAddr(t *testing.T) {
	for in, want := range map[string]string{
		"10.0.0.0/8":   "10.255.255.255",
		"1.2.3.4/32":   "1.2.3.4",
		"0.0.0.0/0":    "255.255.255.255",
		"fd00::/64":    "fd00::ffff:ffff:ffff:ffff",
		"10.1.2.0/23":  "10.1.3.255",
		"2001:db8::/0": "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
	} {
		if got := lastAddr(netip.MustParsePrefix(in)); got.String() != want {
			t.Errorf("lastAddr(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestWorldSamples checks that every region of a prefix carved by ipcache
// entries is sampled once per identity, and cluster addresses are left out.
func TestWorldSamples(t *testing.T) {
	p := &ir.Program{}
	const cidr = ir.IdentityScopeLocal + 1
	const except = ir.IdentityScopeLocal + 2
	p.AddIPCache(netip.MustParsePrefix("10.0.0.0/8"), cidr)
	p.AddIPCache(netip.MustParsePrefix("10.1.0.0/16"), except)
	p.AddIPCache(netip.MustParsePrefix("10.0.0.5/32"), 300) // a pod
	p.AddIPCache(netip.MustParsePrefix("0.0.0.0/1"), cidr)  // same identity, wider
	got := worldSamples(p, netip.MustParsePrefix("0.0.0.0/0"))
	want := []netip.Addr{
		netip.MustParseAddr("0.0.0.0"),   // 0/1: cidr
		netip.MustParseAddr("10.1.0.0"),  // except
		netip.MustParseAddr("128.0.0.0"), // world
	}
	if !slices.Equal(got, want) {
		t.Errorf("worldSamples = %v, want %v", got, want)
	}
	if got := worldSamples(p, netip.MustParsePrefix("10.0.0.5/32")); len(got) != 0 {
		t.Errorf("a pod address sampled as world: %v", got)
	}
	if got := worldSamples(p, netip.MustParsePrefix("10.0.0.4/31")); !slices.Equal(got, []netip.Addr{netip.MustParseAddr("10.0.0.4")}) {
		t.Errorf("worldSamples(10.0.0.4/31) = %v", got)
	}
}
