// Package pack turns compiler and codegen output into a bundle: it writes
// one ELF object per subject (internal/elfobj), describes the programs and
// shared maps in the manifest and adds the node data and L7 rules
// (bundle.New). It is the only place that knows both codegen and bundle.
package pack
