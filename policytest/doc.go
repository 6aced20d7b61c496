// Package policytest is policyc's policy test language: *.policytest files
// that name policies and an inventory, declare endpoints, and state
// connectivity expectations such as
//
//	expect allow default/tiefighter -> default/deathstar tcp/80
//
// Parse turns a file into a checked Suite (positioned diagnostics in the
// PC08xx range on any error). Run compiles each suite's policies and checks
// every expectation twice: with the reference evaluator (ir.Program.Decide)
// and, when the kernel allows it, by running the compiled eBPF programs on a
// synthesised packet with BPF_PROG_TEST_RUN. A disagreement between the two
// is an internal error, never a failed expectation. The Report printers
// write the text summary, JSON and JUnit XML.
//
// The grammar and its meaning are documented in docs/testing.md.
package policytest
