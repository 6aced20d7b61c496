package inventory

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"go.yaml.in/yaml/v3"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// Load reads inventory files (policyc YAML or kubectl -o yaml output; several
// documents per file allowed), merges them and allocates identities.
func Load(paths []string) (*Inventory, diag.List) {
	var b builder
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.diags.Errorf(ir.Pos{File: p}, diag.CodeIO, "read inventory: %v", err)
			continue
		}
		b.parse(p, src)
	}
	inv := b.finish()
	b.diags.Sort()
	return inv, b.diags
}

// Parse reads one inventory document stream held in memory.
func Parse(path string, src []byte) (*Inventory, diag.List) {
	var b builder
	b.parse(path, src)
	inv := b.finish()
	b.diags.Sort()
	return inv, b.diags
}

// builder accumulates raw inventory content from every file.
type builder struct {
	diags      diag.List
	cluster    string
	clusterPos ir.Pos
	dualStack  *bool
	namespaces []Namespace
	endpoints  []Endpoint
	identities []Identity
	nodes      []Node
	localNode  string
	cidrGroups []CIDRGroup
	fqdns      []FQDN
	services   []Service
}

func (b *builder) parse(path string, src []byte) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			b.diags.Errorf(ir.Pos{File: path, Line: 1, Col: 1}, diag.CodeInvSyntax, "inventory YAML: %v", err)
			return
		}
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
			continue
		}
		if root.Kind != yaml.MappingNode {
			b.diags.Errorf(pos(path, root), diag.CodeInvSyntax, "inventory document must be a mapping")
			continue
		}
		if mapGet(root, "kind") != nil || mapGet(root, "apiVersion") != nil {
			b.kubeObject(path, root)
		} else {
			b.native(path, root)
		}
	}
}

func pos(path string, n *yaml.Node) ir.Pos {
	return ir.Pos{File: path, Line: n.Line, Col: n.Column}
}

// mapGet returns the value node of key in a mapping node, or nil.
func mapGet(m *yaml.Node, key string) *yaml.Node {
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

// checkFields reports keys of mapping m not in allowed.
func (b *builder) checkFields(path, what string, m *yaml.Node, allowed ...string) {
	if m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		ok := false
		for _, a := range allowed {
			ok = ok || a == k.Value
		}
		if !ok {
			b.diags.Add(diag.Diagnostic{Pos: pos(path, k), Severity: diag.Error, Code: diag.CodeInvUnknownField,
				Message: fmt.Sprintf("unknown field %q in %s", k.Value, what),
				Hint:    "known fields: " + fmt.Sprint(allowed)})
		}
	}
}

// decode decodes n into v, reporting a positioned error on failure.
func (b *builder) decode(path string, n *yaml.Node, v any) bool {
	if err := n.Decode(v); err != nil {
		b.diags.Errorf(pos(path, n), diag.CodeInvValue, "%v", err)
		return false
	}
	return true
}

// items returns the elements of a sequence node (reporting non-sequences).
func (b *builder) items(path, what string, n *yaml.Node) []*yaml.Node {
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		b.diags.Errorf(pos(path, n), diag.CodeInvValue, "%s must be a list", what)
		return nil
	}
	return n.Content
}
