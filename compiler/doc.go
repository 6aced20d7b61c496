// Package compiler resolves parsed policies (compiler/ast) against a cluster
// inventory (compiler/inventory) into an ir.Program: the per-subject,
// per-direction entries that codegen compiles and the reference evaluator
// reads.
//
// The work is a table of small named passes (passes.go), run in a fixed
// order that passOrder documents and a test checks: namespace scoping,
// entities, selectors, CIDR and FQDN translation, ports, L7, default deny,
// requires, localhost, L7 merging and finalisation. Every decision where
// Cilium is ambiguous is recorded in docs/semantics.md.
package compiler
