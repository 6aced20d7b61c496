// Package runtime is the datapath ABI shared by codegen, the loader and the
// tests: the layout of every map key and value, the verdict and return
// codes, the proxy-redirect mark encoding, the decision plan both code
// generation strategies follow (PlanOf, ChooseStrategy), and the functions
// that compute map contents (ipcache entries, selector membership, groups,
// hash-strategy decisions and port index) from an ir.Program.
//
// Invariants: every key and value type has explicit padding, so its Go size
// (unsafe.Sizeof) equals its encoded size (binary.Size) and the offsets codegen
// reads with unsafe.Offsetof are the offsets the kernel sees. Multi-byte
// fields named *Port hold network byte order; all other integers are host
// (little-endian) order. docs/datapath.md describes the contract in prose.
package runtime
