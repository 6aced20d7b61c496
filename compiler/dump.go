package compiler

import (
	"fmt"
	"io"
	"strings"

	"github.com/policyc/policyc/ir"
)

// dump writes a readable view of the compiler state after a pass: every
// rule with its subject and clauses, then the policies under construction.
func (st *state) dump(w io.Writer, pass string) {
	var b strings.Builder
	fmt.Fprintf(&b, "# state after pass %s\n", pass)
	for _, r := range st.rules {
		fmt.Fprintf(&b, "rule %s (%s) subject %s -> %v\n", r.origin.Policy, r.origin.Kind, r.subject.Text, r.subjects)
		for dir, cs := range r.clauses {
			for _, c := range cs {
				fmt.Fprintf(&b, "  %s deny=%t %s peers=%s ports=%s\n", ir.Direction(dir), c.deny, c.pos, clausePeers(c), clausePorts(c))
			}
		}
	}
	for _, key := range sortedKeys(st.built) {
		bl := st.built[key]
		fmt.Fprintf(&b, "policy %d %s enforced=%t entries=%d\n", key.subject, key.dir, bl.enforced, len(bl.entries))
		for _, p := range bl.entries {
			fmt.Fprintf(&b, "  %s %s %s\n", p.verdict, ir.FormatPort(p.proto, p.lo, p.hi), p.sel.Text)
		}
	}
	_, _ = io.WriteString(w, b.String())
}

func clausePeers(c *clause) string {
	if c.wildcard {
		return "*"
	}
	return "[" + strings.Join(peerTexts(c), " ") + "]"
}

func peerTexts(c *clause) []string {
	var out []string
	for _, s := range c.sels {
		out = append(out, s.sel.Text)
	}
	return out
}

func clausePorts(c *clause) string {
	if c.ports == nil {
		return "l3-only"
	}
	var out []string
	for _, p := range c.ports {
		s := ir.FormatPort(p.proto, p.lo, p.hi)
		if p.named != "" {
			s = ir.ProtoName(p.proto) + "/" + p.named
		}
		if p.l7 != nil {
			s += "+" + p.l7.parser
		}
		out = append(out, s)
	}
	return "[" + strings.Join(out, " ") + "]"
}
