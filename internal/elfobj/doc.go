// Package elfobj writes eBPF programs and their maps as a small, deterministic,
// relocatable BPF ELF object that cilium/ebpf, libbpf (bpftool) and
// iproute2's `tc … bpf obj` all load.
//
// # What an object holds
//
// [Write] emits a 64-bit little-endian ET_REL file for EM_BPF with these
// sections, always in this order:
//
//	""            the null section
//	.strtab       one string table for section and symbol names (as LLVM does)
//	<section>     one SHT_PROGBITS, SHF_ALLOC|SHF_EXECINSTR section per distinct
//	              Program.Section; programs sharing a section name are laid
//	              out back to back, each with its own symbol
//	.rel<section> its SHT_REL relocations (entsize 16), when it has any
//	.text         bpf-to-bpf callees (sub-programs), when there are any
//	.rel.text     their relocations
//	.maps         BTF-defined map definitions (all zero bytes), when there are maps
//	license       the NUL-terminated license string
//	.BTF          type information: the .maps DATASEC and one FUNC per function
//	.symtab       the symbol table (last, so every index above is known)
//
// Every section's data is 8-byte aligned, the section header table follows the
// data, and nothing depends on time, the host or map iteration order: the same
// [Object] always gives the same bytes. Programs are ordered by section name
// then symbol name, maps by name, sub-programs by first use, so the order of
// the input slices never reaches the output either.
//
// # Symbols and relocations
//
// The symbol table holds the null symbol (the only local) followed by global
// symbols: one STT_FUNC per program (st_value = byte offset in its section,
// st_size = byte length; loaders slice instructions by symbol size), one
// STT_FUNC per sub-program in .text, and one STT_OBJECT per map in .maps
// (st_size = size of the definition struct). libbpf refuses static programs
// outside .text and cilium/ebpf refuses static map and callee symbols, hence
// global bindings everywhere.
//
// A map reference is an ld_imm64 carrying a symbol reference to the map name
// (asm.LoadMapPtr(dst, 0).WithReference(name)). It is written with src_reg 0
// and imm 0 and gets one R_BPF_64_64 relocation against the map's symbol,
// exactly as LLVM emits it. A bpf-to-bpf call (asm.Call.Label(name)) is
// written with imm -1 and an R_BPF_64_32 relocation against the callee's
// symbol in .text; both cilium/ebpf and libbpf then link the callee into every
// program that needs it. Jumps to labels (instructions carrying a symbol that
// no call targets) are resolved here, and every jump offset is range-checked:
// cilium/ebpf's own encoder silently truncates offsets beyond int16, so an
// out-of-range jump is reported as an [*InstructionError] naming the
// instruction and the asm.Comment of its block instead of being written
// wrapped.
//
// # Maps
//
// Only BTF-defined maps are written (libbpf >= 1.0 refuses the legacy `maps`
// section). Each map is a .maps DATASEC variable whose type is an anonymous
// struct of pointer members, encoded as libbpf's __uint/__type macros do:
// integer attributes (type, key_size, value_size, max_entries, map_flags,
// pinning, map_extra) as a pointer to an array whose element count is the
// value, key and value as a pointer to the real BTF type. MapSpec.Key and
// MapSpec.Value are written when set (their size must match KeySize and
// ValueSize); otherwise key_size and value_size are. Zero map_flags, pinning
// and map_extra are omitted. Features an ELF definition cannot express
// without data relocations or that policyc does not use (inner maps, initial
// Contents, NUMA node, legacy Extra bytes, tags) are rejected, never dropped.
//
// The .BTF blob is produced by cilium/ebpf's btf.Builder with an explicit
// little-endian byte order and none of the kernel-compatibility rewrites
// (those probe the running kernel; loaders apply them at load time). No
// .BTF.ext is written: func_info, line_info and CO-RE relocations are optional
// for both loaders and policyc does not need them.
//
// # Section names
//
// The section name selects the program type in every loader: "tc" and
// "classifier" mean SCHED_CLS everywhere (libbpf 1.1, tc); "tcx/ingress" and
// "tcx/egress" also set the tcx attach type but need libbpf >= 1.3. See
// ../../../shared/docs/toolchain-anchors.md §1.
package elfobj
