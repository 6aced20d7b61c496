package ir

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Print writes the stable text form of p (what `policyc ir` and
// `policyc build --emit=ir` show). The format is line oriented, every
// section is in the Program's canonical order, and no map is iterated
// unsorted, so equal Programs print byte-identical text.
func (p *Program) Print(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "program dualstack=%t\n", p.DualStack)
	b.WriteString("\nidentities\n")
	for _, id := range p.Identities {
		fmt.Fprintf(&b, "  %-9d %s\n", id.ID, strings.Join(id.Labels, " "))
	}
	if len(p.Endpoints) > 0 {
		b.WriteString("\nendpoints\n")
		for _, ep := range p.Endpoints {
			b.WriteString("  " + formatEndpoint(ep) + "\n")
		}
	}
	if len(p.IPCache) > 0 {
		b.WriteString("\nipcache\n")
		for _, e := range p.IPCache {
			fmt.Fprintf(&b, "  %-20s %d\n", e.Prefix, e.Identity)
		}
	}
	if len(p.Selectors) > 0 {
		b.WriteString("\nselectors\n")
		for _, s := range p.Selectors {
			fmt.Fprintf(&b, "  s%-3d %s  matches %s\n", s.ID, s.Text, formatIDs(s.Matches))
		}
	}
	if len(p.Subjects) > 0 {
		b.WriteString("\nsubjects\n")
		for _, s := range p.Subjects {
			fmt.Fprintf(&b, "  %s\n", s.Text)
		}
	}
	for i := range p.Policies {
		b.WriteString("\n")
		p.printPolicy(&b, &p.Policies[i])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns the text form of p.
func (p *Program) String() string {
	var b bytes.Buffer
	_ = p.Print(&b)
	return b.String()
}

func formatEndpoint(ep Endpoint) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s identity=%d", ep.Name, ep.Identity)
	if len(ep.IPs) > 0 {
		ips := make([]string, len(ep.IPs))
		for i, a := range ep.IPs {
			ips[i] = a.String()
		}
		b.WriteString(" ips=" + strings.Join(ips, ","))
	}
	if ep.Interface != "" {
		b.WriteString(" interface=" + ep.Interface)
	}
	if len(ep.NamedPorts) > 0 {
		names := make([]string, 0, len(ep.NamedPorts))
		for n := range ep.NamedPorts {
			names = append(names, n)
		}
		slices.Sort(names)
		for i, n := range names {
			names[i] = n + ":" + strconv.Itoa(int(ep.NamedPorts[n]))
		}
		b.WriteString(" ports=" + strings.Join(names, ","))
	}
	return b.String()
}

func formatIDs(ids []Identity) string {
	if len(ids) == 0 {
		return "-"
	}
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatUint(uint64(id), 10)
	}
	return strings.Join(s, " ")
}

func (p *Program) printPolicy(b *strings.Builder, pol *Policy) {
	enf := "enforced"
	if !pol.Enforced {
		enf = "not-enforced"
	}
	fmt.Fprintf(b, "policy %d %s %s\n", pol.Subject, pol.Direction, enf)
	for _, e := range pol.Entries {
		peer := fmt.Sprintf("s%d", e.Peer)
		if int(e.Peer) < len(p.Selectors) {
			peer += " " + p.Selectors[e.Peer].Text
		}
		fmt.Fprintf(b, "  #%-4d %-8s %-14s %s", e.ID, e.Verdict, FormatPort(e.Proto, e.PortLo, e.PortHi), peer)
		if e.Verdict == Redirect {
			fmt.Fprintf(b, " proxy=%d priority=%d", e.ProxyPort, e.ProxyPriority)
		}
		if e.Auth != 0 {
			fmt.Fprintf(b, " auth=%d", e.Auth)
		}
		b.WriteString("\n")
		if e.L7 != nil {
			fmt.Fprintf(b, "        l7 %s %s\n", e.L7.Parser, e.L7.Rules)
		}
		for _, o := range e.Origins {
			fmt.Fprintf(b, "        from %s\n", o)
		}
	}
}

// String formats an origin as "policy (Kind) file:line:col path".
func (o Origin) String() string {
	s := fmt.Sprintf("%s (%s) %s", o.Policy, o.Kind, o.Pos)
	if o.Pos.Path != "" {
		s += " " + o.Pos.Path
	}
	return s
}

// FormatPort renders a protocol and port range: "any", "tcp/*",
// "tcp/80", "udp/1000-2000", "icmp/type=8".
func FormatPort(proto uint8, lo, hi uint16) string {
	name := ProtoName(proto)
	switch {
	case proto == ProtoAny:
		return "any"
	case proto == ProtoICMP || proto == ProtoICMPv6:
		if lo == 0 && hi == 65535 {
			return name + "/*"
		}
		return fmt.Sprintf("%s/type=%d", name, lo)
	case lo == 0 && hi == 65535:
		return name + "/*"
	case lo == hi:
		return fmt.Sprintf("%s/%d", name, lo)
	}
	return fmt.Sprintf("%s/%d-%d", name, lo, hi)
}

// ProtoName is the lower-case name of an IP protocol number.
func ProtoName(proto uint8) string {
	switch proto {
	case ProtoAny:
		return "any"
	case ProtoICMP:
		return "icmp"
	case ProtoTCP:
		return "tcp"
	case ProtoUDP:
		return "udp"
	case ProtoICMPv6:
		return "icmpv6"
	case ProtoSCTP:
		return "sctp"
	}
	return "proto" + strconv.Itoa(int(proto))
}

// ParseProto parses a protocol name (any case) as accepted by the CLI:
// TCP, UDP, SCTP, ICMP, ICMPv6 (or a number).
func ParseProto(s string) (uint8, error) {
	switch strings.ToLower(s) {
	case "tcp":
		return ProtoTCP, nil
	case "udp":
		return ProtoUDP, nil
	case "sctp":
		return ProtoSCTP, nil
	case "icmp", "icmpv4":
		return ProtoICMP, nil
	case "icmpv6":
		return ProtoICMPv6, nil
	}
	n, err := strconv.ParseUint(s, 10, 8)
	if err != nil {
		return 0, fmt.Errorf("unknown protocol %q (want TCP, UDP, SCTP, ICMP or ICMPv6)", s)
	}
	return uint8(n), nil
}

// MarshalJSONIndent encodes p as indented JSON (Go field names; L7 rules
// embedded as JSON values). It is a debugging and interchange form; the text
// form is the one pinned by goldens.
func (p *Program) MarshalJSONIndent() ([]byte, error) {
	return json.MarshalIndent(p, "", "  ")
}

// MarshalJSON embeds the rules as raw JSON instead of base64.
func (l *L7Policy) MarshalJSON() ([]byte, error) {
	rules := json.RawMessage(l.Rules)
	if len(rules) == 0 {
		rules = json.RawMessage("null")
	}
	return json.Marshal(struct {
		Parser string
		Rules  json.RawMessage
	}{l.Parser, rules})
}

// UnmarshalJSON is the inverse of MarshalJSON.
func (l *L7Policy) UnmarshalJSON(b []byte) error {
	var v struct {
		Parser string
		Rules  json.RawMessage
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	var rules bytes.Buffer
	if err := json.Compact(&rules, v.Rules); err != nil {
		return err
	}
	l.Parser, l.Rules = v.Parser, rules.Bytes()
	return nil
}
