// Package frontend reads policy YAML (or JSON) into the positioned AST of
// package ast and validates it with Cilium's rules.
//
// Decoding walks the yaml.v3 node tree, so every AST node and every
// diagnostic carries file:line:col and its YAML path. Validation mirrors
// Cilium's api.Rule Sanitize plus the CRD schema (enums, patterns, maxItems),
// and runs while a node is decoded, so each error points at the offending
// node. All errors of a file are reported, not just the first.
//
// Fail closed: a policy with any error is left out of ast.File.Policies, and
// callers compile only when the returned diag.List has no errors.
package frontend
