// Package diag is policyc's single diagnostic type: a positioned, coded
// message (error, warning or info) with an optional hint, and the printers
// for the text, JSON and SARIF formats.
//
// Every stage reports through it: the frontend (syntax and validation), the
// passes (resolution conflicts), codegen (verifier rejections mapped to the
// rule they came from) and the policy test language. Codes are stable and
// listed in codes.go; they are only ever appended.
package diag
