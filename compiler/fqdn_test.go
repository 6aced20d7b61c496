package compiler

import "testing"

// TestFQDNPattern checks matchPattern against the examples of §1.10.
func TestFQDNPattern(t *testing.T) {
	cases := []struct {
		pattern, name string
		want          bool
	}{
		{"*.cilium.io", "www.cilium.io", true},
		{"*.cilium.io", "cilium.io", false},
		{"*.cilium.io", "a.b.cilium.io", false},
		{"*cilium.io", "cilium.io", true},
		{"*cilium.io", "subcilium.io", true},
		{"*cilium.io", "www.cilium.io", false},
		{"sub*.cilium.io", "sub.cilium.io", true},
		{"sub*.cilium.io", "subdomain.cilium.io", true},
		{"sub*.cilium.io", "other.cilium.io", false},
		{"*", "anything.example.org", true},
		{"*.CILIUM.io.", "www.cilium.io", true},
		{"www.cilium.io", "wwwxcilium.io", false},
	}
	for _, c := range cases {
		if got := FQDNPattern(c.pattern).MatchString(c.name); got != c.want {
			t.Errorf("pattern %q on %q = %v, want %v", c.pattern, c.name, got, c.want)
		}
	}
}
