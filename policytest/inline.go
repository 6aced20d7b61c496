package policytest

import (
	"bytes"
	"fmt"
	"net/netip"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// inlineInventory renders the suite's namespace, endpoint and FQDN
// declarations as a policyc inventory document (docs/semantics.md), so the
// inventory loader merges them with the named inventory files exactly as it
// merges several files. lines maps each line of the document (1-based) to
// the declaration it came from, for remapping diagnostics. It returns nil
// when the suite declares nothing.
func inlineInventory(s *Suite) (doc []byte, lines []ir.Pos, err error) {
	if len(s.Namespaces)+len(s.Endpoints)+len(s.FQDNs) == 0 {
		return nil, nil, nil
	}
	var b bytes.Buffer
	lines = []ir.Pos{{}} // line 0 unused
	add := func(pos ir.Pos, v any) error {
		out, err := yaml.Marshal([]any{v})
		if err != nil {
			return fmt.Errorf("inline inventory: %w", err)
		}
		for _, line := range strings.SplitAfter(strings.TrimSuffix(string(out), "\n"), "\n") {
			b.WriteString("  " + strings.TrimSuffix(line, "\n") + "\n")
			lines = append(lines, pos)
		}
		return nil
	}
	section := func(name string) {
		b.WriteString(name + ":\n")
		lines = append(lines, ir.Pos{File: s.Path, Line: 1, Col: 1})
	}
	if len(s.Namespaces) > 0 {
		section("namespaces")
		for _, n := range s.Namespaces {
			if err := add(n.Pos, inlineNamespace{Name: n.Name, Labels: labelMap(n.Labels)}); err != nil {
				return nil, nil, err
			}
		}
	}
	if len(s.Endpoints) > 0 {
		section("endpoints")
		for _, e := range s.Endpoints {
			if err := add(e.Pos, toInlineEndpoint(e)); err != nil {
				return nil, nil, err
			}
		}
	}
	if len(s.FQDNs) > 0 {
		section("fqdns")
		for _, f := range s.FQDNs {
			if err := add(f.Pos, inlineFQDN{Name: f.Name, IPs: addrStrings(f.IPs)}); err != nil {
				return nil, nil, err
			}
		}
	}
	return b.Bytes(), lines, nil
}

type inlineNamespace struct {
	Name   string            `yaml:"name"`
	Labels map[string]string `yaml:"labels,omitempty"`
}

type inlineEndpoint struct {
	Name       string            `yaml:"name"`
	Namespace  string            `yaml:"namespace"`
	Labels     map[string]string `yaml:"labels,omitempty"`
	IPs        []string          `yaml:"ips,omitempty"`
	NamedPorts map[string]uint16 `yaml:"namedPorts,omitempty"`
	Identity   uint32            `yaml:"identity,omitempty"`
}

type inlineFQDN struct {
	Name string   `yaml:"name"`
	IPs  []string `yaml:"ips"`
}

func toInlineEndpoint(e EndpointDecl) inlineEndpoint {
	out := inlineEndpoint{Name: e.Ref(), Namespace: e.Namespace, Labels: labelMap(e.Labels),
		IPs: addrStrings(e.IPs), Identity: uint32(e.Identity)}
	if len(e.NamedPorts) > 0 {
		out.NamedPorts = map[string]uint16{}
		for _, np := range e.NamedPorts {
			out.NamedPorts[np.Name] = np.Port
		}
	}
	return out
}

func labelMap(ls []Label) map[string]string {
	if len(ls) == 0 {
		return nil
	}
	m := make(map[string]string, len(ls))
	for _, l := range ls {
		m[l.Key] = l.Value
	}
	return m
}

func addrStrings(as []netip.Addr) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.String()
	}
	return out
}

// remap moves diagnostics about the generated document (file tmp) to the
// declarations they came from.
func remap(diags diag.List, tmp string, lines []ir.Pos) {
	for i := range diags {
		d := &diags[i]
		if d.Pos.File != tmp {
			continue
		}
		if d.Pos.Line > 0 && d.Pos.Line < len(lines) {
			d.Pos = lines[d.Pos.Line]
		} else if len(lines) > 1 {
			d.Pos = ir.Pos{File: lines[1].File, Line: 1, Col: 1}
		}
		for j := range d.Related {
			if r := &d.Related[j]; r.Pos.File == tmp && r.Pos.Line > 0 && r.Pos.Line < len(lines) {
				r.Pos = lines[r.Pos.Line]
			}
		}
	}
}
