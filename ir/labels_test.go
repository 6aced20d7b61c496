package ir

import (
	"net/netip"
	"testing"
)

func TestSelectorSelects(t *testing.T) {
	pod := []string{"k8s:app=web", "k8s:io.kubernetes.pod.namespace=default", "container:tier=front"}
	cidr := []string{"cidr:10.1.2.3/32=", "reserved:world="}
	cidr6 := []string{"cidr:2001-db8--1/128=", "reserved:world-ipv6="}
	host := []string{"reserved:host="}
	world4, world6 := []string{"reserved:world-ipv4="}, []string{"reserved:world-ipv6="}
	cases := []struct {
		name   string
		sel    Selector
		labels []string
		want   bool
	}{
		{"wildcard selects pods", WildcardSelector(), pod, true},
		{"wildcard selects world", WildcardSelector(), cidr, true},
		{"none selects nothing", NoneSelector(), pod, false},
		{"k8s source matches k8s label", NewSelector(LabelEq("k8s.app", "web")), pod, true},
		{"value mismatch", NewSelector(LabelEq("k8s.app", "db")), pod, false},
		{"any source matches k8s label", NewSelector(LabelEq("any.app", "web")), pod, true},
		{"any source matches container label", NewSelector(LabelEq("any.tier", "front")), pod, true},
		{"k8s source does not match container label", NewSelector(LabelEq("k8s.tier", "front")), pod, false},
		{"k8s key does not match any: label", NewSelector(LabelEq("k8s.foo", "")), []string{"any:foo="}, false},
		{"reserved host", NewSelector(Req("reserved.host", OpExists)), host, true},
		{"reserved host not pod", NewSelector(Req("reserved.host", OpExists)), pod, false},
		{"requirements ANDed", NewSelector(LabelEq("k8s.app", "web"), LabelEq("k8s.io.kubernetes.pod.namespace", "other")), pod, false},
		{"In", NewSelector(Req("k8s.app", OpIn, "db", "web")), pod, true},
		{"NotIn excludes", NewSelector(Req("k8s.app", OpNotIn, "web")), pod, false},
		{"NotIn missing key holds", NewSelector(Req("k8s.role", OpNotIn, "x")), pod, true},
		{"Exists", NewSelector(Req("k8s.app", OpExists)), pod, true},
		{"DoesNotExist", NewSelector(Req("k8s.app", OpDoesNotExist)), pod, false},
		{"DoesNotExist missing", NewSelector(Req("k8s.zzz", OpDoesNotExist)), pod, true},
		{"cidr prefix contains label", NewSelector(Req("cidr.10.0.0.0/8", OpExists)), cidr, true},
		{"cidr prefix equal", NewSelector(Req("cidr.10.1.2.3/32", OpExists)), cidr, true},
		{"cidr prefix disjoint", NewSelector(Req("cidr.192.168.0.0/16", OpExists)), cidr, false},
		{"cidr narrower selector does not match broader label", NewSelector(Req("cidr.10.1.2.3/32", OpExists)), []string{"cidr:10.0.0.0/8="}, false},
		{"cidr except carve-out", NewSelector(Req("cidr.10.0.0.0/8", OpExists), Req("cidr.10.1.0.0/16", OpDoesNotExist)), cidr, false},
		{"cidr except elsewhere", NewSelector(Req("cidr.10.0.0.0/8", OpExists), Req("cidr.10.9.0.0/16", OpDoesNotExist)), cidr, true},
		{"cidr v6", NewSelector(Req("cidr.2001-db8--0/32", OpExists)), cidr6, true},
		{"cidr v6 all", NewSelector(Req("cidr.0--0/0", OpExists)), cidr6, true},
		{"cidr v4 selector vs v6 label", NewSelector(Req("cidr.0.0.0.0/0", OpExists)), cidr6, false},
		{"cidr any source", NewSelector(Req("any.10.1.2.3/32", OpExists)), cidr, true},
		{"pod is not a cidr", NewSelector(Req("cidr.0.0.0.0/0", OpExists)), pod, false},
		// §7: world's keys are duplicated to world-ipv4/-ipv6 (9, 10).
		{"world selector selects world-ipv4", NewSelector(LabelEq("reserved.world", "")), world4, true},
		{"world selector selects world-ipv6", NewSelector(Req("reserved.world", OpExists)), world6, true},
		{"any-source world selects world-ipv4", NewSelector(LabelEq("any.world", "")), world4, true},
		{"world-ipv4 selector selects world-ipv4", NewSelector(Req("reserved.world-ipv4", OpExists)), world4, true},
		{"world-ipv6 selector not world-ipv4", NewSelector(Req("reserved.world-ipv6", OpExists)), world4, false},
		{"not-world-ipv4 selects 2, so 9 too", NewSelector(Req("reserved.world-ipv4", OpDoesNotExist)), world4, true},
		{"host selector not world-ipv4", NewSelector(Req("reserved.host", OpExists)), world4, false},
		{"not-world selects world-ipv4 by its own labels", NewSelector(Req("reserved.world", OpDoesNotExist)), world4, true},
		{"world selector not a v6 CIDR identity", NewSelector(Req("reserved.world", OpExists)), cidr6, false},
		{"world selector not world-ipv4 with extra labels", NewSelector(Req("reserved.world", OpExists)), append([]string{"k8s:x="}, world4...), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.sel.Selects(c.labels); got != c.want {
				t.Errorf("%s selects %v = %v, want %v", c.sel.Text, c.labels, got, c.want)
			}
		})
	}
}

func TestCIDRLabelKey(t *testing.T) {
	cases := map[string]string{
		"10.0.0.0/8":      "10.0.0.0/8",
		"10.1.2.3/32":     "10.1.2.3/32",
		"::/0":            "0--0/0",
		"2001:db8::/32":   "2001-db8--0/32",
		"2001:db8::1/128": "2001-db8--1/128",
		"fd00:1:2:3::/64": "fd00-1-2-3--0/64",
		"10.1.2.3/8":      "10.0.0.0/8",
	}
	for in, want := range cases {
		p := netip.MustParsePrefix(in)
		got := CIDRLabelKey(p)
		if got != want {
			t.Errorf("CIDRLabelKey(%s) = %s, want %s", in, got, want)
		}
		back, ok := ParseCIDRLabelKey(got)
		if !ok || back != p.Masked() {
			t.Errorf("ParseCIDRLabelKey(%s) = %v, %v; want %v", got, back, ok, p.Masked())
		}
	}
}

func TestSelectorText(t *testing.T) {
	s := NewSelector(LabelEq("k8s.b", "2"), Req("k8s.a", OpIn, "y", "x"), Req("k8s.c", OpDoesNotExist), LabelEq("k8s.b", "2"))
	if want := "{k8s.a in (x,y),k8s.b=2,!k8s.c}"; s.Text != want {
		t.Errorf("Text = %q, want %q", s.Text, want)
	}
}
