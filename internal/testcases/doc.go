// Package testcases holds test inputs shared by several packages' tests:
// Cilium's example corpus (from ../shared), parsed once the same way for the
// compiler, codegen and anything else that walks it, with the inventory
// generated for each file.
package testcases
