package frontend

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// nodeBudget bounds how many YAML nodes one document may expand to once
// aliases are followed, so an alias bomb cannot hang the decoder. Without
// aliases a document has fewer nodes than bytes, and each node is resolved
// a few times, so the budget grows with the input.
func nodeBudget(srcLen int) int { return 1<<16 + 16*srcLen }

// decoder holds the state of decoding one file.
type decoder struct {
	file   string
	opts   Options
	diags  diag.List
	budget int
	limit  int // nodeBudget of the file being decoded
	// portObjs keeps each decoded port entry's mapping, so cross-field
	// checks can point at its protocol or port node.
	portObjs map[*ast.PortProtocol]*object
	// exhausted is set once the budget ran out; decoding then stops quietly
	// after one error.
	exhausted bool
}

func (d *decoder) pos(n *yaml.Node, path string) ast.Pos {
	if n == nil {
		return ast.Pos{File: d.file, Path: path}
	}
	return ast.Pos{File: d.file, Line: n.Line, Col: n.Column, Path: path}
}

func (d *decoder) errorf(n *yaml.Node, path string, code diag.Code, format string, args ...any) {
	d.diags.Errorf(d.pos(n, path), code, format, args...)
}

func (d *decoder) errorHint(n *yaml.Node, path string, code diag.Code, hint, format string, args ...any) {
	d.diags.Add(diag.Diagnostic{Pos: d.pos(n, path), Severity: diag.Error, Code: code,
		Message: fmt.Sprintf(format, args...), Hint: hint})
}

func (d *decoder) warnf(n *yaml.Node, path string, code diag.Code, hint, format string, args ...any) {
	d.diags.Add(diag.Diagnostic{Pos: d.pos(n, path), Severity: diag.Warning, Code: code,
		Message: fmt.Sprintf(format, args...), Hint: hint})
}

// errorsSince reports whether an error was added after the first start
// diagnostics; a policy remembers len(d.diags) before decoding and is valid
// only if none was.
func (d *decoder) errorsSince(start int) bool { return d.diags[start:].HasErrors() }

// resolve follows aliases and charges the node budget. It returns nil when
// the budget is exhausted.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n == nil || d.exhausted {
		return nil
	}
	d.budget++
	if d.budget > d.limit {
		d.exhausted = true
		d.errorf(n, "", diag.CodeInputTooDeep, "document expands to more than %d YAML nodes (aliases?)", d.limit)
		return nil
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!int":
			return "an integer"
		case "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!null":
			return "null"
		case "!!str":
			return "a string"
		}
		return "a scalar " + n.ShortTag()
	}
	return "an unknown node"
}

// field is one key/value pair of a mapping.
type field struct {
	key, val *yaml.Node
}

// object is a mapping node being decoded.
type object struct {
	d    *decoder
	node *yaml.Node
	// at is the key this mapping is the value of (nil for list items and
	// documents): errors about the whole mapping point there.
	at     *yaml.Node
	path   string
	fields map[string]field
}

// obj decodes mapping n, reporting unknown keys (those not in known, with
// a "did you mean" hint) and duplicates. It returns nil when n is not a
// mapping (an error is reported) or is null (no error).
func (d *decoder) obj(n *yaml.Node, path string, known []string) *object {
	n = d.resolve(n)
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, diag.CodeWrongType, "%s: expected a mapping, got %s", pathOr(path), kindName(n))
		return nil
	}
	o := &object{d: d, node: n, path: path, fields: map[string]field{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := d.resolve(n.Content[i]), n.Content[i+1]
		if k == nil {
			return o
		}
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, path, diag.CodeWrongType, "%s: mapping key must be a string, got %s", pathOr(path), kindName(k))
			continue
		}
		name := k.Value
		if prev, dup := o.fields[name]; dup {
			d.errorf(k, join(path, name), diag.CodeDuplicateKey, "duplicate key %q (first at line %d)", name, prev.key.Line)
			continue
		}
		if k.ShortTag() == "!!merge" {
			d.errorHint(k, join(path, name), diag.CodeWrongType, "repeat the fields, or use an alias for the whole value",
				"YAML merge keys (<<) are not supported")
			continue
		}
		if known != nil && !slices.Contains(known, name) {
			d.unknownField(k, path, name, known)
			continue
		}
		o.fields[name] = field{key: k, val: v}
	}
	return o
}

func (d *decoder) unknownField(k *yaml.Node, path, name string, known []string) {
	msg := fmt.Sprintf("unknown field %q in %s", name, pathOr(path))
	hint := ""
	if s := suggest(name, known); s != "" {
		hint = fmt.Sprintf("did you mean %q?", s)
	}
	if h, ok := notAllowedHere[name]; ok {
		msg = fmt.Sprintf("field %q is not allowed in %s", name, pathOr(path))
		hint = h
	}
	d.errorHint(k, join(path, name), diag.CodeUnknownField, hint, "%s", msg)
}

// notAllowedHere explains fields that exist elsewhere in the schema but not
// at the position they were found.
var notAllowedHere = map[string]string{
	"rules":          "deny rules carry ports only: no L7 rules, TLS, serverNames or listener",
	"terminatingTLS": "deny rules carry ports only: no L7 rules, TLS, serverNames or listener",
	"originatingTLS": "deny rules carry ports only: no L7 rules, TLS, serverNames or listener",
	"serverNames":    "deny rules carry ports only: no L7 rules, TLS, serverNames or listener",
	"listener":       "deny rules carry ports only: no L7 rules, TLS, serverNames or listener",
	"toFQDNs":        "toFQDNs exists only in egress allow rules",
	"authentication": "authentication exists only in ingress and egress allow rules",
	"nodeSelector":   "nodeSelector selects host endpoints; it belongs in a rule (spec), not here",
}

func pathOr(p string) string {
	if p == "" {
		return "document"
	}
	return p
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// sub returns the path of key.
func (o *object) sub(key string) string { return join(o.path, key) }

// has reports whether key is present with a non-null value.
func (o *object) has(key string) bool {
	f, ok := o.fields[key]
	return ok && !isNull(f.val)
}

// val returns key's value node (aliases resolved) or nil if absent or null.
func (o *object) val(key string) *yaml.Node {
	f, ok := o.fields[key]
	if !ok || isNull(f.val) {
		return nil
	}
	return o.d.resolve(f.val)
}

// keyNode returns the key node of key (for positioning), or the mapping.
func (o *object) keyNode(key string) *yaml.Node {
	if f, ok := o.fields[key]; ok {
		return f.key
	}
	return o.node
}

// valNode returns the value node for positions without charging the budget.
func (o *object) valNode(key string) *yaml.Node {
	if f, ok := o.fields[key]; ok {
		n := f.val
		for n != nil && n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n != nil {
			return n
		}
		return f.key
	}
	return o.node
}

// posOf is the position of key's value (or of the mapping if absent).
func (o *object) posOf(key string) ast.Pos { return o.d.pos(o.valNode(key), o.sub(key)) }

func (o *object) pos() ast.Pos { return o.d.pos(o.node, o.path) }

// obj decodes key's value as a mapping.
func (o *object) obj(key string, known []string) *object {
	c := o.d.obj(o.val(key), o.sub(key), known)
	if c != nil {
		c.at = o.keyNode(key)
	}
	return c
}

// anchor is the node errors about the whole mapping point at: the key it
// hangs off, else the mapping itself.
func (o *object) anchor() *yaml.Node {
	if o.at != nil {
		return o.at
	}
	return o.node
}

// scalarString decodes n as a string. strict demands a YAML string (as the
// Kubernetes API server does for string fields); otherwise any scalar is
// taken by its text.
func (d *decoder) scalarString(n *yaml.Node, path string) (string, bool) {
	n = d.resolve(n)
	if n == nil || isNull(n) {
		return "", false
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" {
		hint := ""
		if n.Kind == yaml.ScalarNode {
			hint = fmt.Sprintf("quote it: %q", n.Value)
		}
		d.errorHint(n, path, diag.CodeWrongType, hint, "%s: expected a string, got %s", pathOr(path), kindName(n))
		return "", false
	}
	return n.Value, true
}

// str decodes key as a string; ok is false when absent, null or mistyped.
func (o *object) str(key string) (string, bool) {
	f, ok := o.fields[key]
	if !ok {
		return "", false
	}
	return o.d.scalarString(f.val, o.sub(key))
}

// s is str without the flag.
func (o *object) s(key string) string {
	v, _ := o.str(key)
	return v
}

// strPos decodes key as a positioned string.
func (o *object) strPos(key string) ast.Str {
	v, _ := o.str(key)
	return ast.Str{Pos: o.posOf(key), Value: v}
}

// boolPtr decodes key as an optional boolean.
func (o *object) boolPtr(key string) *bool {
	n := o.val(key)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		o.d.errorf(n, o.sub(key), diag.CodeWrongType, "%s: expected a boolean, got %s", o.sub(key), kindName(n))
		return nil
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		o.d.errorf(n, o.sub(key), diag.CodeWrongType, "%s: %v", o.sub(key), err)
		return nil
	}
	return &b
}

// integer decodes key as an integer in [lo, hi].
func (o *object) integer(key string, lo, hi int64, code diag.Code) (int64, bool) {
	n := o.val(key)
	if n == nil {
		return 0, false
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		o.d.errorf(n, o.sub(key), diag.CodeWrongType, "%s: expected an integer, got %s", o.sub(key), kindName(n))
		return 0, false
	}
	v, err := strconv.ParseInt(n.Value, 0, 64)
	if err != nil || v < lo || v > hi {
		o.d.errorf(n, o.sub(key), code, "%s: %s is outside %d..%d", o.sub(key), n.Value, lo, hi)
		return 0, false
	}
	return v, true
}

// list decodes key as a sequence. present is true when key holds a
// non-null value; items is non-nil (possibly empty) exactly when present
// and well-typed, so `key: []` and an omitted key stay distinguishable.
func (o *object) list(key string) (items []*yaml.Node, present bool) {
	n := o.val(key)
	if n == nil {
		return nil, false
	}
	if n.Kind != yaml.SequenceNode {
		o.d.errorf(n, o.sub(key), diag.CodeWrongType, "%s: expected a list, got %s", o.sub(key), kindName(n))
		return nil, true
	}
	return append(make([]*yaml.Node, 0, len(n.Content)), n.Content...), true
}

// strList decodes key as a list of positioned strings (nil when absent,
// empty non-nil for `[]`).
func (o *object) strList(key string) []ast.Str {
	items, present := o.list(key)
	if !present || items == nil {
		return nil
	}
	out := make([]ast.Str, 0, len(items))
	for i, it := range items {
		p := index(o.sub(key), i)
		v, ok := o.d.scalarString(it, p)
		if ok {
			out = append(out, ast.Str{Pos: o.d.pos(it, p), Value: v})
		}
	}
	return out
}

// strings decodes key as a list of plain strings.
func (o *object) strings(key string) []string {
	strs := o.strList(key)
	if strs == nil {
		return nil
	}
	out := make([]string, len(strs))
	for i, s := range strs {
		out[i] = s.Value
	}
	return out
}

// entry is one key/value pair of a string map, with positions.
type entry struct {
	key, val *yaml.Node
	k, v     string
}

// stringMap decodes key as a map of strings, in source order.
func (o *object) stringMap(key string) ([]entry, bool) {
	m := o.obj(key, nil)
	if m == nil {
		return nil, o.has(key)
	}
	return m.entries(), true
}

// entries returns the object's pairs as strings, in source order.
func (o *object) entries() []entry {
	var out []entry
	for i := 0; i+1 < len(o.node.Content); i += 2 {
		k := o.node.Content[i]
		f, ok := o.fields[k.Value]
		if !ok || f.key != k {
			continue // duplicate or mistyped key, already reported
		}
		v, ok := o.d.scalarString(f.val, o.sub(k.Value))
		if !ok && !isNull(f.val) {
			continue
		}
		out = append(out, entry{key: k, val: o.valNode(k.Value), k: k.Value, v: v})
	}
	return out
}

// toMap converts entries to a map.
func toMap(es []entry) map[string]string {
	if es == nil {
		return nil
	}
	m := make(map[string]string, len(es))
	for _, e := range es {
		m[e.k] = e.v
	}
	return m
}

// require reports a missing required field.
func (o *object) require(key string) bool {
	if o.has(key) {
		return true
	}
	o.d.errorf(o.anchor(), o.sub(key), diag.CodeMissingField, "%s: missing required field %q", pathOr(o.path), key)
	return false
}
