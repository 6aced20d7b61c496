package frontend

import (
	"fmt"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
	yaml "go.yaml.in/yaml/v3"
)

// keyStyle says how selector keys are written.
type keyStyle uint8

const (
	// ciliumKeys: Cilium EndpointSelector keys, "source:key" (k8s:app,
	// reserved:host, $host, or a bare key meaning source "any"). Cilium
	// validates the extended form "source.key" as a Kubernetes label key.
	ciliumKeys keyStyle = iota
	// k8sKeys: plain Kubernetes label keys (NetworkPolicy).
	k8sKeys
)

var selectorFields = []string{"matchLabels", "matchExpressions"}

var operators = []string{"In", "NotIn", "Exists", "DoesNotExist"}

// selectorList decodes a list of selectors, keeping nil (absent) apart from
// empty (`[]`).
func (d *decoder) selectorList(o *object, key string) []*ast.Selector {
	items, _ := o.list(key)
	if items == nil {
		return nil
	}
	out := make([]*ast.Selector, 0, len(items))
	for i, it := range items {
		if s := d.selector(it, index(o.sub(key), i), ciliumKeys); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// selector decodes a label selector. A null value decodes as nil.
func (d *decoder) selector(n *yaml.Node, path string, style keyStyle) *ast.Selector {
	so := d.obj(n, path, selectorFields)
	if so == nil {
		return nil
	}
	s := &ast.Selector{Pos: so.pos()}
	labels, _ := so.stringMap("matchLabels")
	for _, e := range labels {
		lp := join(so.sub("matchLabels"), e.k)
		d.checkLabelKey(e.key, lp, e.k, style)
		d.checkLabelValue(e.val, lp, e.v)
		s.MatchLabels = append(s.MatchLabels, ast.MatchLabel{Pos: d.pos(e.key, lp), Key: e.k, Value: e.v})
	}
	exprs, _ := so.list("matchExpressions")
	for i, it := range exprs {
		if r, ok := d.requirement(it, index(so.sub("matchExpressions"), i), style); ok {
			s.MatchExpressions = append(s.MatchExpressions, r)
		}
	}
	return s
}

func (d *decoder) requirement(n *yaml.Node, path string, style keyStyle) (ast.Requirement, bool) {
	ro := d.obj(n, path, []string{"key", "operator", "values"})
	if ro == nil {
		return ast.Requirement{}, false
	}
	r := ast.Requirement{Pos: ro.pos(), Key: ro.s("key"), Operator: ro.s("operator")}
	if ro.require("key") {
		d.checkLabelKey(ro.valNode("key"), ro.sub("key"), r.Key, style)
	}
	values := ro.strList("values")
	for _, v := range values {
		r.Values = append(r.Values, v.Value)
		d.checkLabelValue(d.nodeAt(v.Pos), v.Pos.Path, v.Value)
	}
	if !ro.require("operator") {
		return r, true
	}
	opNode := ro.valNode("operator")
	switch r.Operator {
	case "In", "NotIn":
		if len(values) == 0 {
			d.errorf(opNode, ro.sub("values"), diag.CodeSelectorValues, "operator %s needs at least one value", r.Operator)
		}
	case "Exists", "DoesNotExist":
		if len(values) > 0 {
			d.errorf(ro.valNode("values"), ro.sub("values"), diag.CodeSelectorValues, "operator %s must not have values", r.Operator)
		}
	default:
		hint := hintOneOf(r.Operator, operators)
		for _, op := range operators {
			if strings.EqualFold(op, r.Operator) {
				hint = fmt.Sprintf("operators are case-sensitive: write %q", op)
			}
		}
		d.errorHint(opNode, ro.sub("operator"), diag.CodeSelectorOperator, hint,
			"%q is not a valid selector operator (In, NotIn, Exists, DoesNotExist)", r.Operator)
	}
	return r, true
}

// nodeAt rebuilds a position-only node so helpers that take nodes can
// report at a stored position.
func (d *decoder) nodeAt(p ast.Pos) *yaml.Node { return &yaml.Node{Line: p.Line, Column: p.Col} }

// extendedKey is Cilium's labels.GetExtendedKeyFrom: "source:key" becomes
// "source.key", "$key" becomes "reserved.key", a bare key gets source any.
func extendedKey(k string) string {
	if i := strings.IndexByte(k, ':'); i >= 0 {
		return k[:i] + "." + k[i+1:]
	}
	if strings.HasPrefix(k, "$") {
		return "reserved." + k[1:]
	}
	if strings.HasPrefix(k, "reserved.") {
		return k
	}
	return "any." + k
}

func (d *decoder) checkLabelKey(n *yaml.Node, path, key string, style keyStyle) {
	check := key
	if style == ciliumKeys {
		check = extendedKey(key)
	}
	if msg := qualifiedName(check); msg != "" {
		if check != key {
			msg = fmt.Sprintf("%s (checked as %q)", msg, check)
		}
		d.errorf(n, path, diag.CodeLabelSyntax, "invalid label key %q: %s", key, msg)
	}
}

func (d *decoder) checkLabelValue(n *yaml.Node, path, v string) {
	if msg := labelValue(v); msg != "" {
		d.errorf(n, path, diag.CodeLabelSyntax, "invalid label value %q: %s", v, msg)
	}
}
