// Command policyc compiles Cilium network policy into eBPF objects, packs
// them into signed bundles, and applies them on nodes.
//
// The CLI is cobra; main is trivial (run(args, stdin, stdout, stderr)) so
// every command is tested in-process with testscript (testdata/script).
// Each command lives in its own file and is registered in root.go. Exit
// codes: 0 ok, 1 policy errors / failed expectations / refused bundles,
// 2 usage or I/O errors.
package main
