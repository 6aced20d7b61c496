package frontend

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// Options control how policies are read.
type Options struct {
	// DefaultNamespace is given to a CiliumNetworkPolicy without
	// metadata.namespace, as `kubectl apply` would ("default" if empty).
	DefaultNamespace string
	// EnableNodeSelectorLabels mirrors Cilium's --enable-node-selector-labels
	// (default off). Without it fromNodes/toNodes are rejected, as Cilium's
	// Sanitize rejects them.
	EnableNodeSelectorLabels bool
}

func (o Options) namespace() string {
	if o.DefaultNamespace == "" {
		return "default"
	}
	return o.DefaultNamespace
}

// ParseFile decodes and validates every document of one file. The returned
// file holds only the policies that had no errors; callers must not compile
// anything when the list has errors (fail closed).
func ParseFile(path string, src []byte, opts Options) (*ast.File, diag.List) {
	d := &decoder{file: path, opts: opts, portObjs: map[*ast.PortProtocol]*object{}, limit: nodeBudget(len(src))}
	f := &ast.File{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		err := decodeNode(dec, &doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			d.syntaxError(err)
			break
		}
		d.budget = 0
		if len(doc.Content) == 0 {
			continue
		}
		f.Policies = append(f.Policies, d.document(doc.Content[0], "")...)
		if d.exhausted {
			break
		}
	}
	d.diags = append(d.diags, duplicates([]*ast.File{f}, true)...)
	d.diags.Sort()
	return f, dedup(d.diags)
}

// dedup drops repeats of a diagnostic at the same place: YAML aliases make
// one node reachable through several paths, but it is one mistake.
func dedup(l diag.List) diag.List {
	out := l[:0]
	for i, dg := range l {
		if i > 0 {
			prev := out[len(out)-1]
			if prev.Pos.File == dg.Pos.File && prev.Pos.Line == dg.Pos.Line && prev.Pos.Col == dg.Pos.Col &&
				prev.Code == dg.Code && prev.Message == dg.Message {
				continue
			}
		}
		out = append(out, dg)
	}
	return out
}

// decodeNode reads the next document. A panic inside the YAML library
// becomes an error (fail closed) rather than crashing the caller; panics in
// our own decoding are not caught, so the fuzzer still sees them.
func decodeNode(dec *yaml.Decoder, doc *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: malformed input (%v)", r)
		}
	}()
	return dec.Decode(doc)
}

// syntaxError reports a yaml.v3 parse error at the line it names.
func (d *decoder) syntaxError(err error) {
	msg := err.Error()
	line := 0
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if _, e := fmt.Sscanf(msg, "line %d:", &line); e == nil {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	d.diags.Errorf(ast.Pos{File: d.file, Line: line, Col: min(line, 1)}, diag.CodeYAMLSyntax, "invalid YAML: %s", msg)
}

// document decodes one top-level object (or List of objects).
func (d *decoder) document(n *yaml.Node, path string) []*ast.Policy {
	n = d.resolve(n)
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		hint := ""
		if n.Kind == yaml.SequenceNode && path == "" {
			hint = "raw api.Rule lists (cilium policy import) are not supported: wrap each rule in a CiliumNetworkPolicy's spec"
		}
		d.errorHint(n, path, diag.CodeWrongType, hint, "%s: expected a Kubernetes object (a mapping), got %s", pathOr(path), kindName(n))
		return nil
	}
	apiVersion, kind := scalarAt(n, "apiVersion"), scalarAt(n, "kind")
	if kind == "" {
		// A document that looks like a policy must say what it is; anything
		// else without apiVersion/kind (an inventory, a values file) is
		// simply not a Kubernetes object.
		if valueAt(n, "spec") != nil || valueAt(n, "specs") != nil || apiVersion != "" {
			d.errorf(n, path, diag.CodeMissingKind, "%s: object has no kind", pathOr(path))
		} else {
			d.diags.Infof(d.pos(n, path), diag.CodeSkippedKind, "skipping %s: not a Kubernetes object (no apiVersion or kind)", pathOr(path))
		}
		return nil
	}
	switch {
	case kind == "List" || strings.HasSuffix(kind, "List"):
		return d.list(n, path)
	case kind == "CiliumNetworkPolicy" || kind == "CiliumClusterwideNetworkPolicy":
		if !d.checkAPIVersion(n, path, apiVersion, kind, "cilium.io/v2") {
			return nil
		}
		return d.ciliumPolicy(n, path, kind)
	case kind == "NetworkPolicy" && strings.HasPrefix(apiVersion, "networking.k8s.io/"):
		if !d.checkAPIVersion(n, path, apiVersion, kind, "networking.k8s.io/v1") {
			return nil
		}
		return d.networkPolicy(n, path)
	}
	d.diags.Infof(d.pos(keyAt(n, "kind"), join(path, "kind")), diag.CodeSkippedKind,
		"skipping %s %q: not a policy kind", kind, scalarAt(valueAt(n, "metadata"), "name"))
	return nil
}

func (d *decoder) checkAPIVersion(n *yaml.Node, path, got, kind, want string) bool {
	if got == want {
		return true
	}
	if got == "" {
		d.errorf(n, join(path, "apiVersion"), diag.CodeMissingKind, "%s has no apiVersion (want %q)", kind, want)
		return false
	}
	d.errorHint(valueAt(n, "apiVersion"), join(path, "apiVersion"), diag.CodeAPIVersion,
		fmt.Sprintf("use apiVersion: %s", want), "unsupported apiVersion %q for %s", got, kind)
	return false
}

// keyAt returns the key node of key in mapping n, or n.
func keyAt(n *yaml.Node, key string) *yaml.Node {
	if n != nil && n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i]
			}
		}
	}
	return n
}

// valueAt returns the value of key in mapping n (aliases followed), or nil.
// It is for peeking (kind, apiVersion, names) before a full decode.
func valueAt(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			v := n.Content[i+1]
			for depth := 0; v != nil && v.Kind == yaml.AliasNode && depth < 8; depth++ {
				v = v.Alias
			}
			return v
		}
	}
	return nil
}

// scalarAt returns the text of scalar key in mapping n, or "".
func scalarAt(n *yaml.Node, key string) string {
	v := valueAt(n, key)
	if v == nil || v.Kind != yaml.ScalarNode {
		return ""
	}
	return v.Value
}

// list decodes `kind: List` (and *List kinds, as `kubectl get -o yaml`
// prints them): each entry of items is a document.
func (d *decoder) list(n *yaml.Node, path string) []*ast.Policy {
	head := d.obj(n, path, []string{"apiVersion", "kind", "metadata", "items"})
	if head == nil {
		return nil
	}
	items, _ := head.list("items")
	var out []*ast.Policy
	for i, it := range items {
		out = append(out, d.document(it, index(join(head.path, "items"), i))...)
	}
	return out
}
