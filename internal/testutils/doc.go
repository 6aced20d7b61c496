// Package testutils holds helpers shared by policyc's tests: capability
// checks for kernel tests (which skip openly, never silently), golden files
// and seeded randomness.
package testutils
