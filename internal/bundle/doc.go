// Package bundle is the signed, reproducible policy bundle: a deterministic
// tar archive holding a manifest, the compiled eBPF objects, the node data
// the loader needs (identities, ipcache seed, selector table) and the L7
// rules per proxy port, signed with Ed25519 in a DSSE envelope.
//
// Write produces byte-identical archives for identical input. Read parses an
// archive defensively (no links, devices, traversal, duplicates or oversize
// entries). Sign adds the envelope; Verify checks signature, file set,
// digests, format version and revision, refusing anything else with a
// *RefusalError naming the reason. See docs/bundle.md.
package bundle
