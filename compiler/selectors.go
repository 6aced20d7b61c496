package compiler

import (
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/ir"
)

// Extended keys the scoping rules look at (§3).
const (
	keyK8sNamespace   = "k8s." + inventory.LabelNamespace
	keyAnyNamespace   = "any." + inventory.LabelNamespace
	keyK8sNSLabelsPfx = "k8s." + inventory.LabelNamespacePfx
	keyAnyNSLabelsPfx = "any." + inventory.LabelNamespacePfx
	keyK8sCluster     = "k8s." + inventory.LabelCluster
)

// ExtendedKey turns a selector key as written into Cilium's extended form
// (§1.3): "source:key" → "source.key"; "$host" → "reserved.host"; a key
// starting with "reserved." keeps source reserved; any other key without a
// source gets "any". defaultSource replaces "any" when non-empty (Kubernetes
// NetworkPolicy selectors are k8s labels).
func ExtendedKey(k, defaultSource string) string {
	if strings.HasPrefix(k, "$") {
		return ir.SourceReserved + "." + k[1:]
	}
	if src, key, ok := strings.Cut(k, ":"); ok {
		return src + "." + key
	}
	if strings.HasPrefix(k, ir.SourceReserved+".") {
		return k
	}
	if defaultSource == "" {
		defaultSource = ir.SourceAny
	}
	return defaultSource + "." + k
}

// requirements normalises an AST selector into requirements (matchLabels
// k=v → k In [v]). A nil selector yields nil.
func requirements(s *ast.Selector, defaultSource string) []ir.Requirement {
	if s == nil {
		return nil
	}
	var out []ir.Requirement
	for _, ml := range s.MatchLabels {
		out = append(out, ir.LabelEq(ExtendedKey(ml.Key, defaultSource), ml.Value))
	}
	for _, e := range s.MatchExpressions {
		out = append(out, ir.Req(ExtendedKey(e.Key, defaultSource), parseOp(e.Operator), e.Values...))
	}
	return out
}

func parseOp(op string) ir.RequirementOp {
	switch op {
	case "NotIn":
		return ir.OpNotIn
	case "Exists":
		return ir.OpExists
	case "DoesNotExist":
		return ir.OpDoesNotExist
	}
	return ir.OpIn // the frontend rejects anything else
}

func anyKey(reqs []ir.Requirement, pred func(string) bool) bool {
	for _, r := range reqs {
		if pred(r.Key) {
			return true
		}
	}
	return false
}

func isNamespaceKey(k string) bool { return k == keyK8sNamespace || k == keyAnyNamespace }

func isNSLabelKey(k string) bool {
	return strings.HasPrefix(k, keyK8sNSLabelsPfx) || strings.HasPrefix(k, keyAnyNSLabelsPfx)
}

func isReservedKey(k string) bool { return strings.HasPrefix(k, ir.SourceReserved+".") }

// subjectSelector scopes an endpointSelector (§3): a CNP always gets
// k8s.io.kubernetes.pod.namespace=<ns> (a user-written k8s: namespace entry
// in matchLabels is replaced); a CCNP gets nothing.
func subjectSelector(s *ast.Selector, ns string) ir.Selector {
	reqs := requirements(s, "")
	if ns == "" {
		return ir.NewSelector(reqs...)
	}
	kept := reqs[:0:0]
	for i, r := range reqs {
		if i < len(s.MatchLabels) && r.Key == keyK8sNamespace {
			continue // overwritten by the injected namespace
		}
		kept = append(kept, r)
	}
	kept = append(kept, ir.LabelEq(keyK8sNamespace, ns))
	return ir.NewSelector(kept...)
}

// peerRequirements scopes a from/toEndpoints or from/toRequires selector
// (§3, getEndpointSelector). endpoints is false for requires selectors,
// which do not get the reserved-label exemption.
func (r *rule) peerRequirements(s *ast.Selector, endpoints bool) []ir.Requirement {
	reqs := requirements(s, "")
	switch {
	case endpoints && anyKey(reqs, isReservedKey):
		return reqs
	case anyKey(reqs, isNamespaceKey):
		return reqs
	case !r.ccnp:
		if anyKey(reqs, isNSLabelKey) {
			return reqs
		}
		return append(reqs, ir.LabelEq(keyK8sNamespace, r.ns))
	case r.matchInit:
		return reqs
	default:
		return append(reqs, ir.Req(keyK8sNamespace, ir.OpExists))
	}
}
