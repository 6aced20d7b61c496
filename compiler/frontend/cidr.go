package frontend

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// cidrList decodes fromCIDR/toCIDR: prefixes, or bare IPs.
func (d *decoder) cidrList(o *object, key string) []ast.Str {
	cs := o.strList(key)
	for _, c := range cs {
		d.checkCIDR(c, true)
	}
	return cs
}

// checkCIDR validates one CIDR; bareIP allows a plain address.
func (d *decoder) checkCIDR(c ast.Str, bareIP bool) (netip.Prefix, bool) {
	n := d.nodeAt(c.Pos)
	if c.Value == "" {
		d.errorf(n, c.Pos.Path, diag.CodeCIDR, "empty CIDR")
		return netip.Prefix{}, false
	}
	if !strings.Contains(c.Value, "/") {
		a, err := netip.ParseAddr(c.Value)
		if err != nil || a.Zone() != "" {
			d.errorf(n, c.Pos.Path, diag.CodeCIDR, "invalid CIDR %q", c.Value)
			return netip.Prefix{}, false
		}
		if !bareIP {
			d.errorHint(n, c.Pos.Path, diag.CodeCIDR, fmt.Sprintf("write %s/%d", a, a.BitLen()),
				"%q is an address; a prefix (address/length) is required here", c.Value)
			return netip.Prefix{}, false
		}
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	p, err := netip.ParsePrefix(c.Value)
	if err != nil {
		d.errorf(n, c.Pos.Path, diag.CodeCIDR, "invalid CIDR %q: %s", c.Value, strings.TrimPrefix(err.Error(), "netip.ParsePrefix("+`"`+c.Value+`"`+"): "))
		return netip.Prefix{}, false
	}
	if p.Masked() != p {
		d.warnf(n, c.Pos.Path, diag.CodeCIDRHostBits, fmt.Sprintf("write %s", p.Masked()),
			"CIDR %q has host bits set; it means %s", c.Value, p.Masked())
	}
	return p.Masked(), true
}

var cidrRuleFields = []string{"cidr", "cidrGroupRef", "cidrGroupSelector", "except"}

// cidrRules decodes fromCIDRSet/toCIDRSet.
func (d *decoder) cidrRules(o *object, key string) []*ast.CIDRRule {
	items, _ := o.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.CIDRRule, 0, len(items))
	for i, it := range items {
		co := d.obj(it, index(o.sub(key), i), cidrRuleFields)
		if co == nil {
			continue
		}
		out = append(out, d.cidrRule(co))
	}
	return out
}

func (d *decoder) cidrRule(co *object) *ast.CIDRRule {
	r := &ast.CIDRRule{Pos: co.pos(), CIDR: co.s("cidr"), CIDRGroupRef: co.s("cidrGroupRef")}
	set := 0
	for _, k := range []string{"cidr", "cidrGroupRef", "cidrGroupSelector"} {
		if co.has(k) {
			set++
		}
	}
	if set != 1 {
		msg := "one of cidr, cidrGroupRef or cidrGroupSelector is required"
		if set > 1 {
			msg = "only one of cidr, cidrGroupRef or cidrGroupSelector may be set"
		}
		d.errorf(co.anchor(), co.path, diag.CodeCIDRRuleForm, "%s", msg)
	}
	if co.has("cidrGroupSelector") {
		r.CIDRGroupSelector = d.selector(co.val("cidrGroupSelector"), co.sub("cidrGroupSelector"), ciliumKeys)
	}
	if co.has("cidrGroupRef") {
		if msg := dns1123Subdomain(r.CIDRGroupRef); msg != "" {
			d.errorf(co.valNode("cidrGroupRef"), co.sub("cidrGroupRef"), diag.CodeCIDRGroupRef,
				"cidrGroupRef %q is not a valid CiliumCIDRGroup name: %s", r.CIDRGroupRef, msg)
		}
	}
	var base netip.Prefix
	ok := false
	if co.has("cidr") {
		base, ok = d.checkCIDR(co.strPos("cidr"), false)
	}
	r.Except = co.strList("except")
	for _, ex := range r.Except {
		d.checkExcept(ex, base, ok, r.CIDR)
	}
	return r
}

func (d *decoder) checkExcept(ex ast.Str, base netip.Prefix, haveBase bool, baseText string) {
	p, ok := d.checkCIDR(ex, false)
	if !ok || !haveBase {
		return
	}
	n := d.nodeAt(ex.Pos)
	if p.Addr().Is4() != base.Addr().Is4() {
		d.errorf(n, ex.Pos.Path, diag.CodeCIDRExcept, "except %q and cidr %q are of different address families", ex.Value, baseText)
		return
	}
	if p.Bits() < base.Bits() || !base.Contains(p.Addr()) {
		d.errorf(n, ex.Pos.Path, diag.CodeCIDRExcept, "allow CIDR prefix %q does not contain exclude CIDR prefix %q", baseText, ex.Value)
	}
}

// fqdnList decodes toFQDNs.
func (d *decoder) fqdnList(o *object, key string) []*ast.FQDNSelector {
	items, _ := o.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.FQDNSelector, 0, len(items))
	for i, it := range items {
		if f := d.fqdn(it, index(o.sub(key), i)); f != nil {
			out = append(out, f)
		}
	}
	return out
}

// fqdn decodes and validates one FQDNSelector (toFQDNs or a DNS rule).
func (d *decoder) fqdn(n *yaml.Node, path string) *ast.FQDNSelector {
	fo := d.obj(n, path, []string{"matchName", "matchPattern"})
	if fo == nil {
		return nil
	}
	f := &ast.FQDNSelector{Pos: fo.pos(), MatchName: fo.s("matchName"), MatchPattern: fo.s("matchPattern")}
	switch {
	case fo.has("matchName") && fo.has("matchPattern"):
		d.errorf(fo.keyNode("matchPattern"), fo.sub("matchPattern"), diag.CodeFQDN, "only one of matchName or matchPattern is allowed")
	case !fo.has("matchName") && !fo.has("matchPattern"):
		d.errorf(fo.anchor(), path, diag.CodeFQDN, "one of matchName or matchPattern is required")
	}
	if fo.has("matchName") {
		d.checkFQDN(fo, "matchName", f.MatchName, false)
	}
	if fo.has("matchPattern") {
		d.checkFQDN(fo, "matchPattern", f.MatchPattern, true)
	}
	return f
}

// checkFQDN applies the CRD patterns ^([-a-zA-Z0-9_]+[.]?)+$ (with '*' for
// patterns) and the 255-character limit.
func (d *decoder) checkFQDN(fo *object, key, v string, pattern bool) {
	n := fo.valNode(key)
	if len(v) > 255 {
		d.errorf(n, fo.sub(key), diag.CodeFQDN, "%s is %d characters; the limit is 255", key, len(v))
		return
	}
	if msg := fqdnSyntax(v, pattern); msg != "" {
		d.errorf(n, fo.sub(key), diag.CodeFQDN, "invalid %s %q: %s", key, v, msg)
	}
}

func fqdnSyntax(v string, pattern bool) string {
	if v == "" {
		return "must not be empty"
	}
	allowed := "letters, digits, '-', '_' and '.'"
	if pattern {
		allowed = "letters, digits, '-', '_', '.' and '*'"
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isAlnum(c) && c != '-' && c != '_' && c != '.' && (!pattern || c != '*') {
			return fmt.Sprintf("character %q is not allowed (only %s)", c, allowed)
		}
	}
	if v[0] == '.' || strings.Contains(v, "..") {
		return "empty DNS label (a leading dot or two dots in a row)"
	}
	return ""
}
