package frontend

import (
	"fmt"
	"strconv"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// ICMP type names per family (pkg/policy/api/icmp.go).
var (
	icmpv4Types = map[string]int{"EchoReply": 0, "DestinationUnreachable": 3, "Redirect": 5, "Echo": 8,
		"EchoRequest": 8, "RouterAdvertisement": 9, "RouterSelection": 10, "TimeExceeded": 11,
		"ParameterProblem": 12, "Timestamp": 13, "TimestampReply": 14, "Photuris": 40,
		"ExtendedEchoRequest": 42, "ExtendedEchoReply": 43}
	icmpv6Types = map[string]int{"DestinationUnreachable": 1, "PacketTooBig": 2, "TimeExceeded": 3,
		"ParameterProblem": 4, "EchoRequest": 128, "EchoReply": 129, "MulticastListenerQuery": 130,
		"MulticastListenerReport": 131, "MulticastListenerDone": 132, "RouterSolicitation": 133,
		"RouterAdvertisement": 134, "NeighborSolicitation": 135, "NeighborAdvertisement": 136,
		"RedirectMessage": 137, "RouterRenumbering": 138, "ICMPNodeInformationQuery": 139,
		"ICMPNodeInformationResponse": 140, "InverseNeighborDiscoverySolicitation": 141,
		"InverseNeighborDiscoveryAdvertisement": 142, "HomeAgentAddressDiscoveryRequest": 144,
		"HomeAgentAddressDiscoveryReply": 145, "MobilePrefixSolicitation": 146,
		"MobilePrefixAdvertisement": 147, "DuplicateAddressRequestCodeSuffix": 157,
		"DuplicateAddressConfirmationCodeSuffix": 158, "ExtendedEchoRequest": 160, "ExtendedEchoReply": 161}
)

// ICMPTypeNumber resolves an ICMP type as written (a number 0-255 or a name
// for family "", "IPv4" or "IPv6") to its number.
func ICMPTypeNumber(family, typ string) (uint8, bool) {
	if v, err := strconv.ParseUint(typ, 10, 8); err == nil {
		return uint8(v), true
	}
	table := icmpv4Types
	if family == "IPv6" {
		table = icmpv6Types
	}
	v, ok := table[typ]
	return uint8(v), ok
}

func (d *decoder) icmps(ro *object) []*ast.ICMPRule {
	items, _ := ro.list("icmps")
	if items == nil {
		return nil
	}
	out := make([]*ast.ICMPRule, 0, len(items))
	for i, it := range items {
		io := d.obj(it, index(ro.sub("icmps"), i), []string{"fields"})
		if io == nil {
			continue
		}
		r := &ast.ICMPRule{Pos: io.pos()}
		fields, _ := io.list("fields")
		if len(fields) > maxPorts {
			d.errorf(io.keyNode("fields"), io.sub("fields"), diag.CodeTooMany, "too many ICMP fields (%d), the max is %d", len(fields), maxPorts)
		}
		for j, f := range fields {
			if fld := d.icmpField(f, index(io.sub("fields"), j)); fld != nil {
				r.Fields = append(r.Fields, fld)
			}
		}
		out = append(out, r)
	}
	return out
}

func (d *decoder) icmpField(n *yaml.Node, path string) *ast.ICMPField {
	fo := d.obj(n, path, []string{"family", "type"})
	if fo == nil {
		return nil
	}
	f := &ast.ICMPField{Pos: fo.pos(), Family: fo.s("family")}
	if fo.has("family") && f.Family != "IPv4" && f.Family != "IPv6" {
		d.errorHint(fo.valNode("family"), fo.sub("family"), diag.CodeICMP, hintOneOf(f.Family, []string{"IPv4", "IPv6"}),
			"ICMP family %q is not IPv4 or IPv6", f.Family)
	}
	if !fo.require("type") {
		return f
	}
	tn := fo.val("type")
	if tn == nil || tn.Kind != yaml.ScalarNode || (tn.ShortTag() != "!!int" && tn.ShortTag() != "!!str") {
		d.errorf(fo.valNode("type"), fo.sub("type"), diag.CodeWrongType, "ICMP type must be a number or a name")
		return f
	}
	f.Type = tn.Value
	if _, ok := ICMPTypeNumber(f.Family, f.Type); !ok {
		fam := f.Family
		if fam == "" {
			fam = "IPv4"
		}
		d.errorHint(tn, fo.sub("type"), diag.CodeICMP, icmpHint(f.Family, f.Type),
			"%s is not an ICMP type for %s (a number 0-255 or a type name)", strconv.Quote(f.Type), fam)
	}
	return f
}

func icmpHint(family, typ string) string {
	table, other, otherFam := icmpv4Types, icmpv6Types, "IPv6"
	if family == "IPv6" {
		table, other, otherFam = icmpv6Types, icmpv4Types, "IPv4"
	}
	if _, ok := other[typ]; ok {
		return fmt.Sprintf("%s is an %s type name: set family: %s", typ, otherFam, otherFam)
	}
	names := make([]string, 0, len(table))
	for k := range table {
		names = append(names, k)
	}
	return hintOneOf(typ, names)
}
