package compiler

import (
	"strconv"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// passPorts computes each Cilium clause's port specs (§1.6, §1.11, §2.1):
// no toPorts and no icmps → nil (L3-only: every protocol, ICMP included);
// ANY or no protocol → TCP, UDP and SCTP; port 0 → every port; endPort
// makes a range; named ports stay symbolic until the subject is known;
// ICMP types go where the port goes.
func passPorts(st *state) {
	for _, r := range st.rules {
		for _, cs := range r.clauses {
			for _, c := range cs {
				if c.knp != nil {
					continue
				}
				toPorts, icmps := c.portFields()
				for _, pr := range toPorts {
					for _, pp := range pr.Ports {
						c.ports = append(c.ports, st.portSpecs(pp, pr)...)
					}
				}
				for _, ic := range icmps {
					for _, f := range ic.Fields {
						if ps, ok := st.icmpSpec(f); ok {
							c.ports = append(c.ports, ps)
						}
					}
				}
				if len(toPorts) > 0 || len(icmps) > 0 {
					c.ports = nonNil(c.ports)
				}
			}
		}
	}
}

// nonNil turns a nil slice into an empty one: "ports were written but none
// resolved" must not read as L3-only.
func nonNil(p []portSpec) []portSpec {
	if p == nil {
		return []portSpec{}
	}
	return p
}

func (c *clause) portFields() ([]*ast.PortRule, []*ast.ICMPRule) {
	if c.in != nil {
		return c.in.ToPorts, c.in.ICMPs
	}
	return c.eg.ToPorts, c.eg.ICMPs
}

// protocols expands a written protocol: "" and ANY → TCP, UDP, SCTP.
func protocols(p string) []uint8 {
	switch strings.ToUpper(p) {
	case "TCP":
		return []uint8{ir.ProtoTCP}
	case "UDP":
		return []uint8{ir.ProtoUDP}
	case "SCTP":
		return []uint8{ir.ProtoSCTP}
	}
	return []uint8{ir.ProtoTCP, ir.ProtoUDP, ir.ProtoSCTP}
}

func (st *state) portSpecs(pp *ast.PortProtocol, pr *ast.PortRule) []portSpec {
	var out []portSpec
	for _, proto := range protocols(pp.Protocol) {
		ps := portSpec{pos: pp.Pos, proto: proto, portRl: pr}
		if !st.portRange(&ps, pp.Port, pp.EndPort) {
			return nil
		}
		out = append(out, ps)
	}
	return out
}

// portRange fills lo/hi (or named) from a written port and endPort.
func (st *state) portRange(ps *portSpec, port string, endPort int32) bool {
	n, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		if port == "" {
			ps.lo, ps.hi = 0, 65535
			return true
		}
		ps.named = strings.ToLower(port)
		return true
	}
	ps.lo, ps.hi = uint16(n), uint16(n)
	switch {
	case n == 0 && (endPort == 0 || endPort == 65535):
		ps.hi = 65535
	case int64(endPort) > int64(n) && endPort <= 65535:
		ps.hi = uint16(endPort)
	}
	return true
}

// icmpSpec turns an ICMP field into a port spec on ICMP/ICMPv6 whose
// "port" is the type.
func (st *state) icmpSpec(f *ast.ICMPField) (portSpec, bool) {
	v6 := strings.EqualFold(f.Family, "IPv6")
	t, ok := ICMPType(f.Type, v6)
	if !ok {
		st.diags.Errorf(f.Pos, diag.CodeSemInvalid, "unknown ICMP type %q for family %s", f.Type, familyName(v6))
		return portSpec{}, false
	}
	proto := ir.ProtoICMP
	if v6 {
		proto = ir.ProtoICMPv6
	}
	return portSpec{pos: f.Pos, proto: proto, lo: uint16(t), hi: uint16(t)}, true
}

func familyName(v6 bool) string {
	if v6 {
		return "IPv6"
	}
	return "IPv4"
}

// ICMPType resolves an ICMP type number or CamelCase name (§1.11). The
// name table is the frontend's (frontend.ICMPTypeNumber, Cilium's
// pkg/policy/api/icmp.go), so every name the frontend accepts compiles.
func ICMPType(s string, v6 bool) (uint8, bool) {
	return frontend.ICMPTypeNumber(familyName(v6), s)
}
