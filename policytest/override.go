package policytest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// Inline namespace and endpoint declarations override the inventory: an
// entry of a policyc inventory file with the same name is removed before
// the file is loaded, so the declaration replaces it entirely. The entry's
// lines are blanked rather than re-encoded, so every other position in the
// file stays exact. Entries written in flow style or as kubectl objects
// cannot be removed that way and are reported (PC0809).

// overrides lists the names the suite declares, per inventory section.
func overrides(s *Suite) map[string]map[string]ir.Pos {
	m := map[string]map[string]ir.Pos{"namespaces": {}, "endpoints": {}}
	for _, n := range s.Namespaces {
		m["namespaces"][n.Name] = n.Pos
	}
	for _, e := range s.Endpoints {
		m["endpoints"][e.Ref()] = e.Pos
	}
	return m
}

// blankOverridden returns src without the entries named in names (nil when
// nothing matched), and diagnostics for entries it cannot remove.
func blankOverridden(path string, src []byte, names map[string]map[string]ir.Pos) ([]byte, diag.List) {
	var diags diag.List
	var blank [][2]int // inclusive line ranges
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if !errors.Is(err, io.EOF) {
				return nil, nil // the inventory loader reports syntax errors
			}
			break
		}
		if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			continue
		}
		root := doc.Content[0]
		if yamlGet(root, "kind") != nil || yamlGet(root, "apiVersion") != nil {
			diags = append(diags, kubeOverrides(path, root, names)...)
			continue
		}
		for _, section := range []string{"namespaces", "endpoints"} {
			set := names[section]
			seq := yamlGet(root, section)
			if seq == nil || seq.Kind != yaml.SequenceNode {
				continue
			}
			for _, item := range seq.Content {
				name := yamlGet(item, "name")
				if name == nil {
					continue
				}
				decl, ok := set[name.Value]
				if !ok {
					continue
				}
				if seq.Style&yaml.FlowStyle != 0 || item.Style&yaml.FlowStyle != 0 && item.Line == seq.Line {
					diags = append(diags, cannotOverride(decl, section, name.Value, path, item, "it is written in flow style"))
					continue
				}
				blank = append(blank, [2]int{itemStart(src, item), maxLine(item)})
			}
		}
	}
	if len(blank) == 0 {
		return nil, diags
	}
	return blankLines(src, blank), diags
}

func cannotOverride(decl ir.Pos, section, name, path string, n *yaml.Node, why string) diag.Diagnostic {
	what := strings.TrimSuffix(section, "s")
	return diag.Diagnostic{Pos: decl, Severity: diag.Error, Code: diag.CodeTestCompile,
		Message: fmt.Sprintf("cannot override %s %s of the inventory: %s", what, name, why),
		Hint:    fmt.Sprintf("declare the %s under a new name, or write the inventory entry in block style", what),
		Related: []diag.Related{{Pos: ir.Pos{File: path, Line: n.Line, Col: n.Column}, Message: "the inventory's " + what}}}
}

// kubeOverrides reports kubectl objects (Pod, CiliumEndpoint, Namespace,
// and List items) that inline declarations name.
func kubeOverrides(path string, root *yaml.Node, names map[string]map[string]ir.Pos) diag.List {
	var diags diag.List
	if items := yamlGet(root, "items"); items != nil && items.Kind == yaml.SequenceNode {
		for _, it := range items.Content {
			diags = append(diags, kubeOverrides(path, it, names)...)
		}
		return diags
	}
	kind, meta := yamlGet(root, "kind"), yamlGet(root, "metadata")
	if kind == nil || meta == nil {
		return nil
	}
	name, ns := yamlGet(meta, "name"), yamlGet(meta, "namespace")
	if name == nil {
		return nil
	}
	section, key := "", ""
	switch kind.Value {
	case "Namespace":
		section, key = "namespaces", name.Value
	case "Pod", "CiliumEndpoint":
		nsName := "default"
		if ns != nil {
			nsName = ns.Value
		}
		section, key = "endpoints", nsName+"/"+name.Value
	default:
		return nil
	}
	if decl, ok := names[section][key]; ok {
		diags = append(diags, cannotOverride(decl, section, key, path, root, "it comes from a kubectl "+kind.Value+" object"))
	}
	return diags
}

func yamlGet(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// itemStart is the line of a block sequence item's dash: the item's own
// line, or the line before it when the dash stands alone.
func itemStart(src []byte, item *yaml.Node) int {
	lines := strings.Split(string(src), "\n")
	if l := item.Line; l >= 2 && l-2 < len(lines) && strings.TrimSpace(lines[l-2]) == "-" &&
		!strings.HasPrefix(strings.TrimSpace(lines[l-1]), "-") {
		return l - 1
	}
	return item.Line
}

// maxLine is the last line any node of n starts on.
func maxLine(n *yaml.Node) int {
	m := n.Line
	for _, c := range n.Content {
		m = max(m, maxLine(c))
	}
	return m
}

// blankLines empties the given inclusive line ranges, keeping line breaks.
func blankLines(src []byte, ranges [][2]int) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	for _, r := range ranges {
		for l := r[0]; l <= r[1] && l-1 < len(lines); l++ {
			if strings.HasSuffix(lines[l-1], "\n") {
				lines[l-1] = "\n"
			} else {
				lines[l-1] = ""
			}
		}
	}
	return []byte(strings.Join(lines, ""))
}
