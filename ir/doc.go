// Package ir is policyc's intermediate representation: the resolved meaning
// of a set of network policies for one cluster inventory.
//
// The compiler's passes produce an ir.Program; codegen turns each Policy into
// eBPF; the loader turns Selectors, Identities and IPCache into map entries;
// the reference evaluator (Decide) reads it directly and is the oracle every
// compiled program is tested against.
//
// Invariants: every slice of a Program is in a documented deterministic
// order, every Entry carries the Origins of the rules it came from, and a
// Program is immutable once the passes have finished.
package ir
