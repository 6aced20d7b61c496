// Package loader is the on-node loader: it verifies a signed bundle, loads
// its programs, fills the maps from the bundle's node data and the node
// file, pins everything under one bpffs directory and attaches each local
// endpoint's programs with tcx (legacy tc as a fallback), replacing the
// previous programs atomically with link.Update.
//
// The loader never leaves a node without policy: everything that can fail
// (verification, the kernel verifier, missing interfaces, map updates) is
// done before the first link changes, and if swapping one link fails the
// links already swapped are rolled back. See docs/loader.md.
package loader
