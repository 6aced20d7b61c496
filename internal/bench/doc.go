// Package bench measures policyc's compiled datapath and its compiler against
// baselines built in the same run, and reports every figure as a ratio.
//
// The baselines follow the documented designs in
// ../shared/docs/datapath-anchors.md: an empty tc program, parse-only
// programs, the floor (parse + one hash lookup), a Cilium-style pipeline
// (CT LRU lookup, LPM ipcache lookup, two LPM policy lookups with the identity
// wildcard) and a Calico-style linear rule chain. Packets run through
// BPF_PROG_TEST_RUN; the kernel-reported ns per iteration of many runs are
// summarised as min, median and p90. `make bench` runs the full suite through
// cmd/policyc-bench; the package test runs the quick mode as a smoke test.
package bench
