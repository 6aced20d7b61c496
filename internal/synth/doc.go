// Package synth generates synthetic clusters — an inventory and a realistic
// mix of CiliumNetworkPolicies through the real frontend — for the compiler
// benchmarks (make bench and compiler's Go benchmarks), without pulling in
// code generation or the loader.
package synth
